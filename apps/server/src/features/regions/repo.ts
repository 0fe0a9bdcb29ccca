import { and, eq, type SQL, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client';
import { grids, regions } from './schema';

// Drizzle leaves columns unqualified in a one-table select; inside the subqueries the outer row must be named.
const outerCode = sql.raw('"regions"."code"');

/** Region columns plus child and grid counts (index lookups on parent_code and village_code). */
export const regionColumns = {
  code: regions.code,
  name: regions.name,
  level: regions.level,
  parentCode: regions.parentCode,
  isDevelopmentZone: regions.isDevelopmentZone,
  childCount: sql<number>`(select count(*)::int from ${regions} c where c.parent_code = ${outerCode})`,
  gridCount: sql<number>`(select count(*)::int from ${grids} g where g.village_code = ${outerCode})`,
};

export async function findRegion(db: Db | Tx, code: string, scope?: SQL) {
  const [row] = await db
    .select()
    .from(regions)
    .where(scope ? and(eq(regions.code, code), scope) : eq(regions.code, code));
  return row;
}
