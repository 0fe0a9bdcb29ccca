import {
  ZCheckRecord,
  ZCheckRecorded,
  ZCheckRun,
  ZCheckRunQuery,
  ZIdParams,
  ZLibraryCopy,
  ZRiskEventInput,
  ZRiskMeasureInput,
  ZRiskRegister,
  ZRiskUnitInput,
} from '@redline/contracts';
import { z } from 'zod';
import { defineRoute } from '../../http/route';
import { listRuns } from './list-runs';
import { recordCheck } from './record-check';
import { getRegister } from './register';
import { copyLibrary, createEvent, createMeasure, createUnit } from './write';

const tag = 'risks';
/** An enterprise keeps its register; the service checks it is the enterprise's own (or an administrator). */
const MAINTAINERS = ['enterprise_user', 'admin'] as const;
const ZCreated = z.object({ id: z.string() }).passthrough();

export const riskRoutes = [
  defineRoute({
    method: 'GET',
    url: '/enterprises/:id/risk-register',
    summary:
      'An enterprise’s risk register (§4.5): units, events with inherent and residual risk, measures; units per colour',
    tag,
    access: [],
    params: ZIdParams,
    response: ZRiskRegister,
    handler: async ({ ctx, params }) => getRegister(ctx, params.id),
  }),
  defineRoute({
    method: 'POST',
    url: '/enterprises/:id/risk-units',
    summary: 'Add a risk unit (facility or activity) with its hazard factors and GB 6441 accident types',
    tag,
    access: [...MAINTAINERS],
    params: ZIdParams,
    body: ZRiskUnitInput,
    response: ZCreated,
    status: 201,
    handler: async ({ ctx, params, body }) => createUnit(ctx, params.id, body),
  }),
  defineRoute({
    method: 'POST',
    url: '/risk-units/:id/events',
    summary: 'Add a risk event with its inherent (and residual) assessment by LEC or the 5 × 5 matrix',
    tag,
    access: [...MAINTAINERS],
    params: ZIdParams,
    body: ZRiskEventInput,
    response: ZCreated,
    status: 201,
    handler: async ({ ctx, params, body }) => createEvent(ctx, params.id, body),
  }),
  defineRoute({
    method: 'POST',
    url: '/risk-events/:id/measures',
    summary: 'Add a control measure with what a check looks at, its schedule and the post that checks it',
    tag,
    access: [...MAINTAINERS],
    params: ZIdParams,
    body: ZRiskMeasureInput,
    response: ZCreated,
    status: 201,
    handler: async ({ ctx, params, body }) => createMeasure(ctx, params.id, body),
  }),
  defineRoute({
    method: 'POST',
    url: '/enterprises/:id/risk-register/library',
    summary: 'Copy a sector of the starter library (units, events, measures with schedules) into the register',
    tag,
    access: [...MAINTAINERS],
    params: ZIdParams,
    body: ZLibraryCopy,
    response: z.object({ units: z.number(), events: z.number(), measures: z.number() }),
    status: 201,
    handler: async ({ ctx, params, body }) => copyLibrary(ctx, params.id, body.sector),
  }),
  defineRoute({
    method: 'GET',
    url: '/enterprises/:id/risk-checks',
    summary:
      'An enterprise’s check runs (due first, by deadline; or the latest recorded) with the measure, event and unit each checks, and the hazards a recorded run reported',
    tag,
    access: [],
    params: ZIdParams,
    query: ZCheckRunQuery,
    response: z.array(ZCheckRun),
    handler: async ({ ctx, params, query }) => listRuns(ctx, params.id, query.state),
  }),
  defineRoute({
    method: 'POST',
    url: '/risk-checks/:id/record',
    summary:
      'Record a check run: items ok or not; each not-ok item reports a hazard linked to its measure, event and unit',
    tag,
    access: [...MAINTAINERS],
    params: ZIdParams,
    body: ZCheckRecord,
    response: ZCheckRecorded,
    handler: async ({ ctx, params, body }) => recordCheck(ctx, params.id, body),
  }),
];
