import type { TAccount, TMe, TRole, TScope } from '@redline/contracts';
import { inArray } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { enterprises } from '../enterprises/schema';
import { grids, regions } from '../regions/schema';
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

const shape = (row: AccountRow, scope: TScope): TAccount => ({
  id: row.id,
  username: row.username,
  displayName: row.displayName,
  mobile: row.mobile,
  email: row.email,
  personId: row.personId,
  departmentId: row.departmentId,
  roles: row.roles as TRole[],
  scope,
  status: row.status,
  lockedUntil: row.lockedUntil?.toISOString() ?? null,
  lastSignInAt: row.lastSignInAt?.toISOString() ?? null,
  createdAt: row.createdAt.toISOString(),
});

export async function presentAccount(db: Db, row: AccountRow): Promise<TAccount> {
  return shape(row, (await resolveScope(db, row)).view);
}

/** A page of accounts with the names their scopes show, in three queries whatever the page size. */
export async function presentAccounts(db: Db, rows: AccountRow[]): Promise<TAccount[]> {
  const regionCodes = [...new Set(rows.flatMap((r) => (r.scopeRegionCode ? [r.scopeRegionCode] : [])))];
  const gridCodes = [...new Set(rows.flatMap((r) => r.scopeGridCodes))];
  const enterpriseIds = [...new Set(rows.flatMap((r) => (r.scopeEnterpriseId ? [r.scopeEnterpriseId] : [])))];
  const regionNames = new Map(
    regionCodes.length
      ? (
          await db.select({ k: regions.code, n: regions.name }).from(regions).where(inArray(regions.code, regionCodes))
        ).map((r) => [r.k, r.n])
      : [],
  );
  const gridNames = new Map(
    gridCodes.length
      ? (await db.select({ k: grids.code, n: grids.name }).from(grids).where(inArray(grids.code, gridCodes))).map(
          (g) => [g.k, g.n],
        )
      : [],
  );
  const enterpriseNames = new Map(
    enterpriseIds.length
      ? (
          await db
            .select({ k: enterprises.id, n: enterprises.name })
            .from(enterprises)
            .where(inArray(enterprises.id, enterpriseIds))
        ).map((e) => [e.k, e.n])
      : [],
  );
  return rows.map((row) => {
    const scope: TScope =
      row.scopeKind === 'region'
        ? {
            kind: 'region',
            regionCode: row.scopeRegionCode!,
            regionName: regionNames.get(row.scopeRegionCode!) ?? '',
            sectorCodes: row.scopeSectorCodes,
          }
        : row.scopeKind === 'grids'
          ? {
              kind: 'grids',
              grids: row.scopeGridCodes
                .filter((c) => gridNames.has(c))
                .map((c) => ({ code: c, name: gridNames.get(c)! })),
            }
          : {
              kind: 'enterprise',
              enterpriseId: row.scopeEnterpriseId!,
              enterpriseName: enterpriseNames.get(row.scopeEnterpriseId!) ?? '',
            };
    return shape(row, scope);
  });
}
