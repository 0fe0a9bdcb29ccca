import type { THazardStatisticsQuery } from '@redline/contracts';
import { emptyCounts, type HazardCounts, localDateOf, type StatisticsPeriod, startOfLocalDate } from '@redline/domain';
import { type SQL, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client';
import { cases, hazardStatCells, hazardWriteOffPairs } from '../cases/schema';
import { findRegion } from '../regions/repo';
import type { Actor } from '../scope/actor';
import { underPath } from '../scope/filters';
import type { Grouping } from './statistics';

/**
 * The cockpit from the statistics cells (decision 007) instead of a scan of the hazards: the sums of the cells of the
 * root's children (by region), of one region (totals, by month), equal — checked by an API test and `npm run bench` —
 * to what `countGroups` counts over `cases`. Two parts are counted from rows, both small by construction: hazards
 * whose last write-off in the period was followed by another after the period (the cells count the latest; none when
 * the period ends today), and open hazards whose deadline falls today (overdue or not depends on the time of day).
 */

/** Where the cells answer: the region whose cells are summed (by region: whose children's), or undefined. */
export type CellsPlan = { region: { code: string; path: string } };

/** Cells exist for regions of at most 9 digits (province to town); a by-region table needs them for the children. */
const HAS_CELLS = (code: string) => code.length <= 9;
const CHILDREN_HAVE_CELLS = (code: string) => code.length <= 6;
/** Filters the cells know nothing of: with any of them, count the hazards. */
const UNCOUNTED_FILTERS = ['sectorCode', 'level', 'source', 'enterpriseId'] as const;

/**
 * Whether the cells can answer this query for this account, and over which region: a region scope without sectors
 * (a sector or grid scope sees only part of a region's hazards), no filter but the region, and a region that has cells
 * (a by-region table: children that have them). The region is the narrower of the scope and the one asked for.
 */
export async function cellsPlan(
  db: Db | Tx,
  actor: Actor,
  query: THazardStatisticsQuery,
  grouping: Grouping,
): Promise<CellsPlan | undefined> {
  const s = actor.scope;
  if (s.kind !== 'region' || s.sectorCodes.length) return undefined;
  if (UNCOUNTED_FILTERS.some((f) => query[f] !== undefined)) return undefined;
  if (grouping.groupBy !== 'region' && grouping.groupBy !== 'month' && grouping.groupBy !== 'none') return undefined;
  let region = { code: s.regionCode, path: s.regionPath };
  if (query.regionCode) {
    const asked = await findRegion(db, query.regionCode);
    if (!asked?.path.startsWith(s.regionPath)) return undefined;
    region = { code: asked.code, path: asked.path };
  }
  if (grouping.groupBy === 'region') {
    const root = grouping.root;
    if (!root || root.code !== region.code) return undefined;
    return root.code === '' || CHILDREN_HAVE_CELLS(root.code) ? { region } : undefined;
  }
  return region.code === '' || HAS_CELLS(region.code) ? { region } : undefined;
}

type Row = Record<string, string | number | null> & { key: string | null };

const day = (d: string) => sql`${d}::date`;
const CELL_COLUMNS = sql.raw(
  'reported, found, found_rectified, funds_planned, funds_spent, rectified, on_time, open, major_open, major_listed',
);

/**
 * The cells to sum, each with its row's key and a sign. By region: each child's cells under its code, and the root's
 * own row ('') as the root's cells minus its children's (the root's cells hold its whole subtree; the children's are
 * read once). Otherwise the region's own cells (the top-level regions' for the whole country), keyed by month or ''.
 * Each kind's range is its own branch, so each is one range of the (region or parent, kind, day) index: as one OR,
 * the index served the region alone and the filter threw away nine cells in ten.
 */
function cellsOf(plan: CellsPlan, g: Grouping, kinds: SQL[]): SQL {
  const code = plan.region.code;
  const of = (key: SQL, where: SQL) =>
    sql.join(
      kinds.map(
        (kind) => sql`select ${key} as key, 1 as sign, kind, day, ${CELL_COLUMNS}
          from ${hazardStatCells} where ${where} and ${kind}`,
      ),
      sql` union all `,
    );
  const children = code ? sql`parent_code = ${code}` : sql`parent_code is null`;
  if (g.groupBy === 'region') {
    if (!code) return of(sql`region_code`, children);
    return sql`with children as (${of(sql`region_code`, children)})
      select * from children union all ${of(sql`''`, sql`region_code = ${code}`)}
      union all select '' as key, -1 as sign, kind, day, ${CELL_COLUMNS} from children`;
  }
  const key = g.groupBy === 'month' ? sql`to_char(day, 'YYYY-MM')` : sql`''`;
  return of(key, code ? sql`region_code = ${code}` : children);
}

/** A local date `n` days after `date` (YYYY-MM-DD). */
const plusDays = (date: string, n: number) =>
  new Date(Date.UTC(+date.slice(0, 4), +date.slice(5, 7) - 1, +date.slice(8, 10) + n)).toISOString().slice(0, 10);

/**
 * The period's cells, as disjoint conditions of one kind and one range of days each: the months it covers whole from
 * the month cells, the days of its partial months (at either end) from the day cells — this year so far is ten or so
 * month cells and the days of this month, not 300 days.
 */
export function periodKinds(from: string, to: string): SQL[] {
  const range = (kinds: string[], first: string, last: string) =>
    first <= last ? kinds.map((k) => sql`kind = ${k} and day between ${day(first)} and ${day(last)}`) : [];
  const firstWhole = from.endsWith('-01') ? from : `${plusDays(`${from.slice(0, 8)}01`, 32).slice(0, 8)}01`;
  const nextMonth = `${plusDays(`${to.slice(0, 8)}01`, 32).slice(0, 8)}01`;
  const lastWhole = plusDays(nextMonth, -1) === to ? to : plusDays(`${to.slice(0, 8)}01`, -1);
  if (firstWhole > lastWhole) return range(['created', 'written_off'], from, to);
  return [
    ...range(['created_month', 'written_off_month'], firstWhole, `${lastWhole.slice(0, 8)}01`),
    ...range(['created', 'written_off'], from, plusDays(firstWhole, -1)),
    ...range(['created', 'written_off'], plusDays(lastWhole, 1), to),
  ];
}

/** Hazard rows in the region's subtree. */
const hazardsUnder = (plan: CellsPlan) =>
  sql`${cases.type} = 'hazard' and ${underPath(cases.regionPath, plan.region.path || '/')}`;

/**
 * Every count of every group from the cells: period figures from the `created` and `written_off` cells of the
 * period (by month and by day), snapshots from `open` cells (overdue: deadline days before today, plus today's
 * deadlines already passed).
 */
export async function countCells(
  db: Db | Tx,
  plan: CellsPlan,
  p: StatisticsPeriod,
  now: Date,
  g: Grouping,
): Promise<Map<string | null, HazardCounts>> {
  const snapshots = g.groupBy !== 'month';
  const today = localDateOf(now);
  const rows = (q: SQL) => db.execute<Row>(q).then((r) => r.rows);
  // One pass over the cells: the period's (by day and month) and, but for a by-month table, the open ones.
  const kinds = snapshots ? [...periodKinds(p.from, p.to), sql`kind = 'open'`] : periodKinds(p.from, p.to);
  const [summed, later, dueToday] = await Promise.all([
    rows(sql`select key, sum(sign * reported)::int as reported, sum(sign * found)::int as found,
        sum(sign * found_rectified)::int as found_rectified, sum(sign * funds_planned)::text as funds_planned,
        sum(sign * funds_spent)::text as funds_spent, sum(sign * rectified)::int as rectified,
        sum(sign * on_time)::int as on_time, sum(sign * open)::int as open,
        coalesce(sum(sign * open) filter (where kind = 'open' and day < ${day(today)}), 0)::int as overdue,
        sum(sign * major_open)::int as major_open, sum(sign * major_listed)::int as major_listed
      from (${cellsOf(plan, g, kinds)}) c group by key`),
    // Hazards whose last write-off in the period was followed by another after it (the cells hold the latest).
    rows(sql`select ${g.keyOfWriteOff(sql`p.at`)} as key, count(*)::int as rectified,
        (count(*) filter (where p.on_time))::int as on_time
      from ${hazardWriteOffPairs} p join ${cases} on ${cases.id} = p.case_id
      where p.next_at > ${p.end.toISOString()}::timestamptz
        and p.at between ${p.start.toISOString()}::timestamptz and ${p.end.toISOString()}::timestamptz
        and ${hazardsUnder(plan)}
      group by 1`),
    // Open with a deadline today that has passed (the literal states match cases_open_deadline_idx).
    snapshots
      ? rows(sql`select ${g.key} as key, count(*)::int as overdue from ${cases}
          where ${hazardsUnder(plan)} and ${cases.state} not in ('written_off', 'rejected', 'merged')
            and ${cases.deadline} is not null
            and ${cases.deadline} >= ${startOfLocalDate(today).toISOString()}::timestamptz
            and ${cases.deadline} < ${now.toISOString()}::timestamptz
          group by 1`)
      : Promise.resolve([] as Row[]),
  ]);
  const groups = new Map<string | null, HazardCounts>();
  const of = (k: string | null) => {
    const counts = groups.get(k) ?? emptyCounts(snapshots);
    groups.set(k, counts);
    return counts;
  };
  // Whether a group has a hazard in it, so that the root's own row appears exactly when countGroups finds one there.
  const any = new Set<string | null>();
  for (const r of summed) {
    const c = of(r.key);
    c.reported += Number(r.reported);
    c.found += Number(r.found);
    c.foundRectified += Number(r.found_rectified);
    c.fundsPlanned += Number(r.funds_planned);
    c.fundsSpent += Number(r.funds_spent);
    c.rectified += Number(r.rectified);
    c.rectifiedOnTime += Number(r.on_time);
    if (snapshots) {
      c.overdueNow = (c.overdueNow ?? 0) + Number(r.overdue);
      c.majorOpen = (c.majorOpen ?? 0) + Number(r.major_open);
      c.majorListed = (c.majorListed ?? 0) + Number(r.major_listed);
    }
    if (Number(r.reported) || Number(r.rectified) || Number(r.open)) any.add(r.key);
  }
  for (const r of later) {
    const c = of(r.key);
    c.rectified += Number(r.rectified);
    c.rectifiedOnTime += Number(r.on_time);
    any.add(r.key);
  }
  for (const r of dueToday) {
    const c = of(r.key);
    c.overdueNow = (c.overdueNow ?? 0) + Number(r.overdue);
    any.add(r.key);
  }
  if (g.groupBy === 'region' && !any.has('')) groups.delete('');
  return groups;
}
