import type { TControlIndicatorsInput } from '@redline/contracts';
import {
  ACCIDENT_GRADES,
  type AccidentGrade,
  DEFAULT_INVESTIGATION_LIMITS,
  DEFAULT_WARNING_PERCENT,
  type InvestigationLimits,
  type VetoRule,
} from '@redline/domain';
import { and, eq } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client';
import type { Ctx } from '../../http/context';
import { forbidden, notFound } from '../../http/errors';
import { appendAudit } from '../audit/append-audit';
import { whoOf } from '../audit/who';
import { codesOfPath, inRegionChain, nearestFirst } from '../regions/chain';
import { findRegion } from '../regions/repo';
import { hasRole } from '../scope/actor';
import { scopeOf } from '../scope/filters';
import { accidentSettings, controlIndicators } from './schema';

export type EffectiveSettings = {
  regionCode: string | null;
  warningPercent: number;
  investigationLimits: Record<AccidentGrade, InvestigationLimits>;
  vetoRules: VetoRule[];
  /** The region whose row applies, null for the defaults. */
  from: string | null;
};

/** The defaults: Decree 493's limits, an 80 % warning, and no veto rules (they are local practice, §5). */
const DEFAULTS: Omit<EffectiveSettings, 'regionCode' | 'from'> = {
  warningPercent: DEFAULT_WARNING_PERCENT,
  investigationLimits: DEFAULT_INVESTIGATION_LIMITS,
  vetoRules: [],
};

/** The settings in force for a region: its own row, else the nearest region above with one, else the defaults. */
export async function settingsFor(db: Db | Tx, regionPath: string): Promise<EffectiveSettings> {
  const [row] = await db
    .select()
    .from(accidentSettings)
    .where(inRegionChain(accidentSettings.regionCode, regionPath))
    .orderBy(nearestFirst(accidentSettings.regionPath))
    .limit(1);
  const regionCode = codesOfPath(regionPath).at(-1) ?? null;
  if (!row) return { ...DEFAULTS, regionCode, from: null };
  const own = row.investigationLimits as Partial<Record<AccidentGrade, InvestigationLimits>>;
  return {
    regionCode,
    warningPercent: row.warningPercent,
    investigationLimits: Object.fromEntries(
      ACCIDENT_GRADES.map((g) => [g, own[g] ?? DEFAULT_INVESTIGATION_LIMITS[g]]),
    ) as Record<AccidentGrade, InvestigationLimits>,
    vetoRules: row.vetoRules as VetoRule[],
    from: row.regionCode,
  };
}

/** Who sets caps, denominators and settings: the safety committee office and administrators (also through the CLI). */
function assertSetter(ctx: Ctx) {
  if (!hasRole(ctx.actor, 'admin', 'safety_office')) throw forbidden();
}

async function regionInScope(ctx: Ctx, code: string) {
  const region = await findRegion(ctx.db, code, scopeOf.regions(ctx.actor));
  if (!region) throw notFound();
  return region;
}

export async function getSettings(ctx: Ctx, regionCode: string) {
  const region = await regionInScope(ctx, regionCode);
  return settingsFor(ctx.db, region.path);
}

export type SettingsInput = {
  warningPercent: number;
  investigationLimits: Partial<Record<AccidentGrade, InvestigationLimits>>;
  vetoRules: VetoRule[];
};

/** Sets a region's own accident settings (replacing them), with an audit entry. */
export async function putSettings(ctx: Ctx, regionCode: string, input: SettingsInput) {
  assertSetter(ctx);
  const region = await regionInScope(ctx, regionCode);
  return ctx.db.transaction(async (tx) => {
    const [before] = await tx.select().from(accidentSettings).where(eq(accidentSettings.regionCode, region.code));
    const values = {
      regionCode: region.code,
      regionPath: region.path,
      warningPercent: input.warningPercent,
      investigationLimits: input.investigationLimits,
      vetoRules: input.vetoRules,
      updatedAt: ctx.now,
    };
    await tx
      .insert(accidentSettings)
      .values({ ...values, createdAt: ctx.now })
      .onConflictDoUpdate({ target: accidentSettings.regionCode, set: values });
    await appendAudit(tx, whoOf(ctx), {
      action: 'accident_settings.put',
      entity: 'region',
      entityId: region.code,
      before: before
        ? {
            warningPercent: before.warningPercent,
            investigationLimits: before.investigationLimits,
            vetoRules: before.vetoRules,
          }
        : null,
      after: {
        warningPercent: input.warningPercent,
        investigationLimits: input.investigationLimits,
        vetoRules: input.vetoRules,
      },
    });
    return settingsFor(tx, region.path);
  });
}

type IndicatorRow = typeof controlIndicators.$inferSelect;
export const presentIndicators = (row: IndicatorRow) => ({
  regionCode: row.regionCode,
  year: row.year,
  deathCap: row.deathCap,
  sectorCaps: row.sectorCaps,
  gdpYi: row.gdpYi,
  employees: row.employees,
  motorVehicles: row.motorVehicles,
  coalOutputMt: row.coalOutputMt,
  updatedAt: row.updatedAt.toISOString(),
});

export async function findIndicators(db: Db | Tx, regionCode: string, year: number) {
  const [row] = await db
    .select()
    .from(controlIndicators)
    .where(and(eq(controlIndicators.regionCode, regionCode), eq(controlIndicators.year, year)));
  return row;
}

/** A region's year of indicators; a year not set yet answers empty values (updatedAt null). */
export async function getIndicators(ctx: Ctx, regionCode: string, year: number) {
  const region = await regionInScope(ctx, regionCode);
  const row = await findIndicators(ctx.db, region.code, year);
  if (row) return presentIndicators(row);
  return {
    regionCode: region.code,
    year,
    deathCap: null,
    sectorCaps: {},
    gdpYi: null,
    employees: null,
    motorVehicles: null,
    coalOutputMt: null,
    updatedAt: null,
  };
}

/** Sets a region's year of indicators (replacing it), with an audit entry. */
export async function putIndicators(ctx: Ctx, regionCode: string, year: number, input: TControlIndicatorsInput) {
  assertSetter(ctx);
  const region = await regionInScope(ctx, regionCode);
  return ctx.db.transaction(async (tx) => {
    const before = await findIndicators(tx, region.code, year);
    const values = {
      deathCap: input.deathCap ?? null,
      sectorCaps: input.sectorCaps as Record<string, number>,
      gdpYi: input.gdpYi ?? null,
      employees: input.employees ?? null,
      motorVehicles: input.motorVehicles ?? null,
      coalOutputMt: input.coalOutputMt ?? null,
      updatedAt: ctx.now,
    };
    const [row] = await tx
      .insert(controlIndicators)
      .values({ regionCode: region.code, year, ...values })
      .onConflictDoUpdate({ target: [controlIndicators.regionCode, controlIndicators.year], set: values })
      .returning();
    await appendAudit(tx, whoOf(ctx), {
      action: 'control_indicators.put',
      entity: 'region',
      entityId: `${region.code}/${year}`,
      before: before ? presentIndicators(before) : null,
      after: presentIndicators(row!),
    });
    return presentIndicators(row!);
  });
}
