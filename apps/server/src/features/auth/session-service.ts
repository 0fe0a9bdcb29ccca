import type { TSession } from '@redline/contracts';
import { checkPassword } from '@redline/domain';
import { and, eq, isNull, ne } from 'drizzle-orm';
import type { BaseCtx, Ctx } from '../../http/context';
import { AppError, fromDomain, invalid, notFound } from '../../http/errors';
import { presentMe } from '../accounts/present';
import { accounts, sessions } from '../accounts/schema';
import { appendAudit } from '../audit/append-audit';
import { whoOf } from '../audit/who';
import { hashPassword, verifyPassword } from './secrets';

export async function loadAccount(ctx: Ctx) {
  const [row] = await ctx.db.select().from(accounts).where(eq(accounts.id, ctx.actor.accountId));
  if (!row) throw notFound();
  return row;
}

/** The answer to sign-in and GET /auth/session. */
export async function sessionAnswer(base: BaseCtx, accountId: string, csrfToken: string): Promise<TSession> {
  const [row] = await base.db.select().from(accounts).where(eq(accounts.id, accountId));
  if (!row) throw notFound();
  return {
    account: await presentMe(base.db, row),
    csrfToken,
    idleTimeoutMinutes: base.deps.policies.session.idleMinutes,
  };
}

export async function currentSession(ctx: Ctx): Promise<TSession> {
  const [session] = ctx.actor.sessionId
    ? await ctx.db.select().from(sessions).where(eq(sessions.id, ctx.actor.sessionId))
    : [];
  return sessionAnswer(ctx, ctx.actor.accountId, session?.csrfToken ?? '');
}

export async function signOut(ctx: Ctx) {
  if (!ctx.actor.sessionId) return;
  await ctx.db.transaction(async (tx) => {
    await tx.update(sessions).set({ endedAt: ctx.now }).where(eq(sessions.id, ctx.actor.sessionId!));
    await appendAudit(tx, whoOf(ctx), { action: 'auth.sign_out', entity: 'account', entityId: ctx.actor.accountId });
  });
}

/** Changes the own password; other sessions of the account end, this one stays. */
export async function changePassword(ctx: Ctx, input: { currentPassword: string; newPassword: string }) {
  const account = await loadAccount(ctx);
  if (!(await verifyPassword(account.passwordHash, input.currentPassword))) {
    throw new AppError('AUTH.WRONG_PASSWORD', {}, [{ path: 'currentPassword', code: 'AUTH.WRONG_PASSWORD' }]);
  }
  const policy = checkPassword(input.newPassword, ctx.deps.policies.password, { username: account.username });
  if (!policy.ok) throw invalid(fromDomain('newPassword', policy.error));
  const passwordHash = await hashPassword(input.newPassword);
  await ctx.db.transaction(async (tx) => {
    await tx
      .update(accounts)
      .set({ passwordHash, mustChangePassword: false, passwordChangedAt: ctx.now, updatedAt: ctx.now })
      .where(eq(accounts.id, account.id));
    const others = ctx.actor.sessionId
      ? and(eq(sessions.accountId, account.id), ne(sessions.id, ctx.actor.sessionId), isNull(sessions.endedAt))
      : and(eq(sessions.accountId, account.id), isNull(sessions.endedAt));
    await tx.update(sessions).set({ endedAt: ctx.now }).where(others);
    await appendAudit(tx, whoOf(ctx), { action: 'account.change_password', entity: 'account', entityId: account.id });
  });
}
