import type { ZPersonCreate, ZPersonUpdate } from '@redline/contracts';
import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { Tx } from '../../db/client';
import type { Ctx } from '../../http/context';
import { type FieldProblem, invalid, notFound } from '../../http/errors';
import { type AuditWho, appendAudit } from '../audit/append-audit';
import { whoOf } from '../audit/who';
import { findRegion } from '../regions/repo';
import type { Actor } from '../scope/actor';
import { assertPathInScope, scopeOf } from '../scope/filters';
import { getPerson } from './list';
import { findPerson, hasDepartment, hasEnterprise } from './repo';
import { people } from './schema';

export { insertPeopleBulk, type ValidatedPerson } from './bulk-insert';
export { getPerson, listPeople } from './list';

export type TPersonCreate = z.output<typeof ZPersonCreate>;
export type TPersonUpdate = z.output<typeof ZPersonUpdate>;

/**
 * Checks a person's references: the region exists (and, for an actor, lies in its scope: 403 otherwise), the
 * department and the enterprise exist and are visible to the actor. Returns the region's path.
 */
async function checkReferences(tx: Tx, input: TPersonCreate, actor: Actor | null) {
  const problems: FieldProblem[] = [];
  const region = await findRegion(tx, input.regionCode);
  if (!region) problems.push({ path: 'regionCode', code: 'VALIDATION.UNKNOWN_REFERENCE' });
  if (input.departmentId && !(await hasDepartment(tx, input.departmentId, actor && scopeOf.departments(actor)))) {
    problems.push({ path: 'departmentId', code: 'VALIDATION.UNKNOWN_REFERENCE' });
  }
  if (input.enterpriseId && !(await hasEnterprise(tx, input.enterpriseId, actor && scopeOf.enterprises(actor)))) {
    problems.push({ path: 'enterpriseId', code: 'VALIDATION.UNKNOWN_REFERENCE' });
  }
  if (problems.length || !region) throw invalid(...problems);
  if (actor) assertPathInScope(actor, region.path);
  return region.path;
}

const toValues = (input: TPersonCreate, regionPath: string) => ({
  name: input.name,
  mobile: input.mobile ?? null,
  title: input.title ?? null,
  regionCode: input.regionCode,
  regionPath,
  departmentId: input.departmentId ?? null,
  enterpriseId: input.enterpriseId ?? null,
});

/** Checks and inserts a person with its audit entry; `actor` null means unscoped (factories, demo loader). */
export async function insertPerson(tx: Tx, who: AuditWho, input: TPersonCreate, actor: Actor | null) {
  const regionPath = await checkReferences(tx, input, actor);
  const [row] = await tx
    .insert(people)
    .values({ ...toValues(input, regionPath), createdAt: who.now, updatedAt: who.now })
    .returning();
  await appendAudit(tx, who, { action: 'person.create', entity: 'person', entityId: row!.id, after: row });
  return row!;
}

export async function createPerson(ctx: Ctx, input: TPersonCreate) {
  const row = await ctx.db.transaction((tx) => insertPerson(tx, whoOf(ctx), input, ctx.actor));
  return getPerson(ctx, row.id);
}

export async function updatePerson(ctx: Ctx, id: string, patch: TPersonUpdate) {
  await ctx.db.transaction(async (tx) => {
    const before = await findPerson(tx, id, scopeOf.people(ctx.actor));
    if (!before) throw notFound();
    const merged = { ...before, ...patch } as TPersonCreate;
    const regionPath = await checkReferences(tx, merged, ctx.actor);
    const [after] = await tx
      .update(people)
      .set({ ...toValues(merged, regionPath), updatedAt: ctx.now })
      .where(eq(people.id, id))
      .returning();
    await appendAudit(tx, whoOf(ctx), { action: 'person.update', entity: 'person', entityId: id, before, after });
  });
  return getPerson(ctx, id);
}
