import type { THazardListQuery } from '@redline/contracts';
import { asc, count, desc } from 'drizzle-orm';
import type { Ctx } from '../../http/context';
import { offsetOf, orderOf, pageOf } from '../../http/paging';
import { cases } from '../cases/schema';
import { hazardWhere } from './filters';
import { presentHazard } from './present';
import { selectHazards } from './repo';

/** Hazards in scope, filtered (see hazardWhere), newest first unless sorted otherwise; page and total. */
export async function listHazards(ctx: Ctx, query: THazardListQuery) {
  const where = await hazardWhere(ctx.db, ctx.actor, query, ctx.now);
  if (!where) return pageOf([], 0, query);
  const sortable = {
    createdAt: cases.createdAt,
    deadline: cases.deadline,
    number: cases.number,
    updatedAt: cases.updatedAt,
  };
  const [rows, [total]] = await Promise.all([
    selectHazards(ctx.db)
      .where(where)
      .orderBy(...orderOf(query.sort, sortable, [desc(cases.createdAt), asc(cases.id)]))
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
