import {
  ZIdParams,
  ZRiskArchived,
  ZRiskComment,
  ZRiskCommentInput,
  ZRiskEventPatch,
  ZRiskMeasurePatch,
  ZRiskUnitPatch,
} from '@redline/contracts';
import { z } from 'zod';
import { defineRoute } from '../../http/route';
import { archiveEvent, archiveMeasure, archiveUnit } from './archive';
import { addComment, listComments, RISK_COMMENTERS } from './comments';
import { updateEvent, updateMeasure, updateUnit } from './edit';

const tag = 'risks';
/** An enterprise keeps its register; the service checks it is the enterprise's own (or an administrator). */
const MAINTAINERS = ['enterprise_user', 'admin'] as const;
const ZRow = z.object({ id: z.string() }).passthrough();

const ARCHIVE_NOTE = 'archived rows leave the register; due check runs of its measures are withdrawn';

export const riskEditRoutes = [
  defineRoute({
    method: 'PATCH',
    url: '/risk-units/:id',
    summary: 'Change a risk unit (the fields given; audited, last write wins)',
    tag,
    access: [...MAINTAINERS],
    params: ZIdParams,
    body: ZRiskUnitPatch,
    response: ZRow,
    handler: async ({ ctx, params, body }) => updateUnit(ctx, params.id, body),
  }),
  defineRoute({
    method: 'PATCH',
    url: '/risk-events/:id',
    summary: 'Change a risk event; a re-assessment (LEC or matrix) re-grades its inherent and residual risk',
    tag,
    access: [...MAINTAINERS],
    params: ZIdParams,
    body: ZRiskEventPatch,
    response: ZRow,
    handler: async ({ ctx, params, body }) => updateEvent(ctx, params.id, body),
  }),
  defineRoute({
    method: 'PATCH',
    url: '/risk-measures/:id',
    summary: 'Change a control measure; `schedule: null` stops its checks and withdraws its due runs',
    tag,
    access: [...MAINTAINERS],
    params: ZIdParams,
    body: ZRiskMeasurePatch,
    response: ZRow,
    handler: async ({ ctx, params, body }) => updateMeasure(ctx, params.id, body),
  }),
  defineRoute({
    method: 'DELETE',
    url: '/risk-units/:id',
    summary: `Archive a risk unit with its events and measures (${ARCHIVE_NOTE})`,
    tag,
    access: [...MAINTAINERS],
    params: ZIdParams,
    response: ZRiskArchived,
    handler: async ({ ctx, params }) => archiveUnit(ctx, params.id),
  }),
  defineRoute({
    method: 'DELETE',
    url: '/risk-events/:id',
    summary: `Archive a risk event with its measures (${ARCHIVE_NOTE})`,
    tag,
    access: [...MAINTAINERS],
    params: ZIdParams,
    response: ZRiskArchived,
    handler: async ({ ctx, params }) => archiveEvent(ctx, params.id),
  }),
  defineRoute({
    method: 'DELETE',
    url: '/risk-measures/:id',
    summary: `Archive a control measure (${ARCHIVE_NOTE})`,
    tag,
    access: [...MAINTAINERS],
    params: ZIdParams,
    response: ZRiskArchived,
    handler: async ({ ctx, params }) => archiveMeasure(ctx, params.id),
  }),
  defineRoute({
    method: 'GET',
    url: '/enterprises/:id/risk-comments',
    summary: 'Comments on an enterprise’s risk register, newest first, with author and unit',
    tag,
    access: [],
    params: ZIdParams,
    response: z.array(ZRiskComment),
    handler: async ({ ctx, params }) => listComments(ctx, params.id),
  }),
  defineRoute({
    method: 'POST',
    url: '/enterprises/:id/risk-comments',
    summary:
      'Comment on a risk register or one of its units (its own accounts and the supervising side); a department’s comment notifies the enterprise',
    tag,
    access: [...RISK_COMMENTERS],
    params: ZIdParams,
    body: ZRiskCommentInput,
    response: z.object({ id: z.string() }),
    status: 201,
    handler: async ({ ctx, params, body }) => addComment(ctx, params.id, body),
  }),
];
