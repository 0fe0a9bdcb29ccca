import { z } from 'zod';
import { ZLocalDate } from './hazards';
import { ZRegionCode } from './regions';
import { ZControlLevel } from './risk-settings';
import { ZRiskLevel } from './risks';

export const ZRiskSettingsParams = z.strictObject({ code: ZRegionCode });

/** The overview's region (the caller's scope region when omitted) and period of local dates (the last 30 days). */
export const ZRiskOverviewQuery = z.strictObject({
  regionCode: ZRegionCode.optional(),
  from: ZLocalDate.optional(),
  to: ZLocalDate.optional(),
});
export type TRiskOverviewQuery = z.infer<typeof ZRiskOverviewQuery>;

const ZCount = z.number().int();

/** Enterprises by the highest level of their register, and those without a graded register. */
export const ZEnterpriseColours = z.object({
  byLevel: z.record(ZRiskLevel, ZCount),
  withoutRegister: ZCount,
});

/** Check runs whose deadline fell in the period and has passed: on time, late, still due (overdue). */
export const ZCheckCompletion = z.object({
  due: ZCount,
  onTime: ZCount,
  late: ZCount,
  overdue: ZCount,
  /** onTime / due (0–1); null when no run was due. */
  rate: z.number().nullable(),
});

/** Hazards reported in the period: by check runs, by department inspections, by any other source. */
export const ZHazardSources = z.object({ checks: ZCount, inspections: ZCount, other: ZCount });

export const ZRiskOverviewRow = z.object({
  regionCode: z.string(),
  regionName: z.string(),
  /** True for the row of enterprises registered at the region itself (not in any child region). */
  direct: z.boolean(),
  enterprises: ZEnterpriseColours,
  checks: ZCheckCompletion,
  hazards: ZHazardSources,
});
export type TRiskOverviewRow = z.infer<typeof ZRiskOverviewRow>;

export const ZMajorRisk = z.object({
  enterprise: z.object({ id: z.string(), name: z.string() }),
  unit: z.object({ id: z.string(), name: z.string() }),
  event: z.object({ id: z.string(), name: z.string() }),
  regionCode: z.string(),
  score: z.number(),
  level: ZRiskLevel,
  /** Whether the level is the residual assessment's (else the inherent one's). */
  residual: z.boolean(),
  /** Who controls it under its region's settings (§4.4). */
  controlLevel: ZControlLevel,
});

export const ZRiskOverview = z.object({
  region: z.object({ code: z.string(), name: z.string(), level: z.string() }),
  period: z.object({ from: z.string(), to: z.string() }),
  /** True when the caller's scope is narrowed to some sectors (the figures are those sectors'). */
  sectorLimited: z.boolean(),
  total: ZRiskOverviewRow.omit({ regionCode: true, regionName: true, direct: true }),
  rows: z.array(ZRiskOverviewRow),
  majorRisks: z.object({ items: z.array(ZMajorRisk), total: ZCount }),
});
export type TRiskOverview = z.infer<typeof ZRiskOverview>;
