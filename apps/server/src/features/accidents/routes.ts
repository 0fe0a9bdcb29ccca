import {
  ZAccident,
  ZAccidentDetail,
  ZAccidentListQuery,
  ZAccidentReport,
  ZAccidentSettings,
  ZAccidentSettingsInput,
  ZAccidentStatistics,
  ZAccidentStatisticsQuery,
  ZAccidentSupplement,
  ZAsOfQuery,
  ZControlIndicatorParams,
  ZControlIndicators,
  ZControlIndicatorsInput,
  ZIdParams,
  ZInvestigationTransition,
  ZRegionParams,
  ZReportStepTransition,
  zPage,
} from '@redline/contracts';
import { ACCIDENT_OFFICER_ROLES, endOfLocalDate, localDateOf } from '@redline/domain';
import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import { defineRoute } from '../../http/route';
import { attachment, XLSX_TYPE } from '../hazard-reports/format';
import { exportLedger, LEDGER_LIMIT } from './export';
import { exportIndicators } from './export-indicators';
import { getAccident } from './get-accident';
import { transitionInvestigation } from './investigation';
import { listAccidents } from './list';
import { reportAccident } from './report-accident';
import { transitionStep } from './report-step';
import { getIndicators, getSettings, putIndicators, putSettings } from './settings';
import { accidentStatistics } from './statistics';
import { supplementAccident } from './supplement';

const tag = 'accidents';
/** Who sees accidents and indicators: the officials with a region scope (the scope then narrows what they see). */
const READERS = ['admin', 'leader', 'safety_office', 'inspector', 'town_officer'] as const;
const OFFICERS = ACCIDENT_OFFICER_ROLES as unknown as readonly ['safety_office', 'inspector', 'admin'];
const SETTERS = ['admin', 'safety_office'] as const;

/** `asOf` as an instant: a local date means the end of that day in Asia/Shanghai. */
const asOfDate = (asOf: string | undefined) =>
  asOf === undefined ? undefined : /^\d{4}-\d{2}-\d{2}$/.test(asOf) ? endOfLocalDate(asOf) : new Date(asOf);

const ZStepParams = z.strictObject({ id: z.string().uuid(), stepId: z.string().uuid() });

