import { and, eq, getTableColumns, type SQL } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client';
import { departments } from '../departments/schema';
import { enterprises } from '../enterprises/schema';
import { regions } from '../regions/schema';
import { people } from './schema';

/** Person columns with the name of the person's region. */
export const personColumns = { ...getTableColumns(people), regionName: regions.name };

/** Loads people joined to their region; callers add the scope condition. */
export const selectPeople = (db: Db | Tx) =>
  db.select(personColumns).from(people).innerJoin(regions, eq(regions.code, people.regionCode));

export async function findPerson(db: Db | Tx, id: string, scope: SQL) {
  const [row] = await db
    .select()
    .from(people)
    .where(and(eq(people.id, id), scope));
  return row;
}

/** Whether the department exists (inside `scope`, when given). */
export async function hasDepartment(db: Db | Tx, id: string, scope: SQL | null) {
  const where = scope ? and(eq(departments.id, id), scope) : eq(departments.id, id);
  return (await db.select({ id: departments.id }).from(departments).where(where)).length > 0;
}

/** Whether the enterprise exists (inside `scope`, when given). */
export async function hasEnterprise(db: Db | Tx, id: string, scope: SQL | null) {
  const where = scope ? and(eq(enterprises.id, id), scope) : eq(enterprises.id, id);
  return (await db.select({ id: enterprises.id }).from(enterprises).where(where)).length > 0;
}
