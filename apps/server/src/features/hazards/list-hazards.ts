import type { THazardListQuery } from '@redline/contracts';
import { asc, count, desc, type SQL } from 'drizzle-orm';
import type { Ctx } from '../../http/context';
import { offsetOf, orderOf, pageOf } from '../../http/paging';
import { cases } from '../cases/schema';
import { hazardWhere } from './filters';
import { presentHazard } from './present';
import { selectHazards } from './repo';

const SORTABLE = {
  createdAt: cases.createdAt,
  deadline: cases.deadline,
  number: cases.number,
  updatedAt: cases.updatedAt,
};

/** One page of the hazards matching `where` (which must include the scope), newest first unless sorted, and the total. */
export async function pageHazards(
  ctx: Ctx,
  where: SQL,
  query: { page: number; pageSize: number; sort?: string | undefined },
) {
  const [rows, [total]] = await Promise.all([
    selectHazards(ctx.db)
      .where(where)
      .orderBy(...orderOf(query.sort, SORTABLE, [desc(cases.createdAt), asc(cases.id)]))
      .limit(query.pageSize)
      .offset(offsetOf(query)),
    ctx.db.select({ n: count() }).from(cases).where(where),
  ]);
  return pageOf(
    rows.map((row) => presentHazard(row, ctx.now)),
    total?.n ?? 0,
    query,
  );
}

/** Hazards in scope, filtered (see hazardWhere). */
export async function listHazards(ctx: Ctx, query: THazardListQuery) {
  const where = await hazardWhere(ctx.db, ctx.actor, query, ctx.now);
  return where ? pageHazards(ctx, where, query) : pageOf([], 0, query);
}