export const accidentRoutes = [
  defineRoute({
    method: 'GET',
    url: '/accidents',
    summary:
      'Accidents in scope, filtered by region subtree, sector, grade, GB 6441 category, state, occurred dates, text',
    tag,
    access: [...READERS],
    query: ZAccidentListQuery,
    response: zPage(ZAccident),
    handler: async ({ ctx, query }) => listAccidents(ctx, query),
  }),
  defineRoute({
    method: 'POST',
    url: '/accidents',
    summary:
      'Report an accident (Decree 493 Art. 9–12): graded, its reporting chain and investigation opened; the county step reported at learnedAt',
    tag,
    access: [...OFFICERS],
    body: ZAccidentReport,
    response: ZAccidentDetail,
    status: 201,
    handler: async ({ ctx, body }) => getAccident(ctx, await reportAccident(ctx, body)),
  }),
  defineRoute({
    method: 'GET',
    url: '/accidents/export.xlsx',
    summary: `The accident ledger (事故台账) of a GET /accidents query (same filters, scope and order) as .xlsx; columns in docs/ACCIDENTS-EXPORT.md; at most ${LEDGER_LIMIT} accidents`,
    tag,
    access: [...READERS],
    query: ZAccidentListQuery,
    produces: XLSX_TYPE,
    handler: async ({ ctx, query }, _req, reply: FastifyReply) => {
      const { file, total } = await exportLedger(ctx.db, ctx.actor, query, ctx.now);
      const day = localDateOf(ctx.now).replaceAll('-', '');
      reply.header('Content-Type', XLSX_TYPE);
      reply.header('Content-Disposition', attachment(`accidents-${day}.xlsx`, `事故台账-${day}.xlsx`));
      reply.header('Cache-Control', 'no-store');
      reply.header('X-Total-Count', String(total));
      return file;
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/accidents/:id',
    summary: 'One accident as of a date: figures and grade then, versions, reporting chain, investigation, timeline',
    tag,
    access: [...READERS],
    params: ZIdParams,
    query: ZAsOfQuery,
    response: ZAccidentDetail,
    handler: async ({ ctx, params, query }) => getAccident(ctx, params.id, asOfDate(query.asOf)),
  }),
  defineRoute({
    method: 'POST',
    url: '/accidents/:id/supplements',
    summary:
      'A supplementary report (补报, Art. 13) of the casualty figures within 30 days (7 road traffic and fire); a rising grade adds report steps',
    tag,
    access: [...OFFICERS],
    params: ZIdParams,
    body: ZAccidentSupplement,
    response: ZAccidentDetail,
    handler: async ({ ctx, params, body }) => getAccident(ctx, await supplementAccident(ctx, params.id, body)),
  }),
  defineRoute({
    method: 'POST',
    url: '/accidents/:id/report-steps/:stepId/transitions',
    summary: 'Record a report step as reported (late if after its deadline) or mark it omitted, false or concealed',
    tag,
    access: [...OFFICERS],
    params: ZStepParams,
    body: ZReportStepTransition,
    response: ZAccidentDetail,
    handler: async ({ ctx, params, body }) =>
      getAccident(ctx, await transitionStep(ctx, params.id, params.stepId, body)),
  }),
  defineRoute({
    method: 'POST',
    url: '/accidents/:id/investigation/transitions',
    summary:
      'A move on the investigation: team, extension, appraisal, report, approval, four no-lets-go, closing (Art. 19–32)',
    tag,
    access: [...OFFICERS, 'leader'],
    params: ZIdParams,
    body: ZInvestigationTransition,
    response: ZAccidentDetail,
    handler: async ({ ctx, params, body }) => getAccident(ctx, await transitionInvestigation(ctx, params.id, body)),
  }),
  defineRoute({
    method: 'GET',
    url: '/accident-statistics',
    summary:
      'A region’s accident year to a date: totals, year-on-year change, deaths against caps with warnings, the four rates, vetoes, months',
    tag,
    access: [...READERS],
    query: ZAccidentStatisticsQuery,
    response: ZAccidentStatistics,
    handler: async ({ ctx, query }) => accidentStatistics(ctx, query),
  }),
  defineRoute({
    method: 'GET',
    url: '/accident-statistics/export.xlsx',
    summary:
      'The control-indicator table (控制指标完成情况表) as .xlsx: one row per direct subordinate region and the region as the total, each as GET /accident-statistics',
    tag,
    access: [...READERS],
    query: ZAccidentStatisticsQuery,
    produces: XLSX_TYPE,
    handler: async ({ ctx, query }, _req, reply: FastifyReply) => {
      const { file, name, asOf } = await exportIndicators(ctx, query);
      reply.header('Content-Type', XLSX_TYPE);
      reply.header('Content-Disposition', attachment(`accident-indicators-${asOf}.xlsx`, name));
      reply.header('Cache-Control', 'no-store');
      return file;
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/control-indicators/:regionCode/:year',
    summary: 'A region’s control indicators for a year: death caps and the denominators of the four rates',
    tag,
    access: [...READERS],
    params: ZControlIndicatorParams,
    response: ZControlIndicators,
    handler: async ({ ctx, params }) => getIndicators(ctx, params.regionCode, params.year),
  }),
  defineRoute({
    method: 'PUT',
    url: '/control-indicators/:regionCode/:year',
    summary: 'Set a region’s control indicators for a year',
    tag,
    access: [...SETTERS],
    params: ZControlIndicatorParams,
    body: ZControlIndicatorsInput,
    response: ZControlIndicators,
    handler: async ({ ctx, params, body }) => putIndicators(ctx, params.regionCode, params.year, body),
  }),
  defineRoute({
    method: 'GET',
    url: '/accident-settings/:regionCode',
    summary: 'The accident settings in force for a region: warning threshold, investigation limits, veto rules',
    tag,
    access: [...READERS],
    params: ZRegionParams,
    response: ZAccidentSettings,
    handler: async ({ ctx, params }) => getSettings(ctx, params.regionCode),
  }),
  defineRoute({
    method: 'PUT',
    url: '/accident-settings/:regionCode',
    summary: 'Set a region’s own accident settings',
    tag,
    access: [...SETTERS],
    params: ZRegionParams,
    body: ZAccidentSettingsInput,
    response: ZAccidentSettings,
    handler: async ({ ctx, params, body }) => putSettings(ctx, params.regionCode, body as never),
  }),
];
