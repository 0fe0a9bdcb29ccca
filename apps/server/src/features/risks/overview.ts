import type { TRiskOverview, TRiskOverviewQuery, TRiskOverviewRow } from '@redline/contracts';
import {
  checkCompletion,
  DEFAULT_RISK_SETTINGS,
  endOfLocalDate,
  localDateOf,
  RISK_LEVELS,
  type RiskLevel,
  shiftLocalDate,
  startOfLocalDate,
} from '@redline/domain';
import { asc, eq, or } from 'drizzle-orm';
import type { Ctx } from '../../http/context';
import { forbidden, invalid, notFound } from '../../http/errors';
import { inRegionChain, nearestOf } from '../regions/chain';
import { findRegion } from '../regions/repo';
import { regions } from '../regions/schema';
import { scopeOf, underPath } from '../scope/filters';
import { checkRuns, enterpriseColours, hazardSources, majorRisks, type OverviewWindow } from './overview-queries';
import { riskSettings } from './schema';
import { settingsOfRow } from './settings';

/** The default period: the last 30 days, today included. */
export const DEFAULT_PERIOD_DAYS = 30;
/** At most a year at once (the case indexes serve a period; a decade would read every run). */
const MAX_PERIOD_DAYS = 366;
/** The major-risk list shows the highest scores first; the total says how many there are. */
const MAJOR_RISK_LIMIT = 200;

type Figures = Omit<TRiskOverviewRow, 'regionCode' | 'regionName' | 'direct'>;

const emptyFigures = (): Figures => ({
  enterprises: {
    byLevel: Object.fromEntries(RISK_LEVELS.map((l) => [l, 0])) as Record<RiskLevel, number>,
    withoutRegister: 0,
  },
  checks: checkCompletion({ onTime: 0, late: 0, overdue: 0 }),
  hazards: { checks: 0, inspections: 0, other: 0 },
});

function periodOf(query: TRiskOverviewQuery, now: Date) {
  const to = query.to ?? localDateOf(now);
  const from = query.from ?? shiftLocalDate(to, 1 - DEFAULT_PERIOD_DAYS);
  if (from > to) throw invalid({ path: 'to', code: 'VALIDATION.INVALID' });
  if (shiftLocalDate(from, MAX_PERIOD_DAYS) <= to) {
    throw invalid({ path: 'from', code: 'VALIDATION.TOO_BIG', params: { max: MAX_PERIOD_DAYS } });
  }
  return { from, to };
}

/**
 * The regional risk overview (风险分级管控总览) of a region in the caller's scope (its scope region by default): per
 * child region, the enterprises by the colour of their highest risk and those without a register, check-run completion
 * and hazards by source over the period; and the major risks. Everything narrowed by the caller's data scope,
 * including a sector-limited one. Only accounts with a region scope: an enterprise sees its own register instead.
 */
export async function getRiskOverview(ctx: Ctx, query: TRiskOverviewQuery): Promise<TRiskOverview> {
  const { actor } = ctx;
  if (actor.scope.kind !== 'region') throw forbidden();
  const region = await findRegion(ctx.db, query.regionCode ?? actor.scope.regionCode, scopeOf.regions(actor));
  if (!region) throw notFound();
  const period = periodOf(query, ctx.now);
  const w: OverviewWindow = {
    path: region.path,
    from: startOfLocalDate(period.from),
    to: endOfLocalDate(period.to),
    now: ctx.now,
  };
  const [children, colours, majors, runs, hazards, settingRows] = await Promise.all([
    ctx.db
      .select({ code: regions.code, name: regions.name })
      .from(regions)
      .where(eq(regions.parentCode, region.code))
      .orderBy(asc(regions.code)),
    enterpriseColours(ctx.db, actor, w),
    majorRisks(ctx.db, actor, w, MAJOR_RISK_LIMIT),
    checkRuns(ctx.db, actor, w),
    hazardSources(ctx.db, actor, w),
    // Every region's grading that may apply below this region: the chain above it and any row under it.
    ctx.db
      .select({ regionPath: riskSettings.regionPath, settings: riskSettings.settings })
      .from(riskSettings)
      .where(or(inRegionChain(riskSettings.regionCode, region.path), underPath(riskSettings.regionPath, region.path))),
  ]);

  const figures = new Map<string, Figures>();
  const of = (child: string) => figures.get(child) ?? figures.set(child, emptyFigures()).get(child)!;
  for (const { child, withoutRegister, ...byLevel } of colours) {
    of(child).enterprises = { byLevel, withoutRegister };
  }
  for (const { child, ...counts } of runs) of(child).checks = checkCompletion(counts);
  for (const { child, ...counts } of hazards) of(child).hazards = counts;

  const rows: TRiskOverviewRow[] = children.map((c) => ({
    regionCode: c.code,
    regionName: c.name,
    direct: false,
    ...(figures.get(c.code) ?? emptyFigures()),
  }));
  const direct = figures.get('');
  if (direct) rows.unshift({ regionCode: region.code, regionName: region.name, direct: true, ...direct });

  const total = emptyFigures();
  for (const f of figures.values()) {
    for (const l of RISK_LEVELS) total.enterprises.byLevel[l] += f.enterprises.byLevel[l];
    total.enterprises.withoutRegister += f.enterprises.withoutRegister;
    total.hazards.checks += f.hazards.checks;
    total.hazards.inspections += f.hazards.inspections;
    total.hazards.other += f.hazards.other;
  }
  const sum = (key: 'onTime' | 'late' | 'overdue') => [...figures.values()].reduce((n, f) => n + f.checks[key], 0);
  total.checks = checkCompletion({ onTime: sum('onTime'), late: sum('late'), overdue: sum('overdue') });

  const settings = settingRows.map((r) => ({
    regionPath: r.regionPath,
    mapping: settingsOfRow(r.settings).controlMapping,
  }));
  return {
    region: { code: region.code, name: region.name, level: region.level },
    period,
    sectorLimited: actor.scope.sectorCodes.length > 0,
    total,
    rows,
    majorRisks: {
      total: majors[0]?.total ?? 0,
      items: majors.map((m) => ({
        enterprise: { id: m.enterpriseId, name: m.enterpriseName },
        unit: { id: m.unitId, name: m.unitName },
        event: { id: m.eventId, name: m.eventName },
        regionCode: m.regionCode,
        score: m.score,
        level: 'major' as const,
        residual: m.residual,
        controlLevel: (nearestOf(settings, m.regionPath)?.mapping ?? DEFAULT_RISK_SETTINGS.controlMapping).major,
      })),
    },
  };
}
