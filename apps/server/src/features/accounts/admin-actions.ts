import { checkPassword } from '@redline/domain';
import { eq } from 'drizzle-orm';
import type { Tx } from '../../db/client';
import type { Ctx } from '../../http/context';
import { fromDomain, invalid, notFound } from '../../http/errors';
import { appendAudit } from '../audit/append-audit';
import { whoOf } from '../audit/who';
import { hashPassword } from '../auth/secrets';
import { scopeOf } from '../scope/filters';
import { presentAccount } from './present';
import { type AccountRow, endSessions, findAccount } from './repo';
import { accounts } from './schema';

type Change = Partial<typeof accounts.$inferInsert>;

/** Loads an account in the admin's scope, applies one change and audits it, all in one transaction. */
async function changeAccount(
  ctx: Ctx,
  id: string,
  action: string,
  change: (tx: Tx, before: AccountRow) => Promise<Change>,
): Promise<AccountRow> {
  return ctx.db.transaction(async (tx) => {
    const before = await findAccount(tx, id, scopeOf.accounts(ctx.actor));
    if (!before) throw notFound();
    const set = await change(tx, before);
    const [after] = await tx
      .update(accounts)
      .set({ ...set, updatedAt: ctx.now })
      .where(eq(accounts.id, id))
      .returning();
    await appendAudit(tx, whoOf(ctx), { action, entity: 'account', entityId: id, before, after });
    return after!;
  });
}

/** Disables an account (sign-in refused, tokens refused) and ends its sessions. An admin cannot lock themselves. */
export async function lockAccount(ctx: Ctx, id: string) {
  if (id === ctx.actor.accountId) throw invalid({ path: 'params.id', code: 'ACCOUNT.CANNOT_LOCK_SELF' });
  const row = await changeAccount(ctx, id, 'account.lock', async (tx) => {
    await endSessions(tx, id, ctx.now);
    return { status: 'disabled' };
  });
  return presentAccount(ctx.db, row);
}

/** Re-enables an account and clears a brute-force lockout. */
export async function unlockAccount(ctx: Ctx, id: string) {
  const row = await changeAccount(ctx, id, 'account.unlock', async () => ({
    status: 'active',
    failedCount: 0,
    lockedUntil: null,
  }));
  return presentAccount(ctx.db, row);
}

/** Sets a new password chosen by an admin; the owner must change it at next sign-in, and its sessions end. */
export async function resetAccountPassword(ctx: Ctx, id: string, input: { newPassword: string }) {
  const found = await findAccount(ctx.db, id, scopeOf.accounts(ctx.actor));
  if (!found) throw notFound();
  const rule = checkPassword(input.newPassword, ctx.deps.policies.password, { username: found.username });
  if (!rule.ok) throw invalid(fromDomain('newPassword', rule.error));
  const passwordHash = await hashPassword(input.newPassword);
  await changeAccount(ctx, id, 'account.reset_password', async (tx) => {
    await endSessions(tx, id, ctx.now);
    return { passwordHash, mustChangePassword: true, passwordChangedAt: ctx.now };
  });
}
