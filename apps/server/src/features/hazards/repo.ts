import { and, eq, getTableColumns, type SQL } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client';
import { cases } from '../cases/schema';
import { enterprises } from '../enterprises/schema';
import { regions } from '../regions/schema';
import type { Actor } from '../scope/actor';
import { scopeOf } from '../scope/filters';
import type { HazardRow } from './present';

/** Hazard rows with the names the API shows (region, enterprise), on one join each. */
export const selectHazards = (db: Db | Tx) =>
  db
    .select({
      ...getTableColumns(cases),
      regionName: regions.name,
      enterpriseName: enterprises.name,
      enterpriseUscc: enterprises.uscc,
    })
    .from(cases)
    .innerJoin(regions, eq(regions.code, cases.regionCode))
    .leftJoin(enterprises, eq(enterprises.id, cases.enterpriseId));

/** One hazard in the actor's scope, or undefined (out of scope is the same as absent). */
export async function findHazard(db: Db | Tx, actor: Actor, id: string, extra?: SQL): Promise<HazardRow | undefined> {
  const conditions = [eq(cases.id, id), eq(cases.type, 'hazard'), scopeOf.cases(actor), extra].filter(
    (c): c is SQL => c !== undefined,
  );
  const [row] = await selectHazards(db).where(and(...conditions));
  return row;
}
