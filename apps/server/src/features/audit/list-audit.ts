import type { TAuditEntry } from '@redline/contracts';
import { and, asc, count, desc, eq, isNull, or, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client';
import type { Ctx } from '../../http/context';
import { offsetOf, pageOf } from '../../http/paging';
import { accounts } from '../accounts/schema';
import { regions } from '../regions/schema';
import type { Actor } from '../scope/actor';
import { scopeOf } from '../scope/filters';
import { auditLog } from './schema';

type ListQuery = {
  page: number;
  pageSize: number;
  sort?: string;
  entity?: string;
  entityId?: string;
  actorId?: string;
};

/** True for an admin whose scope is a whole region tree (a region without a parent): the platform's top admins. */
export async function isRootAdmin(db: Db, actor: Actor): Promise<boolean> {
  if (actor.scope.kind !== 'region' || actor.scope.sectorCodes.length) return false;
  const [region] = await db
    .select({ parentCode: regions.parentCode })
    .from(regions)
    .where(eq(regions.code, actor.scope.regionCode));
  return region !== undefined && region.parentCode === null;
}

/**
 * Entries made by accounts inside the admin's scope (joined on the actor's account); entries without an actor
 * (system jobs, setup) only for root admins.
 */
async function auditScope(ctx: Ctx): Promise<SQL> {
  const byActors = scopeOf.accounts(ctx.actor);
  return (await isRootAdmin(ctx.db, ctx.actor)) ? or(byActors, isNull(auditLog.actorId))! : byActors;
}

const present = (r: typeof auditLog.$inferSelect & { actorName: string | null }): TAuditEntry => ({
  id: String(r.id),
  at: r.at.toISOString(),
  actorId: r.actorId,
  actorName: r.actorName,
  action: r.action,
  entity: r.entity,
  entityId: r.entityId,
  diff: r.diff,
  requestId: r.requestId,
});

export async function listAudit(ctx: Ctx, query: ListQuery) {
  const conditions: SQL[] = [await auditScope(ctx)];
  if (query.entity) conditions.push(eq(auditLog.entity, query.entity));
  if (query.entityId) conditions.push(eq(auditLog.entityId, query.entityId));
  if (query.actorId) conditions.push(eq(auditLog.actorId, query.actorId));
  const where = and(...conditions);
  const order = query.sort === 'at' ? [asc(auditLog.at), asc(auditLog.id)] : [desc(auditLog.at), desc(auditLog.id)];
  const [rows, [total]] = await Promise.all([
    ctx.db
      .select({ entry: auditLog, actorName: accounts.displayName })
      .from(auditLog)
      .leftJoin(accounts, eq(accounts.id, auditLog.actorId))
      .where(where)
      .orderBy(...order)
      .limit(query.pageSize)
      .offset(offsetOf(query)),
    ctx.db.select({ n: count() }).from(auditLog).leftJoin(accounts, eq(accounts.id, auditLog.actorId)).where(where),
  ]);
  return pageOf(
    rows.map((r) => present({ ...r.entry, actorName: r.actorName })),
    total?.n ?? 0,
    query,
  );
}
