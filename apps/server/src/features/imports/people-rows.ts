import { ZPersonCreate } from '@redline/contracts';
import { isWithinPath } from '@redline/domain';
import { and, sql } from 'drizzle-orm';
import type { Tx } from '../../db/client';
import type { FieldProblem } from '../../http/errors';
import { departments } from '../departments/schema';
import { findRegionRefs } from '../enterprises/repo';
import { enterprises } from '../enterprises/schema';
import type { ValidatedPerson } from '../people/bulk-insert';
import type { Actor } from '../scope/actor';
import { assertPathInScope, scopeOf } from '../scope/filters';
import { addProblems, type CheckedRows, type ImportRecord, type InvalidRow, inChunks, parseRow, textOf } from './rows';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const inScope = (actor: Actor | null, path: string) => {
  if (!actor) return true;
  try {
    assertPathInScope(actor, path);
    return true;
  } catch {
    return false;
  }
};

type Department = { id: string; name: string; regionPath: string };

/** A department by id, or by name: the one nearest up the person's region path (names are unique per region). */
function findDepartment(list: Department[], text: string, regionPath: string) {
  if (UUID.test(text)) return list.find((d) => d.id === text.toLowerCase());
  return list
    .filter((d) => d.name === text && isWithinPath(regionPath, d.regionPath))
    .sort((a, b) => b.regionPath.length - a.regionPath.length)[0];
}

/** Validates people rows as POST /people does; departments and enterprises must be visible to the actor. */
export async function checkPeopleRows(
  tx: Tx,
  records: ImportRecord[],
  actor: Actor | null,
): Promise<CheckedRows<ValidatedPerson>> {
  const depts = await tx
    .select({ id: departments.id, name: departments.name, regionPath: departments.regionPath })
    .from(departments)
    .where(actor ? scopeOf.departments(actor) : undefined);
  const distinct = (key: string, map = (v: string) => v) => [
    ...new Set(
      records
        .map((r) => r.record[key])
        .filter((v): v is string => !!v)
        .map(map),
    ),
  ];
  const regions = new Map(
    (await inChunks(distinct('regionCode'), 5000, async (c) => [...(await findRegionRefs(tx, c)).values()])).map(
      (r) => [r.code, r],
    ),
  );
  const firms = new Map(
    (
      await inChunks(
        distinct('enterpriseUscc', (v) => v.toUpperCase()),
        5000,
        (codes) => {
          const match = sql`${enterprises.uscc} = any(${sql.param(codes)}::text[])`;
          const where = actor ? and(scopeOf.enterprises(actor), match) : match;
          return tx.select({ id: enterprises.id, uscc: enterprises.uscc }).from(enterprises).where(where);
        },
      )
    ).map((e) => [e.uscc, e.id]),
  );
  const valid: ValidatedPerson[] = [];
  const invalid: InvalidRow[] = [];
  for (const r of records) {
    const cells = r.record;
    const candidate = {
      name: textOf(cells, 'name'),
      mobile: textOf(cells, 'mobile'),
      title: textOf(cells, 'title'),
      regionCode: textOf(cells, 'regionCode'),
    };
    const { data, problems } = parseRow(ZPersonCreate, candidate);
    const more: FieldProblem[] = [];
    const region = candidate.regionCode ? regions.get(candidate.regionCode) : undefined;
    if (candidate.regionCode && !region) more.push({ path: 'regionCode', code: 'VALIDATION.UNKNOWN_REFERENCE' });
    if (region && !inScope(actor, region.path)) more.push({ path: 'regionCode', code: 'SCOPE.OUT_OF_SCOPE' });
    const department = cells.department && region ? findDepartment(depts, cells.department, region.path) : undefined;
    if (cells.department && region && !department)
      more.push({ path: 'departmentId', code: 'VALIDATION.UNKNOWN_REFERENCE' });
    const enterpriseId = cells.enterpriseUscc ? firms.get(cells.enterpriseUscc.toUpperCase()) : undefined;
    if (cells.enterpriseUscc && !enterpriseId)
      more.push({ path: 'enterpriseId', code: 'VALIDATION.UNKNOWN_REFERENCE' });
    addProblems(problems, more);
    if (problems.length || !data || !region) {
      invalid.push({ ...r, problems });
      continue;
    }
    valid.push({
      name: data.name,
      mobile: data.mobile ?? null,
      title: data.title ?? null,
      regionCode: data.regionCode,
      regionPath: region.path,
      departmentId: department?.id ?? null,
      enterpriseId: enterpriseId ?? null,
    });
  }
  return { valid, invalid };
}
