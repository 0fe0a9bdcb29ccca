import { and, eq, type SQL } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client';
import { grids, regions } from '../regions/schema';

/** Grid columns with the name of the village it sits in. */
export const gridColumns = {
  code: grids.code,
  name: grids.name,
  villageCode: grids.villageCode,
  villageName: regions.name,
};

/** Loads grids joined to their village; callers add the scope condition. */
export const selectGrids = (db: Db | Tx) =>
  db.select(gridColumns).from(grids).innerJoin(regions, eq(regions.code, grids.villageCode));

export async function findGrid(db: Db | Tx, code: string, scope: SQL) {
  const [row] = await db
    .select()
    .from(grids)
    .where(and(eq(grids.code, code), scope));
  return row;
}
