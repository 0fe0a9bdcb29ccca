import type { TEnterpriseCreate, TEnterpriseUpdate } from '@redline/contracts';
import { validateUscc } from '@redline/domain';
import { eq } from 'drizzle-orm';
import type { Tx } from '../../db/client';
import { isUniqueViolation } from '../../db/pg-errors';
import type { Ctx } from '../../http/context';
import { AppError, fromDomain, invalid, notFound, outOfScope } from '../../http/errors';
import { type AuditWho, appendAudit } from '../audit/append-audit';
import { whoOf } from '../audit/who';
import type { Actor } from '../scope/actor';
import { scopeOf } from '../scope/filters';
import { getEnterprise } from './list';
import { checkEnterprisePlace, isEnterpriseInScope } from './place';
import { findEnterprise, loadPlaceLookup } from './repo';
import { enterprises } from './schema';
import { toEnterpriseValues } from './values';

export { insertEnterprisesBulk } from './bulk-insert';
export { getEnterprise, listEnterprises } from './list';
export type { ValidatedEnterprise } from './values';

const duplicateUscc = () => new AppError('CONFLICT.DUPLICATE', { field: '@field.uscc' }, [], { field: 'uscc' });

/** Checks the references of an enterprise's place and, for an actor, that it stays in the actor's scope (403). */
async function checkPlace(tx: Tx, input: TEnterpriseCreate, actor: Actor | null) {
  const place = { regionCode: input.regionCode, gridCode: input.gridCode ?? null, sectorCodes: input.sectorCodes };
  const { problems, region } = checkEnterprisePlace(place, await loadPlaceLookup(tx, place));
  if (problems.length || !region) throw invalid(...problems);
  if (actor && !isEnterpriseInScope(actor, { ...place, regionPath: region.path })) throw outOfScope();
  return region;
}

/**
 * Checks a new enterprise (credit code per GB 32100, region, grid inside the region, sectors) and inserts it with its
 * audit entry. `actor` null means unscoped (test factories, demo loader); otherwise it must stay in the actor's scope.
 */
export async function insertEnterprise(tx: Tx, who: AuditWho, input: TEnterpriseCreate, actor: Actor | null) {
  const uscc = validateUscc(input.uscc);
  if (!uscc.ok) throw invalid(fromDomain('uscc', uscc.error));
  const region = await checkPlace(tx, input, actor);
  const values = { ...toEnterpriseValues(input, uscc.value, region.path), createdAt: who.now, updatedAt: who.now };
  let row: typeof enterprises.$inferSelect | undefined;
  try {
    [row] = await tx.insert(enterprises).values(values).returning();
  } catch (error) {
    if (isUniqueViolation(error)) throw duplicateUscc();
    throw error;
  }
  await appendAudit(tx, who, { action: 'enterprise.create', entity: 'enterprise', entityId: row!.id, after: row });
  return row!;
}

export async function createEnterprise(ctx: Ctx, input: TEnterpriseCreate) {
  const row = await ctx.db.transaction((tx) => insertEnterprise(tx, whoOf(ctx), input, ctx.actor));
  return getEnterprise(ctx, row.id);
}

/** Changes the given fields; the credit code never changes. The result must stay in the actor's scope. */
export async function updateEnterprise(ctx: Ctx, id: string, patch: TEnterpriseUpdate) {
  await ctx.db.transaction(async (tx) => {
    const before = await findEnterprise(tx, id, scopeOf.enterprises(ctx.actor));
    if (!before) throw notFound();
    const merged = { ...before, ...patch } as TEnterpriseCreate;
    const region = await checkPlace(tx, merged, ctx.actor);
    const values = toEnterpriseValues(merged, before.uscc, region.path);
    const [after] = await tx
      .update(enterprises)
      .set({ ...values, updatedAt: ctx.now })
      .where(eq(enterprises.id, id))
      .returning();
    await appendAudit(tx, whoOf(ctx), {
      action: 'enterprise.update',
      entity: 'enterprise',
      entityId: id,
      before,
      after,
    });
  });
  return getEnterprise(ctx, id);
}
