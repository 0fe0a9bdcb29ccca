import type { TRiskComment, TRiskCommentInput } from '@redline/contracts';
import { and, desc, eq, isNull } from 'drizzle-orm';
import type { Ctx } from '../../http/context';
import { invalid } from '../../http/errors';
import { accounts } from '../accounts/schema';
import { appendAudit } from '../audit/append-audit';
import { whoOf } from '../audit/who';
import { notifyMany } from '../notifications/notify';
import { registerEnterprise } from './repo';
import { riskComments, riskUnits } from './schema';

/**
 * Who may comment on a register: the enterprise's own accounts and the supervising side (departments, the safety
 * office, town officers, leaders, administrators) whose scope holds the enterprise. Grid workers and experts read.
 */
export const RISK_COMMENTERS = [
  'enterprise_user',
  'inspector',
  'safety_office',
  'town_officer',
  'leader',
  'admin',
] as const;

/** The newest comments shown with a register. */
const LIST_LIMIT = 200;

/** The comments on an enterprise's register, newest first, with their author and unit (anyone in scope reads). */
export async function listComments(ctx: Ctx, enterpriseId: string): Promise<TRiskComment[]> {
  const enterprise = await registerEnterprise(ctx.db, ctx.actor, enterpriseId);
  const rows = await ctx.db
    .select({
      comment: riskComments,
      authorName: accounts.displayName,
      authorScope: accounts.scopeKind,
      unitName: riskUnits.name,
    })
    .from(riskComments)
    .innerJoin(accounts, eq(accounts.id, riskComments.authorId))
    .leftJoin(riskUnits, eq(riskUnits.id, riskComments.unitId))
    .where(eq(riskComments.enterpriseId, enterprise.id))
    .orderBy(desc(riskComments.createdAt), desc(riskComments.id))
    .limit(LIST_LIMIT);
  return rows.map(({ comment, authorName, authorScope, unitName }) => ({
    id: comment.id,
    body: comment.body,
    unit: comment.unitId ? { id: comment.unitId, name: unitName ?? '' } : null,
    author: { id: comment.authorId, name: authorName },
    authorKind: authorScope === 'enterprise' ? 'enterprise' : 'department',
    createdAt: comment.createdAt.toISOString(),
  }));
}

/**
 * Adds a comment (on the register, or on one of its units still in it). When the supervising side comments, the
 * enterprise's active accounts are notified in the same transaction (in-app, and by email when SMTP is configured).
 */
export async function addComment(ctx: Ctx, enterpriseId: string, input: TRiskCommentInput) {
  return ctx.db.transaction(async (tx) => {
    const enterprise = await registerEnterprise(tx, ctx.actor, enterpriseId);
    if (input.unitId) {
      const [unit] = await tx
        .select({ id: riskUnits.id })
        .from(riskUnits)
        .where(
          and(eq(riskUnits.id, input.unitId), eq(riskUnits.enterpriseId, enterprise.id), isNull(riskUnits.archivedAt)),
        );
      if (!unit) throw invalid({ path: 'unitId', code: 'VALIDATION.UNKNOWN_REFERENCE' });
    }
    const who = whoOf(ctx);
    const [row] = await tx
      .insert(riskComments)
      .values({
        enterpriseId: enterprise.id,
        regionPath: enterprise.regionPath,
        unitId: input.unitId ?? null,
        authorId: ctx.actor.accountId,
        body: input.body,
        createdAt: who.now,
      })
      .returning();
    await appendAudit(tx, who, {
      action: 'risk_comment.create',
      entity: 'risk_comment',
      entityId: row!.id,
      after: row,
    });
    if (ctx.actor.scope.kind !== 'enterprise') {
      const readers = await tx
        .select({ id: accounts.id })
        .from(accounts)
        .where(
          and(
            eq(accounts.scopeKind, 'enterprise'),
            eq(accounts.scopeEnterpriseId, enterprise.id),
            eq(accounts.status, 'active'),
          ),
        );
      const excerpt = input.body.length > 60 ? `${input.body.slice(0, 60)}…` : input.body;
      await notifyMany(
        tx,
        readers.map((r) => ({
          accountId: r.id,
          kind: 'risk_comment',
          messageKey: 'NOTIFY.RISK_COMMENT',
          params: { author: ctx.actor.displayName, excerpt, enterpriseId: enterprise.id },
          dedupeKey: `risk_comment:${row!.id}`,
        })),
        { now: who.now },
      );
    }
    return { id: row!.id };
  });
}
