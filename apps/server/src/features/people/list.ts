import { and, asc, count, eq, ilike, like, or, type SQL } from 'drizzle-orm';
import { containsPattern, prefixPattern } from '../../db/like';
import type { Ctx } from '../../http/context';
import { notFound } from '../../http/errors';
import { offsetOf, orderOf, pageOf } from '../../http/paging';
import { findRegion } from '../regions/repo';
import { scopeOf, underPath } from '../scope/filters';
import { presentPerson } from './present';
import { selectPeople } from './repo';
import { people } from './schema';

type ListQuery = { page: number; pageSize: number; sort?: string; regionCode?: string; q?: string };

/** People in scope; `regionCode` narrows to a subtree (LIKE prefix on region_path), `q` matches name or mobile prefix. */
export async function listPeople(ctx: Ctx, query: ListQuery) {
  const conditions: SQL[] = [scopeOf.people(ctx.actor)];
  if (query.regionCode) {
    const anchor = await findRegion(ctx.db, query.regionCode);
    if (!anchor) return pageOf([], 0, query);
    conditions.push(underPath(people.regionPath, anchor.path));
  }
  if (query.q) {
    const q = query.q;
    conditions.push(or(ilike(people.name, containsPattern(q)), like(people.mobile, prefixPattern(q)))!);
  }
  const where = and(...conditions);
  const [rows, [total]] = await Promise.all([
    selectPeople(ctx.db)
      .where(where)
      .orderBy(...orderOf(query.sort, { name: people.name, mobile: people.mobile }, [asc(people.name), asc(people.id)]))
      .limit(query.pageSize)
      .offset(offsetOf(query)),
    ctx.db.select({ n: count() }).from(people).where(where),
  ]);
  return pageOf(rows.map(presentPerson), total?.n ?? 0, query);
}

export async function getPerson(ctx: Ctx, id: string) {
  const [row] = await selectPeople(ctx.db).where(and(eq(people.id, id), scopeOf.people(ctx.actor)));
  if (!row) throw notFound();
  return presentPerson(row);
}
