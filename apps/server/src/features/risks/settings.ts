import type { TRiskSettings, TRiskSettingsInput } from '@redline/contracts';
import {
  DEFAULT_RISK_SETTINGS,
  RISK_LEVELS,
  type RiskLevel,
  type RiskSettings,
  type RiskThresholds,
  riskSettingsProblems,
} from '@redline/domain';
import { eq } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client';
import type { Ctx } from '../../http/context';
import { forbidden, invalid, notFound } from '../../http/errors';
import { appendAudit } from '../audit/append-audit';
import { whoOf } from '../audit/who';
import { inRegionChain, nearestFirst } from '../regions/chain';
import { findRegion } from '../regions/repo';
import { regions } from '../regions/schema';
import { hasRole } from '../scope/actor';
import { scopeOf } from '../scope/filters';
import { riskSettings } from './schema';

/** A stored row's settings, any part it lacks taken from the defaults (rows are whole today; this keeps old ones readable). */
export function settingsOfRow(stored: Record<string, unknown>): RiskSettings {
  const s = stored as Partial<RiskSettings>;
  return {
    lec: { ...DEFAULT_RISK_SETTINGS.lec, ...(s.lec as Partial<RiskThresholds> | undefined) },
    matrix: { ...DEFAULT_RISK_SETTINGS.matrix, ...(s.matrix as Partial<RiskThresholds> | undefined) },
    controlMapping: Object.fromEntries(
      RISK_LEVELS.map((l) => [l, s.controlMapping?.[l] ?? DEFAULT_RISK_SETTINGS.controlMapping[l]]),
    ) as RiskSettings['controlMapping'],
  };
}

export type EffectiveRiskSettings = RiskSettings & {
  /** The region whose row applies, null for the defaults of domain-reference.md §4. */
  from: string | null;
};

/**
 * The risk grading in force at a region path (an enterprise's, for its events): the region's own row, else the
 * nearest region above with one, else the defaults. One index lookup on the unique region code.
 */
export async function riskSettingsFor(db: Db | Tx, regionPath: string): Promise<EffectiveRiskSettings> {
  const [row] = await db
    .select({ regionCode: riskSettings.regionCode, settings: riskSettings.settings })
    .from(riskSettings)
    .where(inRegionChain(riskSettings.regionCode, regionPath))
    .orderBy(nearestFirst(riskSettings.regionPath))
    .limit(1);
  return row ? { ...settingsOfRow(row.settings), from: row.regionCode } : { ...DEFAULT_RISK_SETTINGS, from: null };
}

async function regionInScope(ctx: Ctx, code: string) {
  const region = await findRegion(ctx.db, code, scopeOf.regions(ctx.actor));
  if (!region) throw notFound();
  return region;
}

/** Settings in force as the API answers them: with the region they apply to and the region they come from. */
export async function presentSettings(
  db: Db | Tx,
  regionCode: string,
  effective: EffectiveRiskSettings,
): Promise<TRiskSettings> {
  const { from, ...settings } = effective;
  const [source] = from ? await db.select({ name: regions.name }).from(regions).where(eq(regions.code, from)) : [];
  return { ...settings, regionCode, from, fromName: source?.name ?? null };
}

/** GET /regions/:code/risk-settings: any account that sees the region reads the grading in force there. */
export async function getRiskSettings(ctx: Ctx, code: string) {
  const region = await regionInScope(ctx, code);
  return presentSettings(ctx.db, region.code, await riskSettingsFor(ctx.db, region.path));
}

/**
 * Sets a region's own risk grading (replacing it), audited. The thresholds must fall strictly and be positive
 * (RISK.THRESHOLDS_INVALID on the field at fault, nothing written). Events keep the level they were graded at: the new
 * grading applies to events created or re-assessed afterwards in the region and below (unless a region below has its
 * own); the control levels of the register follow the new mapping at once, as they are derived when read.
 */
export async function putRiskSettings(ctx: Ctx, code: string, input: TRiskSettingsInput) {
  if (!hasRole(ctx.actor, 'admin', 'safety_office')) throw forbidden();
  const region = await regionInScope(ctx, code);
  const settings: RiskSettings = {
    lec: input.lec,
    matrix: input.matrix,
    controlMapping: input.controlMapping as Record<RiskLevel, RiskSettings['controlMapping'][RiskLevel]>,
  };
  const problems = riskSettingsProblems(settings);
  if (problems.length) {
    throw invalid(
      ...problems.map((p) => ({ path: `${p.params!.method}.${p.params!.field}`, code: p.code, params: p.params })),
    );
  }
  return ctx.db.transaction(async (tx) => {
    const [before] = await tx.select().from(riskSettings).where(eq(riskSettings.regionCode, region.code));
    await tx
      .insert(riskSettings)
      .values({ regionCode: region.code, regionPath: region.path, settings, createdAt: ctx.now, updatedAt: ctx.now })
      .onConflictDoUpdate({ target: riskSettings.regionCode, set: { settings, updatedAt: ctx.now } });
    await appendAudit(tx, whoOf(ctx), {
      action: 'risk_settings.put',
      entity: 'region',
      entityId: region.code,
      before: before ? before.settings : null,
      after: settings,
    });
    return presentSettings(tx, region.code, await riskSettingsFor(tx, region.path));
  });
}
