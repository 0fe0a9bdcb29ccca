import type { TAccidentStatistics } from '@redline/contracts';
import {
  ACCIDENT_GRADES,
  ACCIDENT_SECTOR_CODES,
  type AccidentGrade,
  type AccidentSector,
  capWarning,
  changePercent,
  endOfLocalDate,
  isOutsideIndustryMiningTrade,
  localDateOf,
  percentOf,
  rates,
  startOfLocalDate,
  vetoesTriggered,
} from '@redline/domain';
import { and, eq, gte, isNull, lte } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client';
import type { Ctx } from '../../http/context';
import { notFound } from '../../http/errors';
import { cases } from '../cases/schema';
import { regions } from '../regions/schema';
import type { Actor } from '../scope/actor';
import { scopeOf, underPath } from '../scope/filters';
import { gradingOf } from './present';
import { selectAccidents, versionsOf } from './repo';
import { accidents } from './schema';
import { findIndicators, presentIndicators, settingsFor } from './settings';

/** An accident as statistics count it: when, which sector, and its figures and grade as of the day counted. */
export type Counted = {
  month: string;
  sector: AccidentSector;
  grade: AccidentGrade;
  deaths: number;
  serious: number;
  loss: number;
};

/** The region asked for (in scope), or the top of the actor's scope. */
export async function statisticsRegion(db: Db | Tx, actor: Actor, code: string | undefined) {
  // The system actor (CLI without --as) stands above every region: its default is the first top-level region.
  const roots = actor.via === 'system' ? isNull(regions.parentCode) : scopeOf.regionRoots(actor);
  const [region] = await db
    .select()
    .from(regions)
    .where(code ? and(eq(regions.code, code), scopeOf.regions(actor)) : roots)
    .orderBy(regions.code)
    .limit(1);
  if (!region) throw notFound();
  return region;
}

/**
 * The accidents in a region subtree (and the actor's scope) that occurred between two instants, with the figures in
 * force at `asAt` and the grade they give then (the missing counted as dead once their window has closed).
 */
