import type { TDepartment } from '@redline/contracts';
import { and, asc, count, eq, ilike, type SQL } from 'drizzle-orm';
import type { Tx } from '../../db/client';
import { containsPattern } from '../../db/like';
import { isUniqueViolation } from '../../db/pg-errors';
import type { Ctx } from '../../http/context';
import { AppError, invalid, notFound, outOfScope } from '../../http/errors';
import { offsetOf, orderOf, pageOf } from '../../http/paging';
import { type AuditWho, appendAudit } from '../audit/append-audit';
import { whoOf } from '../audit/who';
import { findRegion } from '../regions/repo';
import { scopeOf, underPath } from '../scope/filters';
import { presentDepartment } from './present';
import { findDepartment, replaceDuties, selectDepartments, supervises, unknownSectorProblems } from './repo';
import { departments } from './schema';

type ListQuery = {
  page: number;
  pageSize: number;
  sort?: string;
  regionCode?: string;
  sectorCode?: string;
  q?: string;
};
type DepartmentInput = { name: string; regionCode: string; kind: TDepartment['kind']; sectorCodes: string[] };

export async function listDepartments(ctx: Ctx, query: ListQuery) {
  const conditions: SQL[] = [scopeOf.departments(ctx.actor)];
  if (query.q) conditions.push(ilike(departments.name, containsPattern(query.q)));
  if (query.sectorCode) conditions.push(supervises(query.sectorCode));
  if (query.regionCode) {
    // The anchor only narrows the list; the department scope above still decides what is visible.
    const anchor = await findRegion(ctx.db, query.regionCode);
    if (!anchor) return pageOf([], 0, query);
    conditions.push(underPath(departments.regionPath, anchor.path));
  }
  const where = and(...conditions);
  const sortable = { name: departments.name, regionCode: departments.regionCode };
  const fallback = [asc(departments.regionPath), asc(departments.name), asc(departments.id)];
  const [rows, [total]] = await Promise.all([
    selectDepartments(ctx.db)
      .where(where)
      .orderBy(...orderOf(query.sort, sortable, fallback))
      .limit(query.pageSize)
      .offset(offsetOf(query)),
    ctx.db.select({ n: count() }).from(departments).where(where),
  ]);
  return pageOf(rows.map(presentDepartment), total?.n ?? 0, query);
}

export async function getDepartment(ctx: Ctx, id: string) {
  const [row] = await selectDepartments(ctx.db).where(and(eq(departments.id, id), scopeOf.departments(ctx.actor)));
  if (!row) throw notFound();
  return presentDepartment(row);
}

const duplicateName = (error: unknown) =>
  isUniqueViolation(error) ? new AppError('CONFLICT.DUPLICATE', { field: '@field.name' }) : error;

/**
 * Inserts a department in a region and its duty set (三管三必须). `parentScope` is the regions scope the region must
 * lie in (403 otherwise); null means unscoped (factories, demo loader).
 */
export async function insertDepartment(tx: Tx, who: AuditWho, input: DepartmentInput, parentScope: SQL | null) {
  const region = await findRegion(tx, input.regionCode);
  const problems = await unknownSectorProblems(tx, input.sectorCodes);
  if (!region) problems.unshift({ path: 'regionCode', code: 'VALIDATION.UNKNOWN_REFERENCE' });
  if (problems.length) throw invalid(...problems);
  if (parentScope && !(await findRegion(tx, region!.code, parentScope))) throw outOfScope();
  const values = {
    name: input.name,
    regionCode: region!.code,
    regionPath: region!.path,
    kind: input.kind,
    createdAt: who.now,
    updatedAt: who.now,
  };
  const [row] = await tx
    .insert(departments)
    .values(values)
    .returning()
    .catch((error: unknown) => {
      throw duplicateName(error);
    });
  const after = { ...row!, sectorCodes: await replaceDuties(tx, row!.id, input.sectorCodes) };
  await appendAudit(tx, who, { action: 'department.create', entity: 'department', entityId: row!.id, after });
  return after;
}

export async function createDepartment(ctx: Ctx, input: DepartmentInput) {
  const row = await ctx.db.transaction((tx) => insertDepartment(tx, whoOf(ctx), input, scopeOf.regions(ctx.actor)));
  return getDepartment(ctx, row.id);
}

export async function updateDepartment(ctx: Ctx, id: string, patch: { name?: string; sectorCodes?: string[] }) {
  await ctx.db.transaction(async (tx) => {
    const before = await findDepartment(tx, id, scopeOf.departments(ctx.actor));
    if (!before) throw notFound();
    const problems = patch.sectorCodes ? await unknownSectorProblems(tx, patch.sectorCodes) : [];
    if (problems.length) throw invalid(...problems);
    const [row] = await tx
      .update(departments)
      .set({ ...(patch.name ? { name: patch.name } : {}), updatedAt: ctx.now })
      .where(eq(departments.id, id))
      .returning()
      .catch((error: unknown) => {
        throw duplicateName(error);
      });
    const sectorCodes = patch.sectorCodes ? await replaceDuties(tx, id, patch.sectorCodes) : before.sectorCodes;
    const after = { ...row!, sectorCodes };
    await appendAudit(tx, whoOf(ctx), {
      action: 'department.update',
      entity: 'department',
      entityId: id,
      before,
      after,
    });
  });
  return getDepartment(ctx, id);
}
