import { and, eq, inArray, type SQL, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client';
import type { FieldProblem } from '../../http/errors';
import { regions } from '../regions/schema';
import { sectors } from '../sectors/schema';
import { departmentSectors, departments } from './schema';

/** Department columns with its region's name and the codes of the sectors it supervises, in catalogue order. */
export const departmentColumns = {
  id: departments.id,
  name: departments.name,
  regionCode: departments.regionCode,
  regionName: regions.name,
  kind: departments.kind,
  sectorCodes: sql<string[]>`coalesce((select array_agg(ds.sector_code order by s.sort_order, s.code)
    from ${departmentSectors} ds join ${sectors} s on s.code = ds.sector_code
    where ds.department_id = ${departments.id}), '{}'::text[])`,
};

export const selectDepartments = (db: Db | Tx) =>
  db.select(departmentColumns).from(departments).innerJoin(regions, eq(regions.code, departments.regionCode));

/** Departments with a duty for the sector. */
export const supervises = (sectorCode: string): SQL =>
  sql`exists (select 1 from ${departmentSectors} ds where ds.department_id = ${departments.id} and ds.sector_code = ${sectorCode})`;

/** The stored department row and its sector codes, for writes and their audit entries. */
export async function findDepartment(db: Db | Tx, id: string, scope: SQL) {
  const [row] = await db
    .select()
    .from(departments)
    .where(and(eq(departments.id, id), scope));
  if (!row) return undefined;
  const duties = await db
    .select({ code: departmentSectors.sectorCode })
    .from(departmentSectors)
    .where(eq(departmentSectors.departmentId, id));
  return { ...row, sectorCodes: duties.map((d) => d.code).sort() };
}

/** One problem per position of `codes` that names no sector (`sectorCodes.<i>`). */
export async function unknownSectorProblems(db: Db | Tx, codes: string[]): Promise<FieldProblem[]> {
  if (!codes.length) return [];
  const known = await db.select({ code: sectors.code }).from(sectors).where(inArray(sectors.code, codes));
  const have = new Set(known.map((k) => k.code));
  return codes.flatMap((code, i) =>
    have.has(code) ? [] : [{ path: `sectorCodes.${i}`, code: 'VALIDATION.UNKNOWN_REFERENCE' }],
  );
}

/** Replaces the department's duty set with `codes` (already checked). */
export async function replaceDuties(tx: Tx, departmentId: string, codes: string[]) {
  await tx.delete(departmentSectors).where(eq(departmentSectors.departmentId, departmentId));
  const unique = [...new Set(codes)];
  if (unique.length) {
    await tx.insert(departmentSectors).values(unique.map((sectorCode) => ({ departmentId, sectorCode })));
  }
  return unique.sort();
}