export async function countedAccidents(
  db: Db | Tx,
  actor: Actor,
  regionPath: string,
  from: Date,
  to: Date,
  asAt: Date,
) {
  const rows = await selectAccidents(db).where(
    and(
      eq(cases.type, 'accident'),
      scopeOf.cases(actor),
      underPath(accidents.regionPath, regionPath),
      gte(accidents.occurredAt, from),
      lte(accidents.occurredAt, to),
    ),
  );
  const versions = await versionsOf(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((row): Counted & { regionPath: string; occurredAt: Date } => {
    const g = gradingOf(row, versions.get(row.id)!, asAt);
    return {
      month: localDateOf(row.occurredAt).slice(0, 7),
      sector: row.sector as AccidentSector,
      grade: g.grade,
      deaths: g.countedDeaths,
      serious: g.casualties.seriousInjuries,
      loss: g.casualties.directLossCny,
      regionPath: row.regionPath,
      occurredAt: row.occurredAt,
    };
  });
}

export function totalsOf(list: readonly Counted[]) {
  const byGrade = Object.fromEntries(ACCIDENT_GRADES.map((g) => [g, 0])) as Record<AccidentGrade, number>;
  for (const a of list) byGrade[a.grade] += 1;
  return {
    accidents: list.length,
    deaths: list.reduce((n, a) => n + a.deaths, 0),
    seriousInjuries: list.reduce((n, a) => n + a.serious, 0),
    directLossCny: Math.round(list.reduce((n, a) => n + a.loss, 0) * 100) / 100,
    byGrade,
  };
}

const deathsIn = (list: readonly Counted[], keep: (s: AccidentSector) => boolean) =>
  list.filter((a) => keep(a.sector)).reduce((n, a) => n + a.deaths, 0);

/** The same day a year earlier (29 February → 28 February). */
export function sameDayLastYear(date: string): string {
  const year = Number(date.slice(0, 4)) - 1;
  const md = date.slice(5) === '02-29' ? '02-28' : date.slice(5);
  return `${year}-${md}`;
}

/**
 * The accident statistics of a region's year to `asOf` (domain-reference.md §5): totals and grades, year-on-year
 * change against the same days of last year, deaths against the cap (and per sector) with warnings at the region's
 * threshold, the four bulletin rates over the year's denominators, the one-vote-veto rules triggered, and the
 * months of this year beside last year's.
 */
export async function accidentStatistics(
  ctx: Ctx,
  query: { regionCode?: string; asOf?: string },
): Promise<TAccidentStatistics> {
  const region = await statisticsRegion(ctx.db, ctx.actor, query.regionCode);
  const asOf = query.asOf ?? localDateOf(ctx.now);
  const year = Number(asOf.slice(0, 4));
  const asAt = new Date(Math.min(endOfLocalDate(asOf).getTime(), ctx.now.getTime()));
  const lastYearTo = endOfLocalDate(sameDayLastYear(asOf));
  const rows = await countedAccidents(
    ctx.db,
    ctx.actor,
    region.path,
    startOfLocalDate(`${year - 1}-01-01`),
    endOfLocalDate(asOf),
    asAt,
  );
  const current = rows.filter((a) => a.month.startsWith(`${year}-`));
  const lastYear = rows.filter((a) => a.month.startsWith(`${year - 1}-`));
  const previous = lastYear.filter((a) => a.occurredAt.getTime() <= lastYearTo.getTime());
  const [indicatorRow, settings] = await Promise.all([
    findIndicators(ctx.db, region.code, year),
    settingsFor(ctx.db, region.path),
  ]);
  const indicators = indicatorRow ? presentIndicators(indicatorRow) : null;
  const now = totalsOf(current);
  const before = totalsOf(previous);
  const cap = indicators?.deathCap ?? null;
  const threshold = settings.warningPercent;
  const sectorCaps = (indicators?.sectorCaps ?? {}) as Partial<Record<AccidentSector, number>>;
  const bySector = ACCIDENT_SECTOR_CODES.filter(
    (s) => current.some((a) => a.sector === s) || sectorCaps[s] !== undefined,
  ).map((sector) => {
    const list = current.filter((a) => a.sector === sector);
    const deaths = deathsIn(list, () => true);
    const sectorCap = sectorCaps[sector] ?? null;
    return {
      sector,
      accidents: list.length,
      deaths,
      cap: sectorCap,
      percent: sectorCap === null ? null : percentOf(deaths, sectorCap),
      warning: sectorCap !== null && capWarning(deaths, sectorCap, threshold),
    };
  });
  const months = Array.from({ length: 12 }, (_, i) => String(i + 1).padStart(2, '0'));
  return {
    region: { code: region.code, name: region.name },
    year,
    asOf,
    current: now,
    previous: before,
    change: {
      accidents: changePercent(now.accidents, before.accidents),
      deaths: changePercent(now.deaths, before.deaths),
      directLossCny: changePercent(now.directLossCny, before.directLossCny),
    },
    indicators,
    warningPercent: threshold,
    deathCap: {
      cap,
      percent: cap === null ? null : percentOf(now.deaths, cap),
      warning: cap !== null && capWarning(now.deaths, cap, threshold),
    },
    bySector,
    rates: rates(
      {
        total: now.deaths,
        industryMiningTrade: deathsIn(current, (s) => !isOutsideIndustryMiningTrade(s)),
        roadTraffic: deathsIn(current, (s) => s === 'road_traffic'),
        coalMine: deathsIn(current, (s) => s === 'coal_mine'),
      },
      {
        gdpYi: indicators?.gdpYi ?? null,
        employees: indicators?.employees ?? null,
        motorVehicles: indicators?.motorVehicles ?? null,
        coalOutputMt: indicators?.coalOutputMt ?? null,
      },
    ),
    sectorScope:
      ctx.actor.scope.kind === 'region' && ctx.actor.scope.sectorCodes.length ? ctx.actor.scope.sectorCodes : null,
    vetoes: vetoesTriggered(settings.vetoRules, {
      accidents: current.map((a) => ({ grade: a.grade, sector: a.sector })),
      deaths: now.deaths,
      cap,
    }) as TAccidentStatistics['vetoes'],
    monthly: months.map((mm) => {
      const here = current.filter((a) => a.month === `${year}-${mm}`);
      const there = lastYear.filter((a) => a.month === `${year - 1}-${mm}`);
      return {
        month: `${year}-${mm}`,
        accidents: here.length,
        deaths: deathsIn(here, () => true),
        previousAccidents: there.length,
        previousDeaths: deathsIn(there, () => true),
      };
    }),
  };
}
