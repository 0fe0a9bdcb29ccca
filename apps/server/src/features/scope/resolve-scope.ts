import type { TRole, TScope } from '@redline/contracts';
import { eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client';
import type { accounts } from '../accounts/schema';
import { enterprises } from '../enterprises/schema';
import { grids, regions } from '../regions/schema';
import type { Actor, ActorScope } from './actor';

type AccountRow = typeof accounts.$inferSelect;
type RegionRow = typeof regions.$inferSelect;

/**
 * Loads what the stored scope of an account covers: region path, grids' villages or the enterprise's place.
 * `scopeRegion`: the account's scope region when the caller already read it (authentication joins it in).
 */
export async function resolveScope(
  db: Db,
  account: AccountRow,
  scopeRegion?: RegionRow | null,
): Promise<{ scope: ActorScope; view: TScope }> {
  if (account.scopeKind === 'region') {
    const [region] =
      scopeRegion?.code === account.scopeRegionCode
        ? [scopeRegion]
        : await db.select().from(regions).where(eq(regions.code, account.scopeRegionCode!));
    if (!region) throw new Error(`account ${account.id} has a missing scope region`);
    return {
      scope: {
        kind: 'region',
        regionCode: region.code,
        regionPath: region.path,
        sectorCodes: account.scopeSectorCodes,
        regionName: region.name,
      },
      view: { kind: 'region', regionCode: region.code, regionName: region.name, sectorCodes: account.scopeSectorCodes },
    };
  }
  if (account.scopeKind === 'grids') {
    const rows = await db
      .select({ code: grids.code, name: grids.name, villageCode: grids.villageCode, path: grids.regionPath })
      .from(grids)
      .where(inArray(grids.code, account.scopeGridCodes));
    return {
      scope: {
        kind: 'grids',
        gridCodes: rows.map((g) => g.code),
        villageCodes: [...new Set(rows.map((g) => g.villageCode))],
        villagePaths: [...new Set(rows.map((g) => g.path))],
      },
      view: { kind: 'grids', grids: rows.map((g) => ({ code: g.code, name: g.name })) },
    };
  }
  const [enterprise] = await db
    .select({
      id: enterprises.id,
      name: enterprises.name,
      regionCode: enterprises.regionCode,
      path: enterprises.regionPath,
      gridCode: enterprises.gridCode,
    })
    .from(enterprises)
    .where(eq(enterprises.id, account.scopeEnterpriseId!));
  if (!enterprise) throw new Error(`account ${account.id} has a missing scope enterprise`);
  return {
    scope: {
      kind: 'enterprise',
      enterpriseId: enterprise.id,
      regionCode: enterprise.regionCode,
      regionPath: enterprise.path,
      gridCode: enterprise.gridCode,
    },
    view: { kind: 'enterprise', enterpriseId: enterprise.id, enterpriseName: enterprise.name },
  };
}

export async function actorOf(
  db: Db,
  account: AccountRow,
  via: Actor['via'],
  opts: { sessionId?: string; scopeRegion?: RegionRow | null } = {},
): Promise<Actor> {
  const { scope } = await resolveScope(db, account, opts.scopeRegion);
  const sessionId = opts.sessionId;
  return {
    accountId: account.id,
    username: account.username,
    displayName: account.displayName,
    roles: account.roles as TRole[],
    scope,
    departmentId: account.departmentId,
    via,
    ...(sessionId ? { sessionId } : {}),
  };
}
