import { asc, eq } from 'drizzle-orm';
import { isUniqueViolation } from '../../db/pg-errors';
import type { Ctx } from '../../http/context';
import { AppError, notFound } from '../../http/errors';
import { leaderAssignments } from '../accounts/schema';
import { appendAudit } from '../audit/append-audit';
import { whoOf } from '../audit/who';
import { scopeOf } from '../scope/filters';
import { checkAssignmentTarget } from './check-target';
import { presentAssignment } from './present';
import { type AssignmentRow, refNamesOf, selectAssignments } from './repo';

type AssignmentInput = {
  accountId: string;
  kind: AssignmentRow['kind'];
  ref: string;
  relation: AssignmentRow['relation'];
};

/** Leaders' 分管 and 包联 for the accounts the caller sees, optionally of one account. */
export async function listLeaderAssignments(ctx: Ctx, query: { accountId?: string }) {
  const rows = (
    await selectAssignments(
      ctx.db,
      scopeOf.accounts(ctx.actor),
      query.accountId ? eq(leaderAssignments.accountId, query.accountId) : undefined,
    ).orderBy(
      asc(leaderAssignments.accountId),
      asc(leaderAssignments.kind),
      asc(leaderAssignments.relation),
      asc(leaderAssignments.createdAt),
      asc(leaderAssignments.id),
    )
  ).map((r) => r.assignment);
  const names = await refNamesOf(ctx.db, rows, ctx.locale);
  return rows.map((row) => presentAssignment(row, names));
}

export async function createLeaderAssignment(ctx: Ctx, input: AssignmentInput) {
  const row = await ctx.db.transaction(async (tx) => {
    await checkAssignmentTarget(tx, ctx.actor, input);
    let inserted: AssignmentRow | undefined;
    try {
      [inserted] = await tx
        .insert(leaderAssignments)
        .values({ ...input, createdAt: ctx.now })
        .returning();
    } catch (error) {
      if (isUniqueViolation(error)) throw new AppError('CONFLICT.DUPLICATE', { field: '@field.ref' });
      throw error;
    }
    const after = inserted!;
    await appendAudit(tx, whoOf(ctx), {
      action: 'leader_assignment.create',
      entity: 'leader_assignment',
      entityId: after.id,
      after,
    });
    return after;
  });
  return presentAssignment(row, await refNamesOf(ctx.db, [row], ctx.locale));
}

export async function deleteLeaderAssignment(ctx: Ctx, id: string) {
  await ctx.db.transaction(async (tx) => {
    const [found] = await selectAssignments(tx, scopeOf.accounts(ctx.actor), eq(leaderAssignments.id, id));
    if (!found) throw notFound();
    await tx.delete(leaderAssignments).where(eq(leaderAssignments.id, id));
    await appendAudit(tx, whoOf(ctx), {
      action: 'leader_assignment.delete',
      entity: 'leader_assignment',
      entityId: id,
      before: found.assignment,
    });
  });
}
