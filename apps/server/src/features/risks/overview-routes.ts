import {
  ZRiskOverview,
  ZRiskOverviewQuery,
  ZRiskSettings,
  ZRiskSettingsInput,
  ZRiskSettingsParams,
} from '@redline/contracts';
import { defineRoute } from '../../http/route';
import { getRiskOverview } from './overview';
import { getRiskSettings, putRiskSettings } from './settings';

const tag = 'risks';
/** The officials with a region scope (the service refuses any other scope): departments, towns and leaders. */
const OVERVIEW_READERS = ['admin', 'leader', 'safety_office', 'inspector', 'town_officer'] as const;
const SETTERS = ['admin', 'safety_office'] as const;

export const riskOverviewRoutes = [
  defineRoute({
    method: 'GET',
    url: '/risk-overview',
    summary:
      'Regional risk overview: per child region, enterprises by highest risk colour and without a register, check-run completion, hazards by checks vs other sources; the major risks',
    tag,
    access: [...OVERVIEW_READERS],
    query: ZRiskOverviewQuery,
    response: ZRiskOverview,
    handler: async ({ ctx, query }) => getRiskOverview(ctx, query),
  }),
  defineRoute({
    method: 'GET',
    url: '/regions/:code/risk-settings',
    summary:
      'The risk grading in force for a region (LEC and matrix thresholds, control levels): its own, else inherited from the nearest region above, else the defaults',
    tag,
    access: [],
    params: ZRiskSettingsParams,
    response: ZRiskSettings,
    handler: async ({ ctx, params }) => getRiskSettings(ctx, params.code),
  }),
  defineRoute({
    method: 'PUT',
    url: '/regions/:code/risk-settings',
    summary:
      'Set a region’s own risk grading; it applies to events created or re-assessed afterwards in the region and below',
    tag,
    access: [...SETTERS],
    params: ZRiskSettingsParams,
    body: ZRiskSettingsInput,
    response: ZRiskSettings,
    handler: async ({ ctx, params, body }) => putRiskSettings(ctx, params.code, body),
  }),
];
