import {
  type THazardListQuery,
  type THazardStatisticsItemsQuery,
  ZHazard,
  ZHazardImportQuery,
  ZHazardImportResult,
  ZHazardListQuery,
  ZHazardStatistics,
  ZHazardStatisticsItemsQuery,
  ZHazardStatisticsQuery,
  ZQuarterlyReportQuery,
  zPage,
} from '@redline/contracts';
import { localDateOf } from '@redline/domain';
import { and } from 'drizzle-orm';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Ctx } from '../../http/context';
import { AppError } from '../../http/errors';
import { defineRoute } from '../../http/route';
import { pageHazards } from '../hazards/list-hazards';
import { csvStream, describeFilters, EXPORT_LIMITS, planExport, xlsxStream } from './export';
import { attachment, CSV_TYPE, XLSX_TYPE } from './format';
import { importLedger, invalidLedgerRows } from './import-ledger';
import { buildLedgerTemplate } from './ledger-template';
import { quarterlyReport } from './quarterly';
import { hazardStatistics, measureCondition } from './statistics';

const tag = 'hazards';
/** Who may import a ledger: whoever may report a hazard (POST /hazards); each row is reported as that account. */
const IMPORTERS = ['grid_worker', 'town_officer', 'inspector', 'safety_office', 'enterprise_user', 'expert'] as const;

/** The hazards behind one figure of GET /hazards/statistics, paged and sorted like GET /hazards. */
async function statisticsItems(ctx: Ctx, query: THazardStatisticsItemsQuery) {
  const group = query.groupIsNull ? null : query.group;
  const { where, member } = await measureCondition(ctx, query, query.measure, group);
  return pageHazards(ctx, and(where, member)!, query);
}

function exportRoute(format: 'xlsx' | 'csv') {
  return defineRoute({
    method: 'GET',
    url: `/hazards/export.${format}`,
    summary: `Export the hazards of a GET /hazards query (same filters, scope and order) as ${format === 'xlsx' ? '.xlsx' : 'CSV (UTF-8 with BOM, CRLF)'}; columns in docs/HAZARDS-EXPORT.md; at most ${EXPORT_LIMITS[format]} rows`,
    tag,
    access: [],
    query: ZHazardListQuery,
    produces: format === 'xlsx' ? XLSX_TYPE : CSV_TYPE,
    handler: async ({ ctx, query }, _req, reply: FastifyReply) => {
      const plan = await planExport(ctx.db, ctx.actor, query as THazardListQuery, ctx.now, EXPORT_LIMITS[format]);
      const day = localDateOf(ctx.now).replaceAll('-', '');
      reply.header('Content-Type', format === 'xlsx' ? XLSX_TYPE : CSV_TYPE);
      reply.header('Content-Disposition', attachment(`hazards-${day}.${format}`, `隐患清单-${day}.${format}`));
      reply.header('Cache-Control', 'no-store');
      reply.header('X-Total-Count', String(plan.total));
      return format === 'xlsx'
        ? xlsxStream(ctx.db, plan, ctx.now, describeFilters(query as THazardListQuery))
        : csvStream(ctx.db, plan, ctx.now);
    },
  });
}

/** The format of an upload: `?format=`, else the Content-Type, else its first bytes (an .xlsx is a zip: `PK`). */
function formatOf(req: FastifyRequest, body: Buffer, asked: 'xlsx' | 'csv' | undefined): 'xlsx' | 'csv' {
  if (asked) return asked;
  const type = String(req.headers['content-type'] ?? '')
    .split(';')[0]!
    .trim();
  if (type === XLSX_TYPE) return 'xlsx';
  if (type === 'text/csv') return 'csv';
  return body.subarray(0, 2).toString('latin1') === 'PK' ? 'xlsx' : 'csv';
}

export const hazardReportRoutes = [
  defineRoute({
    method: 'GET',
    url: '/hazards/statistics',
    summary:
      'Hazard statistics of the caller’s scope by region (children of the region), sector, level, source or month: found, rectified, rates, overdue, funds, major open and listed (definitions in docs/HAZARDS-EXPORT.md)',
    tag,
    access: [],
    query: ZHazardStatisticsQuery,
    response: ZHazardStatistics,
    handler: async ({ ctx, query }) => hazardStatistics(ctx, query),
  }),
  defineRoute({
    method: 'GET',
    url: '/hazards/statistics/items',
    summary: 'The hazards behind one figure of GET /hazards/statistics (measure, group), paged like GET /hazards',
    tag,
    access: [],
    query: ZHazardStatisticsItemsQuery,
    response: zPage(ZHazard),
    handler: async ({ ctx, query }) => statisticsItems(ctx, query),
  }),
  defineRoute({
    method: 'GET',
    url: '/hazards/quarterly-report.xlsx',
    summary:
      'The quarterly statistical analysis table (Decree 16 Art. 14) of an enterprise (enterpriseId; an enterprise account: its own) or a region (regionCode; default the caller’s), as .xlsx',
    tag,
    access: [],
    query: ZQuarterlyReportQuery,
    produces: XLSX_TYPE,
    handler: async ({ ctx, query }, _req, reply: FastifyReply) => {
      const { file, name } = await quarterlyReport(ctx, query);
      reply.header('Content-Type', XLSX_TYPE);
      reply.header('Content-Disposition', attachment(`hazard-quarterly-${query.year}Q${query.quarter}.xlsx`, name));
      reply.header('Cache-Control', 'no-store');
      return file;
    },
  }),
  exportRoute('xlsx'),
  exportRoute('csv'),
  defineRoute({
    method: 'GET',
    url: '/hazards/import-template.xlsx',
    summary:
      'The hazard ledger (隐患台账) import template: zh-CN header, two example rows, drop-downs and a 填写说明 sheet',
    tag,
    access: [...IMPORTERS],
    produces: XLSX_TYPE,
    handler: async ({ ctx }, _req, reply: FastifyReply) => {
      const file = await buildLedgerTemplate(ctx.db);
      reply.header('Content-Type', XLSX_TYPE);
      reply.header('Content-Disposition', attachment('hazard-ledger-template.xlsx', '隐患台账导入模板.xlsx'));
      return file;
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/hazards/import',
    summary:
      'Import a hazard ledger (.xlsx, or CSV): each row reported like POST /hazards and its ledger state recorded; all or nothing unless partial=true',
    tag,
    access: [...IMPORTERS],
    query: ZHazardImportQuery,
    rawBody: {
      contentTypes: [XLSX_TYPE, 'text/csv'],
      description: 'The file itself as the request body (at most 64 MiB)',
    },
    response: ZHazardImportResult,
    handler: async ({ ctx, query }, req) => {
      if (!Buffer.isBuffer(req.body)) throw new AppError('REQUEST.UNSUPPORTED_MEDIA_TYPE');
      const partial = query.partial === 'true' || query.partial === '1';
      const result = await importLedger(ctx, req.body, formatOf(req, req.body, query.format), { partial });
      if (result.errors.length && !partial) throw invalidLedgerRows(result);
      return result;
    },
  }),
];
