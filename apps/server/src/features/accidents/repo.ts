import { and, asc, eq, getTableColumns, inArray, type SQL } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client';
import { accounts } from '../accounts/schema';
import { cases } from '../cases/schema';
import { enterprises } from '../enterprises/schema';
import { regions } from '../regions/schema';
import type { Actor } from '../scope/actor';
import { scopeOf } from '../scope/filters';
import { accidents, accidentVersions } from './schema';

/** Accident rows: the case, its accident facts, region and enterprise names, on one join each. */
export const selectAccidents = (db: Db | Tx) =>
  db
    .select({
      ...getTableColumns(cases),
      occurredAt: accidents.occurredAt,
      learnedAt: accidents.learnedAt,
      sector: accidents.sector,
      categoryCode: accidents.categoryCode,
      industryCode: accidents.industryCode,
      regionName: regions.name,
      enterpriseName: enterprises.name,
      enterpriseUscc: enterprises.uscc,
    })
    .from(cases)
    .innerJoin(accidents, eq(accidents.caseId, cases.id))
    .innerJoin(regions, eq(regions.code, cases.regionCode))
    .leftJoin(enterprises, eq(enterprises.id, cases.enterpriseId));

export type AccidentRow = Awaited<ReturnType<ReturnType<typeof selectAccidents>['execute']>>[number];

/** One accident in the actor's scope, or undefined (out of scope is the same as absent). */
export async function findAccident(
  db: Db | Tx,
  actor: Actor,
  id: string,
  extra?: SQL,
): Promise<AccidentRow | undefined> {
  const conditions = [eq(cases.id, id), eq(cases.type, 'accident'), scopeOf.cases(actor), extra].filter(
    (c): c is SQL => c !== undefined,
  );
  const [row] = await selectAccidents(db).where(and(...conditions));
  return row;
}

export type VersionRow = typeof accidentVersions.$inferSelect & { actorName: string | null };

/** The casualty versions of these accidents, oldest first, with the reporting account's name. */
export async function versionsOf(db: Db | Tx, caseIds: string[]): Promise<Map<string, VersionRow[]>> {
  const result = new Map<string, VersionRow[]>(caseIds.map((id) => [id, []]));
  if (!caseIds.length) return result;
  const rows = await db
    .select({ ...getTableColumns(accidentVersions), actorName: accounts.displayName })
    .from(accidentVersions)
    .leftJoin(accounts, eq(accounts.id, accidentVersions.actorId))
    .where(inArray(accidentVersions.caseId, caseIds))
    .orderBy(asc(accidentVersions.caseId), asc(accidentVersions.seq));
  for (const row of rows) result.get(row.caseId)?.push(row);
  return result;
}

export type ChildRow = typeof cases.$inferSelect;

/** The report steps and the investigation of these accidents (their child cases), oldest first. */
export async function childrenOf(db: Db | Tx, caseIds: string[]): Promise<Map<string, ChildRow[]>> {
  const result = new Map<string, ChildRow[]>(caseIds.map((id) => [id, []]));
  if (!caseIds.length) return result;
  const rows = await db
    .select()
    .from(cases)
    .where(and(inArray(cases.parentId, caseIds), inArray(cases.type, ['accident_report', 'accident_investigation'])))
    .orderBy(asc(cases.createdAt), asc(cases.number));
  for (const row of rows) result.get(row.parentId!)?.push(row);
  return result;
}
