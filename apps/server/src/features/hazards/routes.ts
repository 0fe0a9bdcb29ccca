import {
  ZDuplicateQuery,
  ZDuplicateSuggestion,
  ZHazard,
  ZHazardDetail,
  ZHazardListQuery,
  ZHazardReport,
  ZHazardReported,
  ZHazardTransition,
  ZIdParams,
  zPage,
} from '@redline/contracts';
import { HAZARD_WORKFLOW } from '@redline/domain';
import { z } from 'zod';
import { defineRoute } from '../../http/route';
import { findDuplicates } from './find-duplicates';
import { getHazard } from './get-hazard';
import { listHazards } from './list-hazards';
import { presentHazard } from './present';
import { reportHazard } from './report-hazard';
import { transitionHazard } from './transition-hazard';

const tag = 'hazards';
const REPORTERS = ['grid_worker', 'town_officer', 'inspector', 'safety_office', 'enterprise_user', 'expert'] as const;

export const hazardRoutes = [
  defineRoute({
    method: 'GET',
    url: '/hazards',
    summary:
      'Hazards in scope, filtered by region subtree, sector, level, states, source, enterprise, overdue, listed, dates, text',
    tag,
    access: [],
    query: ZHazardListQuery,
    response: zPage(ZHazard),
    handler: async ({ ctx, query }) => listHazards(ctx, query),
  }),
  defineRoute({
    method: 'GET',
    url: '/hazards/duplicates',
    summary: 'Open hazards a new report may duplicate (same enterprise or within 100 m, similar title, last 30 days)',
    tag,
    access: [],
    query: ZDuplicateQuery,
    response: z.array(ZDuplicateSuggestion),
    handler: async ({ ctx, query }) => findDuplicates(ctx.db, ctx.actor, query, ctx.now),
  }),
  defineRoute({
    method: 'GET',
    url: '/hazards/workflow',
    summary: 'The hazard workflow as data: states, transitions, roles, relations and requirements',
    tag,
    access: [],
    response: z.unknown(),
    handler: async () => HAZARD_WORKFLOW,
  }),
  defineRoute({
    method: 'GET',
    url: '/hazards/:id',
    summary: 'One hazard with its timeline, evidence, linked cases and the actions the caller may take',
    tag,
    access: [],
    params: ZIdParams,
    response: ZHazardDetail,
    handler: async ({ ctx, params }) => getHazard(ctx, params.id),
  }),
  defineRoute({
    method: 'POST',
    url: '/hazards',
    summary: 'Report a hazard with its before-photos; answers the hazard and possible duplicates',
    tag,
    access: [...REPORTERS],
    body: ZHazardReport,
    response: ZHazardReported,
    status: 201,
    handler: async ({ ctx, body }) => {
      const reported = await reportHazard(ctx, body);
      return {
        hazard: presentHazard(reported.hazard, ctx.now),
        evidence: reported.evidence,
        duplicates: reported.duplicates,
      };
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/hazards/:id/transitions',
    summary:
      'Take a workflow transition with the version seen (409 CASE.STALE_VERSION with the current state if stale)',
    tag,
    access: [],
    params: ZIdParams,
    body: ZHazardTransition,
    response: ZHazardDetail,
    handler: async ({ ctx, params, body }) => getHazard(ctx, await transitionHazard(ctx, params.id, body)),
  }),
];
