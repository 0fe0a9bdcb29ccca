import type { TAccount, TMe, TRole } from '@redline/contracts';
import type { Db } from '../../db/client';
import { resolveScope } from '../scope/resolve-scope';
import type { accounts } from './schema';

type AccountRow = typeof accounts.$inferSelect;

export async function presentMe(db: Db, row: AccountRow): Promise<TMe> {
  const { view } = await resolveScope(db, row);
  return {
    id: row.id,
    username: row.username,
    displayName: row.displayName,
    mobile: row.mobile,
    roles: row.roles as TRole[],
    scope: view,
    mustChangePassword: row.mustChangePassword,
  };
}

export async function presentAccount(db: Db, row: AccountRow): Promise<TAccount> {
  const { view } = await resolveScope(db, row);
  return {
    id: row.id,
    username: row.username,
    displayName: row.displayName,
    mobile: row.mobile,
    personId: row.personId,
    roles: row.roles as TRole[],
    scope: view,
    status: row.status,
    lockedUntil: row.lockedUntil?.toISOString() ?? null,
    lastSignInAt: row.lastSignInAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
  };
}
