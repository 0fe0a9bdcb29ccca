import type { TRegionCreate, TRegionLevel } from '@redline/contracts';
import { buildRegionPath, validateRegionCode, validateRegionParent } from '@redline/domain';
import { and, asc, count, eq, ilike, like, or, type SQL } from 'drizzle-orm';
import type { Tx } from '../../db/client';
import { containsPattern, prefixPattern } from '../../db/like';
import { isUniqueViolation } from '../../db/pg-errors';
import type { Ctx } from '../../http/context';
import { AppError, fromDomain, invalid, notFound, outOfScope } from '../../http/errors';
import { offsetOf, orderOf, pageOf } from '../../http/paging';
import { type AuditWho, appendAudit } from '../audit/append-audit';
import { whoOf } from '../audit/who';
import { scopeOf, underPath } from '../scope/filters';
import { presentRegion } from './present';
import { findRegion, regionColumns } from './repo';
import { regions } from './schema';

type ListQuery = {
  page: number;
  pageSize: number;
  sort?: string;
  parentCode?: string;
  under?: string;
  level?: TRegionLevel;
  q?: string;
  roots?: boolean;
};

export async function listRegions(ctx: Ctx, query: ListQuery) {
  const conditions: SQL[] = [scopeOf.regions(ctx.actor)];
  if (query.roots) conditions.push(scopeOf.regionRoots(ctx.actor));
  if (query.parentCode) conditions.push(eq(regions.parentCode, query.parentCode));
  if (query.level) conditions.push(eq(regions.level, query.level));
  if (query.q)
    conditions.push(or(ilike(regions.name, containsPattern(query.q)), like(regions.code, prefixPattern(query.q)))!);
  if (query.under) {
    const anchor = await findRegion(ctx.db, query.under, scopeOf.regions(ctx.actor));
    if (!anchor) return pageOf([], 0, query);
    conditions.push(underPath(regions.path, anchor.path));
  }
  const where = and(...conditions);
  const [rows, [total]] = await Promise.all([
    ctx.db
      .select(regionColumns)
      .from(regions)
      .where(where)
      .orderBy(...orderOf(query.sort, { code: regions.code, name: regions.name }, [asc(regions.code)]))
      .limit(query.pageSize)
      .offset(offsetOf(query)),
    ctx.db.select({ n: count() }).from(regions).where(where),
  ]);
  return pageOf(rows.map(presentRegion), total?.n ?? 0, query);
}

export async function getRegion(ctx: Ctx, code: string) {
  const [row] = await ctx.db
    .select(regionColumns)
    .from(regions)
    .where(and(eq(regions.code, code), scopeOf.regions(ctx.actor)));
  if (!row) throw notFound();
  return presentRegion(row);
}

/** Checks a new region against the code rules (GB/T 2260, statistical codes) and its parent, then inserts it. */
export async function insertRegion(tx: Tx, who: AuditWho, input: TRegionCreate, parentScope: SQL | null) {
  const code = validateRegionCode(input.code, input.level);
  if (!code.ok) throw invalid(fromDomain('code', code.error));
  let parentPath: string | null = null;
  if (input.parentCode) {
    const parent = await findRegion(tx, input.parentCode, parentScope ?? undefined);
    if (!parent) throw invalid({ path: 'parentCode', code: 'VALIDATION.UNKNOWN_REFERENCE' });
    const rule = validateRegionParent({ code: code.value, level: input.level }, parent);
    if (!rule.ok) throw invalid(fromDomain('code', rule.error));
    parentPath = parent.path;
  } else if (input.level !== 'province') {
    throw invalid({ path: 'parentCode', code: 'VALIDATION.REQUIRED' });
  }
  const row = {
    code: code.value,
    name: input.name,
    level: input.level,
    parentCode: input.parentCode ?? null,
    path: buildRegionPath(parentPath, code.value),
    isDevelopmentZone: input.isDevelopmentZone ?? false,
    createdAt: who.now,
    updatedAt: who.now,
  };
  try {
    await tx.insert(regions).values(row);
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError('CONFLICT.DUPLICATE', { field: '@field.code' });
    throw error;
  }
  await appendAudit(tx, who, { action: 'region.create', entity: 'region', entityId: row.code, after: row });
  return row;
}

export async function createRegion(ctx: Ctx, input: TRegionCreate) {
  if (!input.parentCode) throw outOfScope();
  await ctx.db.transaction((tx) => insertRegion(tx, whoOf(ctx), input, scopeOf.regions(ctx.actor)));
  return getRegion(ctx, input.code);
}

export async function updateRegion(ctx: Ctx, code: string, patch: { name?: string; isDevelopmentZone?: boolean }) {
  await ctx.db.transaction(async (tx) => {
    const before = await findRegion(tx, code, scopeOf.regions(ctx.actor));
    if (!before) throw notFound();
    const [after] = await tx
      .update(regions)
      .set({ ...patch, updatedAt: ctx.now })
      .where(eq(regions.code, code))
      .returning();
    await appendAudit(tx, whoOf(ctx), { action: 'region.update', entity: 'region', entityId: code, before, after });
  });
  return getRegion(ctx, code);
}
