import { MAX_STATISTICS_MONTHS, monthsOf } from '@redline/domain';
import { z } from 'zod';
import { ZId, ZPageQuery, zQueryBool, zSort } from './common';
import { HAZARD_SORT_FIELDS, ZHazardLevel, ZHazardSource, ZLocalDate } from './hazards';
import { ZImportRowError } from './imports';
import { ZRegionCode } from './regions';
import { ZSectorCode } from './sectors';

export const HAZARD_STATISTICS_GROUPINGS = ['region', 'sector', 'level', 'source', 'month'] as const;

const statisticsFilter = {
  groupBy: z.enum(HAZARD_STATISTICS_GROUPINGS).default('region'),
  from: ZLocalDate.optional(),
  to: ZLocalDate.optional(),
  regionCode: ZRegionCode.optional(),
  sectorCode: ZSectorCode.optional(),
  level: ZHazardLevel.optional(),
  source: ZHazardSource.optional(),
  enterpriseId: ZId.optional(),
};
type StatisticsFilter = { groupBy: string; from?: string; to?: string };
const periodInOrder = (q: StatisticsFilter) => !q.from || !q.to || q.from <= q.to;
const monthsWithinLimit = (q: StatisticsFilter) =>
  q.groupBy !== 'month' || !q.from || !q.to || q.from > q.to || monthsOf(q.from, q.to).length <= MAX_STATISTICS_MONTHS;

/**
 * Hazard statistics over a period of local dates (both inclusive; `from` defaults to 1 January of `to`'s year, `to`
 * to today), within the caller's scope and the filters, grouped by one dimension. Figures are defined in
 * docs/HAZARDS-EXPORT.md.
 */
export const ZHazardStatisticsQuery = z
  .strictObject(statisticsFilter)
  .refine(periodInOrder, { message: 'VALIDATION.INVALID', path: ['to'] })
  .refine(monthsWithinLimit, { message: 'VALIDATION.INVALID', path: ['from'] });
export type THazardStatisticsQuery = z.infer<typeof ZHazardStatisticsQuery>;

export const STATISTICS_MEASURES = [
  'reported',
  'found',
  'foundRectified',
  'rectified',
  'rectifiedOnTime',
  'overdueNow',
  'majorOpen',
  'majorListed',
] as const;

/**
 * The hazards behind one figure: the statistics query, the figure (`measure`) and the row (`group`: its key; absent
 * for the totals; `groupIsNull=true` for the "not set" row), paged like GET /hazards.
 */
export const ZHazardStatisticsItemsQuery = z
  .strictObject({
    ...statisticsFilter,
    measure: z.enum(STATISTICS_MEASURES),
    group: z.string().max(64).optional(),
    groupIsNull: zQueryBool.optional(),
    page: ZPageQuery.shape.page,
    pageSize: ZPageQuery.shape.pageSize,
    sort: zSort(HAZARD_SORT_FIELDS),
  })
  .refine(periodInOrder, { message: 'VALIDATION.INVALID', path: ['to'] })
  .refine(monthsWithinLimit, { message: 'VALIDATION.INVALID', path: ['from'] })
  .refine((q) => !(q.groupIsNull && q.group !== undefined), { message: 'VALIDATION.INVALID', path: ['group'] });
export type THazardStatisticsItemsQuery = z.infer<typeof ZHazardStatisticsItemsQuery>;

export const ZHazardFigures = z.object({
  reported: z.number().int().describe('Reported in the period (incl. rejected and merged)'),
  found: z.number().int().describe('Reported in the period, neither rejected nor merged'),
  foundRectified: z.number().int().describe('Of found, written off at least once by now'),
  rectificationRate: z.number().nullable().describe('foundRectified ÷ found (0–1, 4 decimals); null when found = 0'),
  rectified: z.number().int().describe('Hazards with a write-off in the period (from the timeline)'),
  rectifiedOnTime: z.number().int().describe('Of rectified, completed at or before the deadline then in force'),
  onTimeRate: z.number().nullable().describe('rectifiedOnTime ÷ rectified; null when rectified = 0'),
  overdueNow: z.number().int().nullable().describe('Open with a deadline passed, now (null in month rows)'),
  fundsPlanned: z.number().describe('Sum of planned funds (CNY) of found'),
  fundsSpent: z.number().describe('Sum of funds spent (CNY) of found'),
  majorOpen: z.number().int().nullable().describe('Open major hazards, now (null in month rows)'),
  majorListed: z.number().int().nullable().describe('Open major hazards under listed supervision, now'),
});
export type THazardFigures = z.infer<typeof ZHazardFigures>;

export const ZHazardStatisticsGroup = z.object({
  /** The region code, sector code, level, source or month (YYYY-MM); null for "not set". */
  key: z.string().nullable(),
  label: z.string(),
  /** Region grouping: the hazards placed on the region itself, not in one of its children (本级). */
  self: z.boolean().optional(),
  figures: ZHazardFigures,
});

export const ZHazardStatistics = z.object({
  groupBy: z.enum(HAZARD_STATISTICS_GROUPINGS),
  period: z.object({ from: z.string(), to: z.string() }),
  /** The instant the snapshots (overdue, open) and "by now" were taken. */
  asOf: z.string(),
  /** Region grouping: the region whose children are the rows (null: the caller's grids, or everywhere). */
  region: z.object({ code: z.string(), name: z.string() }).nullable(),
  groups: z.array(ZHazardStatisticsGroup),
  totals: ZHazardFigures,
});
export type THazardStatistics = z.infer<typeof ZHazardStatistics>;

/**
 * The quarterly statistical analysis table (Decree 16 Art. 14): of one enterprise (`enterpriseId`; an enterprise
 * account gets its own without it) or of a region (`regionCode`; default the caller's region).
 */
export const ZQuarterlyReportQuery = z
  .strictObject({
    year: z.coerce.number().int().min(2000).max(2100),
    quarter: z.coerce.number().int().min(1).max(4),
    enterpriseId: ZId.optional(),
    regionCode: ZRegionCode.optional(),
  })
  .refine((q) => !(q.enterpriseId && q.regionCode), { message: 'VALIDATION.INVALID', path: ['regionCode'] });
export type TQuarterlyReportQuery = z.infer<typeof ZQuarterlyReportQuery>;

export const ZHazardImportQuery = z.strictObject({
  partial: z.enum(['true', 'false', '1', '0']).optional().describe('Import the valid rows even when some are invalid'),
  format: z.enum(['xlsx', 'csv']).optional().describe('Defaults to the Content-Type'),
});

export const ZHazardImportResult = z.object({
  kind: z.literal('hazards'),
  total: z.number().int(),
  imported: z.number().int(),
  skipped: z.number().int(),
  errors: z.array(ZImportRowError),
  /** The hazards created, by file row. */
  hazards: z.array(z.object({ row: z.number().int(), id: z.string(), number: z.string(), state: z.string() })),
});
export type THazardImportResult = z.infer<typeof ZHazardImportResult>;
