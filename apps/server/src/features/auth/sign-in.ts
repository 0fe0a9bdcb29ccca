import type { TSignInBody } from '@redline/contracts';
import { isLockedOut, recordFailedSignIn, recordSuccessfulSignIn } from '@redline/domain';
import { eq, or, sql } from 'drizzle-orm';
import type { BaseCtx } from '../../http/context';
import { AppError } from '../../http/errors';
import { accounts, sessions } from '../accounts/schema';
import { appendAudit } from '../audit/append-audit';
import { burnPasswordCheck, newToken, tokenHash, verifyPassword } from './secrets';

export type SignedIn = { token: string; csrfToken: string; accountId: string };

const shanghai = (d: Date) => d.toLocaleString('sv-SE', { timeZone: 'Asia/Shanghai', hour12: false }).slice(0, 16);

/**
 * Checks the password with lockout (等保三级: 5 failures lock 15 minutes) and opens a server-side session. Every
 * outcome that changes an account is audited; the same message answers an unknown account and a wrong password.
 */
export async function signIn(
  base: BaseCtx,
  input: TSignInBody,
  client: { userAgent?: string; ip?: string },
): Promise<SignedIn> {
  const { db, now, deps } = base;
  const login = input.login.trim();
  const [account] = await db
    .select()
    .from(accounts)
    .where(or(eq(sql`lower(${accounts.username})`, login.toLowerCase()), eq(accounts.mobile, login)))
    .limit(1);
  if (!account) {
    await burnPasswordCheck(input.password);
    throw new AppError('AUTH.INVALID_CREDENTIALS');
  }
  const state = { failedCount: account.failedCount, lockedUntil: account.lockedUntil };
  if (isLockedOut(state, now)) {
    throw new AppError('AUTH.LOCKED', { until: shanghai(state.lockedUntil!) });
  }
  const good = await verifyPassword(account.passwordHash, input.password);
  if (!good || account.status !== 'active') {
    const next = good ? state : recordFailedSignIn(state, now, deps.policies.lockout);
    await db.transaction(async (tx) => {
      await tx
        .update(accounts)
        .set({ failedCount: next.failedCount, lockedUntil: next.lockedUntil })
        .where(eq(accounts.id, account.id));
      await appendAudit(
        tx,
        { actorId: account.id, requestId: base.requestId, now },
        {
          action: 'auth.sign_in_failed',
          entity: 'account',
          entityId: account.id,
          note: {
            reason: good ? 'disabled' : 'password',
            failedCount: next.failedCount,
            locked: isLockedOut(next, now),
          },
        },
      );
    });
    if (good) throw new AppError('AUTH.ACCOUNT_DISABLED');
    if (isLockedOut(next, now)) throw new AppError('AUTH.LOCKED', { until: shanghai(next.lockedUntil!) });
    throw new AppError('AUTH.INVALID_CREDENTIALS');
  }
  const token = newToken();
  const csrfToken = newToken(24);
  const reset = recordSuccessfulSignIn();
  await db.transaction(async (tx) => {
    await tx.insert(sessions).values({
      id: tokenHash(deps.secret, token),
      accountId: account.id,
      csrfToken,
      createdAt: now,
      lastSeenAt: now,
      userAgent: client.userAgent?.slice(0, 256) ?? null,
      ip: client.ip ?? null,
    });
    await tx
      .update(accounts)
      .set({ failedCount: reset.failedCount, lockedUntil: reset.lockedUntil, lastSignInAt: now })
      .where(eq(accounts.id, account.id));
    await appendAudit(
      tx,
      { actorId: account.id, requestId: base.requestId, now },
      {
        action: 'auth.sign_in',
        entity: 'account',
        entityId: account.id,
        note: { ip: client.ip ?? null },
      },
    );
  });
  return { token, csrfToken, accountId: account.id };
}
