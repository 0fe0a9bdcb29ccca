import type { TAccidentListQuery } from '@redline/contracts';
import { endOfLocalDate, startOfLocalDate } from '@redline/domain';
import { and, asc, count, desc, eq, gte, lte, type SQL, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client';
import type { Ctx } from '../../http/context';
import { offsetOf, orderOf, pageOf } from '../../http/paging';
import { cases } from '../cases/schema';
import { textMatch } from '../hazards/filters';
import { findRegion } from '../regions/repo';
import type { Actor } from '../scope/actor';
import { scopeOf, underPath } from '../scope/filters';
import { presentAccident } from './present';
import { childrenOf, selectAccidents, versionsOf } from './repo';
import { accidents, accidentVersions } from './schema';

export type AccidentFilter = Omit<TAccidentListQuery, 'page' | 'pageSize' | 'sort'>;

/**
 * The accidents in the actor's scope that match a filter, as one condition (the list and the ledger export share it):
 * region subtree, statistical sector, grade (as last computed), GB 6441 category, state, occurred between local
 * dates, number or title text. Undefined when the region is unknown or outside the scope: nothing matches.
 */
export async function accidentWhere(db: Db | Tx, actor: Actor, filter: AccidentFilter): Promise<SQL | undefined> {
  const conditions: SQL[] = [eq(cases.type, 'accident'), scopeOf.cases(actor)];
  if (filter.regionCode) {
    const region = await findRegion(db, filter.regionCode);
    if (!region) return undefined;
    conditions.push(underPath(accidents.regionPath, region.path));
  }
  if (filter.sector) conditions.push(eq(accidents.sector, filter.sector));
  if (filter.grade) conditions.push(eq(cases.level, filter.grade));
  if (filter.categoryCode) conditions.push(eq(accidents.categoryCode, filter.categoryCode));
  if (filter.state) conditions.push(eq(cases.state, filter.state));
  if (filter.from) conditions.push(gte(accidents.occurredAt, startOfLocalDate(filter.from)));
  if (filter.to) conditions.push(lte(accidents.occurredAt, endOfLocalDate(filter.to)));
  if (filter.q) conditions.push(textMatch(filter.q.trim()));
  return and(...conditions);
}

/** The latest figures' deaths, for sorting by deaths. */
const latestDeaths = sql`(select v.deaths from ${accidentVersions} v where v.case_id = ${cases.id} order by v.seq desc limit 1)`;
/** What the list and the ledger sort by. */
export const ACCIDENT_SORTABLE = { occurredAt: accidents.occurredAt, number: cases.number, deaths: latestDeaths };

/** Rows with their versions and child cases, presented as of `asOf`. */
export async function presentRows(
  db: Db | Tx,
  rows: Awaited<ReturnType<typeof selectAccidents>>,
  asOf: Date,
  now: Date,
) {
  const ids = rows.map((r) => r.id);
  const [versions, children] = await Promise.all([versionsOf(db, ids), childrenOf(db, ids)]);
  return rows.map((row) => presentAccident(row, versions.get(row.id)!, children.get(row.id)!, asOf, now));
}

/** One page of accidents, latest first unless sorted, figures and grade as of now. */
export async function listAccidents(ctx: Ctx, query: TAccidentListQuery) {
  const { page: _p, pageSize: _s, sort: _o, ...filter } = query;
  const where = await accidentWhere(ctx.db, ctx.actor, filter);
  if (!where) return pageOf([], 0, query);
  const [rows, [total]] = await Promise.all([
    selectAccidents(ctx.db)
      .where(where)
      .orderBy(...orderOf(query.sort, ACCIDENT_SORTABLE as never, [desc(accidents.occurredAt), asc(cases.id)]))
      .limit(query.pageSize)
      .offset(offsetOf(query)),
    ctx.db.select({ n: count() }).from(cases).innerJoin(accidents, eq(accidents.caseId, cases.id)).where(where),
  ]);
  return pageOf(await presentRows(ctx.db, rows, ctx.now, ctx.now), total?.n ?? 0, query);
}
