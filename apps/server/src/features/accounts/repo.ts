import { and, eq, isNull, type SQL } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client';
import { isUniqueViolation } from '../../db/pg-errors';
import { AppError } from '../../http/errors';
import { accounts, sessions } from './schema';

export type AccountRow = typeof accounts.$inferSelect;

export async function findAccount(db: Db | Tx, id: string, scope?: SQL): Promise<AccountRow | undefined> {
  const [row] = await db
    .select()
    .from(accounts)
    .where(scope ? and(eq(accounts.id, id), scope) : eq(accounts.id, id));
  return row;
}

/** Ends every open session of an account (its API tokens stop working through its status). */
export async function endSessions(tx: Tx, accountId: string, now: Date) {
  await tx
    .update(sessions)
    .set({ endedAt: now })
    .where(and(eq(sessions.accountId, accountId), isNull(sessions.endedAt)));
}

const UNIQUE_FIELDS: Record<string, string> = { accounts_username_uq: 'username', accounts_mobile_uq: 'mobile' };

/** Turns a unique violation on the account name or mobile into 409 CONFLICT.DUPLICATE naming the field. */
export function duplicateOf(error: unknown): AppError | undefined {
  if (!isUniqueViolation(error)) return undefined;
  const e = error as { constraint?: string; cause?: { constraint?: string } };
  const field = UNIQUE_FIELDS[e.constraint ?? e.cause?.constraint ?? ''] ?? 'username';
  return new AppError('CONFLICT.DUPLICATE', { field: `@field.${field}` }, [], { field });
}
