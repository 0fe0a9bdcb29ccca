import type { THazardListQuery } from '@redline/contracts';
import { asc, count, desc, type SQL } from 'drizzle-orm';
import type { Ctx } from '../../http/context';
import { offsetOf, orderOf, pageOf } from '../../http/paging';
import { cases } from '../cases/schema';
import { hazardWhere } from './filters';
import { presentHazard } from './present';
import { selectHazards } from './repo';
import { countFromRollup } from './rollup-count';

const SORTABLE = {
  createdAt: cases.createdAt,
  deadline: cases.deadline,
  number: cases.number,
  updatedAt: cases.updatedAt,
};

/**
 * One page of the hazards matching `where` (which must include the scope), newest first unless sorted, and the total:
 * from `counted` when it can tell (the per-region counters), else counted over the rows.
 */
export async function pageHazards(
  ctx: Ctx,
  where: SQL,
  query: { page: number; pageSize: number; sort?: string | undefined },
  counted?: () => Promise<number | undefined>,
) {
  const exact = () =>
    ctx.db
      .select({ n: count() })
      .from(cases)
      .where(where)
      .then(([row]) => row?.n ?? 0);
  const [rows, total] = await Promise.all([
    selectHazards(ctx.db)
      .where(where)
      .orderBy(...orderOf(query.sort, SORTABLE, [desc(cases.createdAt), asc(cases.id)]))
      .limit(query.pageSize)
      .offset(offsetOf(query)),
    counted ? counted().then((n) => n ?? exact()) : exact(),
  ]);
  return pageOf(
    rows.map((row) => presentHazard(row, ctx.now)),
    total,
    query,
  );
}

/** Hazards in scope, filtered (see hazardWhere). */
export async function listHazards(ctx: Ctx, query: THazardListQuery) {
  const where = await hazardWhere(ctx.db, ctx.actor, query, ctx.now);
  if (!where) return pageOf([], 0, query);
  const { page: _page, pageSize: _pageSize, sort: _sort, ...filter } = query;
  return pageHazards(ctx, where, query, () => countFromRollup(ctx.db, ctx.actor, filter));
}
