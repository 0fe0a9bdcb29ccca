import {
  HAZARD_STATES,
  type STATISTICS_MEASURES,
  type THazardFigures,
  type THazardStatistics,
  type THazardStatisticsQuery,
  translate,
} from '@redline/contracts';
import {
  addCounts,
  emptyCounts,
  HAZARD_LEVELS,
  HAZARD_SOURCES,
  type HazardCounts,
  hazardFigures,
  monthsOf,
  periodOf,
  type StatisticsPeriod,
} from '@redline/domain';
import { and, asc, eq, inArray, isNull, notInArray, type SQL, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client';
import type { Ctx } from '../../http/context';
import { AppError, notFound } from '../../http/errors';
import { cases } from '../cases/schema';
import { CLOSED_STATES, type HazardFilter, hazardWhere } from '../hazards/filters';
import { findRegion } from '../regions/repo';
import { regions } from '../regions/schema';
import type { Actor } from '../scope/actor';
import { scopeOf } from '../scope/filters';
import { sectors } from '../sectors/schema';
import { cellsPlan, countCells } from './statistics-cells';

type GroupBy = THazardStatisticsQuery['groupBy'];

/** Reported but not a hazard (rejected) or counted on another (merged): not "found". */
export const NOT_FOUND_STATES = ['rejected', 'merged'];
export const FOUND_STATES = HAZARD_STATES.filter((s) => !NOT_FOUND_STATES.includes(s));
export const OPEN_STATES = HAZARD_STATES.filter((s) => !CLOSED_STATES.includes(s));

const at = (d: Date) => sql`${d.toISOString()}::timestamptz`;

// --- The predicates of every figure, shared by the counts and by the drill-down lists. ---

/** Reported (created) within the period. */
export const reportedIn = (p: StatisticsPeriod) =>
  sql`(${cases.createdAt} >= ${at(p.start)} and ${cases.createdAt} <= ${at(p.end)})`;
/** Not rejected and not merged. */
export const isFound = () => notInArray(cases.state, NOT_FOUND_STATES);
/** Written off at least once at or before `now` (a write-off event on the timeline; a reopen does not undo it). */
export const writtenOffBy = (now: Date) =>
  sql`exists (select 1 from case_events wo where wo.case_id = ${cases.id} and wo.kind = 'transition'
    and wo.to_state = 'written_off' and wo.at <= ${at(now)})`;
/** Open (not terminal) with a deadline already passed: the list's `overdue=true`. */
export const overdueAt = (now: Date) =>
  and(notInArray(cases.state, CLOSED_STATES), sql`${cases.deadline} is not null and ${cases.deadline} < ${at(now)}`)!;
export const isOpen = () => notInArray(cases.state, CLOSED_STATES);

/**
 * One row per hazard written off in the period: its last write-off there, the month of that write-off, and whether
 * the rectification was completed on time — the last move into awaiting_verification before that write-off in the
 * same cycle (complete, apply_resumption, or a ledger import), at or before the deadline in force just before it
 * (`previousDeadline` on that event). No deadline in force counts as on time; no completing move as not on time.
 */
export function rectifiedRows(where: SQL, p: StatisticsPeriod, key: (writeOffAt: SQL) => SQL) {
  return sql`select distinct on (${cases.id}) ${cases.id} as id, ${key(sql`w.at`)} as key,
      case when comp.completed_at is null then false
           when comp.deadline is null then true
           else comp.completed_at <= comp.deadline end as on_time
    from ${cases}
    join case_events w on w.case_id = ${cases.id} and w.kind = 'transition' and w.to_state = 'written_off'
      and w.at >= ${at(p.start)} and w.at <= ${at(p.end)}
    left join lateral (
      select c.at as completed_at, (c.data->>'previousDeadline')::timestamptz as deadline
      from case_events c
      where c.case_id = w.case_id and c.cycle = w.cycle and c.kind = 'transition'
        and c.to_state = 'awaiting_verification' and c.id < w.id
      order by c.id desc limit 1
    ) comp on true
    where ${where}
    order by ${cases.id}, w.at desc, w.id desc`;
}

// --- Grouping ---

/** The region whose direct children are the rows of a by-region table; `path` '/' = everywhere (system). */
export type RegionRoot = { code: string; name: string; path: string } | null;

export type Grouping = {
  groupBy: GroupBy | 'none';
  /** The group key of a hazard row (`cases`), and of a write-off (for months: the write-off's month). */
  key: SQL;
  keyOfWriteOff: (writeOffAt: SQL) => SQL;
  root: RegionRoot;
};

const monthOf = (instant: SQL) => sql`to_char(${instant} at time zone 'Asia/Shanghai', 'YYYY-MM')`;

export function groupingOf(groupBy: GroupBy | 'none', root: RegionRoot): Grouping {
  let key: SQL;
  switch (groupBy) {
    case 'region':
      // The child of the root the hazard lies under: the path segment after the root's path ('' = the root itself).
      key = root
        ? sql`split_part(substr(${cases.regionPath}, ${root.path.length + 1}::int), '/', 1)`
        : sql`${cases.regionCode}`;
      break;
    case 'sector':
      key = sql`${cases.sectorCode}`;
      break;
    case 'level':
      key = sql`${cases.level}`;
      break;
    case 'source':
      key = sql`${cases.source}`;
      break;
    case 'month':
      key = monthOf(sql`${cases.createdAt}`);
      break;
    default:
      key = sql`''`;
  }
  const keyOfWriteOff = groupBy === 'month' ? monthOf : () => key;
  return { groupBy, key, keyOfWriteOff, root };
}

/**
 * The root of a by-region table: the region asked for (it must be one the caller sees, else 404 as if absent), else
 * the caller's own region (an enterprise's: its region); a grid worker's rows are its villages; the system's rows
 * are the top-level regions.
 */
export async function regionRootOf(db: Db | Tx, actor: Actor, regionCode: string | undefined): Promise<RegionRoot> {
  if (regionCode) {
    const region = await findRegion(db, regionCode, scopeOf.regions(actor));
    if (!region) throw notFound();
    return { code: region.code, name: region.name, path: region.path };
  }
  const s = actor.scope;
  if (s.kind === 'grids') return null;
  if (s.kind === 'region' && s.regionCode === '') return { code: '', name: '', path: '/' };
  // Authentication read the scope region already (its name comes with the account's scope).
  if (s.kind === 'region' && s.regionName !== undefined) {
    return { code: s.regionCode, name: s.regionName, path: s.regionPath };
  }
  const region = await findRegion(db, s.regionCode);
  return region ? { code: region.code, name: region.name, path: region.path } : null;
}

// --- Counting ---

type Row = Record<string, unknown> & { key: string | null };

async function rowsOf(db: Db | Tx, query: SQL): Promise<Row[]> {
  return (await db.execute<Row>(query)).rows;
}

/** Every count of every group: three grouped queries (by report date, by write-off date, snapshots now). */
export async function countGroups(
  db: Db | Tx,
  where: SQL,
  p: StatisticsPeriod,
  now: Date,
  g: Grouping,
): Promise<Map<string | null, HazardCounts>> {
  const snapshots = g.groupBy !== 'month';
  const [found, rectified, open] = await Promise.all([
    rowsOf(
      db,
      sql`select ${g.key} as key,
        count(*)::int as reported,
        (count(*) filter (where ${isFound()}))::int as found,
        (count(*) filter (where ${isFound()} and ${writtenOffBy(now)}))::int as found_rectified,
        coalesce(sum((${cases.fields}->>'funds')::numeric) filter (where ${isFound()}), 0)::text as funds_planned,
        coalesce(sum((${cases.fields}->>'fundsSpent')::numeric) filter (where ${isFound()}), 0)::text as funds_spent
      from ${cases} where ${where} and ${reportedIn(p)} group by 1`,
    ),
    rowsOf(
      db,
      sql`select r.key, count(*)::int as rectified, (count(*) filter (where r.on_time))::int as on_time
      from (${rectifiedRows(where, p, g.keyOfWriteOff)}) r group by r.key`,
    ),
    snapshots
      ? rowsOf(
          db,
          sql`select ${g.key} as key,
            (count(*) filter (where ${cases.deadline} is not null and ${cases.deadline} < ${at(now)}))::int as overdue_now,
            (count(*) filter (where ${cases.level} = 'major'))::int as major_open,
            (count(*) filter (where ${cases.level} = 'major' and ${cases.listedAt} is not null))::int as major_listed
          from ${cases} where ${where} and ${isOpen()} group by 1`,
        )
      : Promise.resolve([] as Row[]),
  ]);
  const groups = new Map<string | null, HazardCounts>();
  const of = (key: string | null) => {
    const counts = groups.get(key) ?? emptyCounts(snapshots);
    groups.set(key, counts);
    return counts;
  };
  for (const r of found) {
    const c = of(r.key);
    c.reported = Number(r.reported);
    c.found = Number(r.found);
    c.foundRectified = Number(r.found_rectified);
    c.fundsPlanned = Number(r.funds_planned);
    c.fundsSpent = Number(r.funds_spent);
  }
  for (const r of rectified) {
    const c = of(r.key);
    c.rectified = Number(r.rectified);
    c.rectifiedOnTime = Number(r.on_time);
  }
  for (const r of open) {
    const c = of(r.key);
    c.overdueNow = Number(r.overdue_now);
    c.majorOpen = Number(r.major_open);
    c.majorListed = Number(r.major_listed);
  }
  return groups;
}

const NOT_SET: Record<'zh-CN' | 'en', string> = { 'zh-CN': '未标注', en: 'Not set' };
const SELF: Record<'zh-CN' | 'en', string> = { 'zh-CN': '（本级）', en: ' (itself)' };

export type GroupRow = { key: string | null; label: string; self?: boolean; counts: HazardCounts };

/** The rows of a table in their order, every expected row present (zeros included), plus any other key found. */
async function orderedGroups(
  db: Db | Tx,
  ctx: Pick<Ctx, 'locale'>,
  g: Grouping,
  counted: Map<string | null, HazardCounts>,
  p: StatisticsPeriod,
  actor: Actor,
): Promise<GroupRow[]> {
  const snapshots = g.groupBy !== 'month';
  const rows: GroupRow[] = [];
  const take = (key: string | null, label: string, self?: boolean) => {
    rows.push({ key, label, ...(self ? { self } : {}), counts: counted.get(key) ?? emptyCounts(snapshots) });
    counted.delete(key);
  };
  switch (g.groupBy) {
    case 'region': {
      const children = g.root
        ? await db
            .select({ code: regions.code, name: regions.name })
            .from(regions)
            .where(g.root.code ? eq(regions.parentCode, g.root.code) : isNull(regions.parentCode))
            .orderBy(asc(regions.code))
        : actor.scope.kind === 'grids' && actor.scope.villageCodes.length
          ? await db
              .select({ code: regions.code, name: regions.name })
              .from(regions)
              .where(inArray(regions.code, actor.scope.villageCodes))
              .orderBy(asc(regions.code))
          : [];
      for (const c of children) take(c.code, c.name);
      if (g.root && counted.has('')) take('', `${g.root.name}${SELF[ctx.locale]}`, true);
      break;
    }
    case 'sector': {
      const list = await db
        .select({ code: sectors.code, nameZh: sectors.nameZh, nameEn: sectors.nameEn })
        .from(sectors)
        .where(eq(sectors.active, true))
        .orderBy(asc(sectors.sortOrder), asc(sectors.code));
      for (const s of list) take(s.code, ctx.locale === 'zh-CN' ? s.nameZh : s.nameEn);
      break;
    }
    case 'level':
      for (const level of HAZARD_LEVELS) take(level, translate(ctx.locale, `hazard.level.${level}`));
      break;
    case 'source':
      for (const source of HAZARD_SOURCES) take(source, translate(ctx.locale, `hazard.source.${source}`));
      break;
    case 'month':
      for (const month of monthsOf(p.from, p.to)) take(month, month);
      break;
    default:
      break;
  }
  // Whatever else was counted: "not set" (null), or a code no longer in the list (e.g. an inactive sector).
  for (const key of [...counted.keys()]) take(key, key === null ? NOT_SET[ctx.locale] : key);
  return rows;
}

/** The WHERE of statistics: the caller's scope and the list's filters, without period or state (see hazardWhere). */
export async function statisticsWhere(ctx: Ctx, query: THazardStatisticsQuery): Promise<SQL> {
  const filter: HazardFilter = {
    regionCode: query.regionCode,
    sectorCode: query.sectorCode,
    level: query.level,
    source: query.source,
    enterpriseId: query.enterpriseId,
  };
  const where = await hazardWhere(ctx.db, ctx.actor, filter, ctx.now);
  if (!where) throw notFound();
  return where;
}

export const toFigures = (counts: HazardCounts): THazardFigures => hazardFigures(counts);

export function periodOfQuery(ctx: Ctx, query: { from?: string; to?: string }): StatisticsPeriod {
  try {
    return periodOf(ctx.now, query.from, query.to);
  } catch {
    // Only a default `from` (1 January of `to`'s year) after an explicit `to` can get here; the contract checks the rest.
    throw new AppError('REQUEST.VALIDATION', {}, [{ path: 'query.from', code: 'VALIDATION.INVALID' }]);
  }
}

/**
 * Where the counts come from: the statistics cells when they can answer the query (else the hazards), or always the
 * hazards — the plain GROUP BY the cells are checked against.
 */
export type StatisticsSource = 'cells' | 'hazards';

/** Grouped counts for a report (the quarterly table): the rows and the total of one grouping. */
export async function countTable(
  ctx: Ctx,
  query: THazardStatisticsQuery,
  source: StatisticsSource = 'cells',
): Promise<{ rows: GroupRow[]; total: HazardCounts; period: StatisticsPeriod; root: RegionRoot }> {
  const p = periodOfQuery(ctx, query);
  const root =
    query.groupBy === 'region' || query.regionCode ? await regionRootOf(ctx.db, ctx.actor, query.regionCode) : null;
  const where = await statisticsWhere(ctx, query);
  const grouping = groupingOf(query.groupBy, root);
  const totalsGrouping = groupingOf('none', null);
  // From the statistics cells where they can answer (decision 007), else by counting the hazards.
  const plan = source === 'cells' ? await cellsPlan(ctx.db, ctx.actor, query, grouping) : undefined;
  let counted: Map<string | null, HazardCounts>;
  let total: HazardCounts;
  if (plan && grouping.groupBy === 'region') {
    // The children's rows and the root's own row make up the root's cells: the total is their sum.
    counted = await countCells(ctx.db, plan, p, ctx.now, grouping);
    total = addCounts([emptyCounts(), ...counted.values()]);
  } else {
    const totalsPlan = source === 'cells' ? await cellsPlan(ctx.db, ctx.actor, query, totalsGrouping) : undefined;
    const totals = await Promise.all([
      plan ? countCells(ctx.db, plan, p, ctx.now, grouping) : countGroups(ctx.db, where, p, ctx.now, grouping),
      totalsPlan
        ? countCells(ctx.db, totalsPlan, p, ctx.now, totalsGrouping)
        : countGroups(ctx.db, where, p, ctx.now, totalsGrouping),
    ]);
    counted = totals[0];
    total = totals[1].get('') ?? emptyCounts();
  }
  const rows = await orderedGroups(ctx.db, ctx, grouping, counted, p, ctx.actor);
  return { rows, total, period: p, root };
}

/**
 * Hazard statistics of the caller's scope (see the figures in docs/HAZARDS-EXPORT.md): one row per group, every
 * expected group present, and totals counted over the whole filter (so a total is never a sum of rounded rates).
 */
export async function hazardStatistics(
  ctx: Ctx,
  query: THazardStatisticsQuery,
  source: StatisticsSource = 'cells',
): Promise<THazardStatistics> {
  const { rows, total, period, root } = await countTable(ctx, query, source);
  return {
    groupBy: query.groupBy,
    period: { from: period.from, to: period.to },
    asOf: ctx.now.toISOString(),
    region: query.groupBy === 'region' && root?.code ? { code: root.code, name: root.name } : null,
    groups: rows.map((g) => ({
      key: g.key,
      label: g.label,
      ...(g.self ? { self: true } : {}),
      figures: toFigures(g.counts),
    })),
    totals: toFigures(total),
  };
}

// --- Drill-down: the hazards behind one figure of one group ---

export type StatisticsMeasure = (typeof STATISTICS_MEASURES)[number];

/** `select id, key` of the hazards a figure counts, with the same predicates as the counts above. */
export function measureRows(m: StatisticsMeasure, where: SQL, p: StatisticsPeriod, now: Date, g: Grouping): SQL {
  const rowsWhere = (condition: SQL) =>
    sql`select ${cases.id} as id, ${g.key} as key from ${cases} where ${where} and ${condition}`;
  switch (m) {
    case 'reported':
      return rowsWhere(reportedIn(p));
    case 'found':
      return rowsWhere(and(reportedIn(p), isFound())!);
    case 'foundRectified':
      return rowsWhere(and(reportedIn(p), isFound(), writtenOffBy(now))!);
    case 'rectified':
      return sql`select r.id, r.key from (${rectifiedRows(where, p, g.keyOfWriteOff)}) r`;
    case 'rectifiedOnTime':
      return sql`select r.id, r.key from (${rectifiedRows(where, p, g.keyOfWriteOff)}) r where r.on_time`;
    case 'overdueNow':
      return rowsWhere(overdueAt(now));
    case 'majorOpen':
      return rowsWhere(and(isOpen(), eq(cases.level, 'major'))!);
    case 'majorListed':
      return rowsWhere(and(isOpen(), eq(cases.level, 'major'), sql`${cases.listedAt} is not null`)!);
  }
}

/**
 * The condition "this hazard is counted in figure `m` of group `group`" (`group` undefined: of the totals; null: the
 * "not set" row), for GET /hazards/statistics/items. Month rows have no snapshot figures: asking for one is empty.
 */
export async function measureCondition(
  ctx: Ctx,
  query: THazardStatisticsQuery,
  m: StatisticsMeasure,
  group: string | null | undefined,
): Promise<{ where: SQL; member: SQL }> {
  const p = periodOfQuery(ctx, query);
  const root =
    query.groupBy === 'region' || query.regionCode ? await regionRootOf(ctx.db, ctx.actor, query.regionCode) : null;
  const where = await statisticsWhere(ctx, query);
  const g = groupingOf(group === undefined ? 'none' : query.groupBy, root);
  const snapshot = m === 'overdueNow' || m === 'majorOpen' || m === 'majorListed';
  if (snapshot && g.groupBy === 'month') return { where, member: sql`false` };
  const rows = measureRows(m, where, p, ctx.now, g);
  const member =
    group === undefined
      ? sql`${cases.id} in (select m.id from (${rows}) m)`
      : sql`${cases.id} in (select m.id from (${rows}) m where m.key is not distinct from ${group}::text)`;
  return { where, member };
}
