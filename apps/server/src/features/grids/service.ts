import type { TGrid } from '@redline/contracts';
import { and, asc, count, eq, ilike, like, or, type SQL } from 'drizzle-orm';
import type { Tx } from '../../db/client';
import { containsPattern, prefixPattern } from '../../db/like';
import { isUniqueViolation } from '../../db/pg-errors';
import type { Ctx } from '../../http/context';
import { AppError, invalid, notFound, outOfScope } from '../../http/errors';
import { offsetOf, orderOf, pageOf } from '../../http/paging';
import { type AuditWho, appendAudit } from '../audit/append-audit';
import { whoOf } from '../audit/who';
import { presentGrid } from '../regions/present';
import { findRegion } from '../regions/repo';
import { grids } from '../regions/schema';
import { scopeOf, underPath } from '../scope/filters';
import { findGrid, selectGrids } from './repo';

type ListQuery = { page: number; pageSize: number; sort?: string; regionCode?: string; q?: string };

export async function listGrids(ctx: Ctx, query: ListQuery) {
  const conditions: SQL[] = [scopeOf.grids(ctx.actor)];
  if (query.q)
    conditions.push(or(ilike(grids.name, containsPattern(query.q)), like(grids.code, prefixPattern(query.q)))!);
  if (query.regionCode) {
    // The anchor only narrows the list; the grid scope above still decides what is visible.
    const anchor = await findRegion(ctx.db, query.regionCode);
    if (!anchor) return pageOf([], 0, query);
    conditions.push(underPath(grids.regionPath, anchor.path));
  }
  const where = and(...conditions);
  const [rows, [total]] = await Promise.all([
    selectGrids(ctx.db)
      .where(where)
      .orderBy(...orderOf(query.sort, { code: grids.code, name: grids.name }, [asc(grids.code)]))
      .limit(query.pageSize)
      .offset(offsetOf(query)),
    ctx.db.select({ n: count() }).from(grids).where(where),
  ]);
  return pageOf(rows.map(presentGrid), total?.n ?? 0, query);
}

export async function getGrid(ctx: Ctx, code: string): Promise<TGrid> {
  const [row] = await selectGrids(ctx.db).where(and(eq(grids.code, code), scopeOf.grids(ctx.actor)));
  if (!row) throw notFound();
  return presentGrid(row);
}

/**
 * Inserts a grid into a village-level region. `parentScope` is the regions scope the village must lie in (403
 * otherwise); null means unscoped (factories, demo loader).
 */
export async function insertGrid(
  tx: Tx,
  who: AuditWho,
  input: { code: string; name: string; villageCode: string },
  parentScope: SQL | null,
) {
  const village = await findRegion(tx, input.villageCode);
  if (!village) throw invalid({ path: 'villageCode', code: 'VALIDATION.UNKNOWN_REFERENCE' });
  if (village.level !== 'village') throw invalid({ path: 'villageCode', code: 'GRID.NOT_IN_VILLAGE' });
  if (parentScope && !(await findRegion(tx, village.code, parentScope))) throw outOfScope();
  const row = {
    code: input.code,
    name: input.name,
    villageCode: village.code,
    regionPath: village.path,
    createdAt: who.now,
    updatedAt: who.now,
  };
  try {
    await tx.insert(grids).values(row);
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError('CONFLICT.DUPLICATE', { field: '@field.code' });
    throw error;
  }
  await appendAudit(tx, who, { action: 'grid.create', entity: 'grid', entityId: row.code, after: row });
  return row;
}

export async function createGrid(ctx: Ctx, input: { code: string; name: string; villageCode: string }) {
  await ctx.db.transaction((tx) => insertGrid(tx, whoOf(ctx), input, scopeOf.regions(ctx.actor)));
  return getGrid(ctx, input.code);
}

export async function updateGrid(ctx: Ctx, code: string, patch: { name: string }) {
  await ctx.db.transaction(async (tx) => {
    const before = await findGrid(tx, code, scopeOf.grids(ctx.actor));
    if (!before) throw notFound();
    const [after] = await tx
      .update(grids)
      .set({ name: patch.name, updatedAt: ctx.now })
      .where(eq(grids.code, code))
      .returning();
    await appendAudit(tx, whoOf(ctx), { action: 'grid.update', entity: 'grid', entityId: code, before, after });
  });
  return getGrid(ctx, code);
}
