import type { TScopeInput } from '@redline/contracts';
import { isWithinPath } from '@redline/domain';
import { eq, inArray } from 'drizzle-orm';
import type { Tx } from '../../db/client';
import { invalid, outOfScope } from '../../http/errors';
import { enterprises } from '../enterprises/schema';
import { grids, regions } from '../regions/schema';
import type { Actor, ActorScope } from '../scope/actor';
import { sectors } from '../sectors/schema';

/** The scope columns of an account row. */
export type ScopeColumns = {
  scopeKind: 'region' | 'grids' | 'enterprise';
  scopeRegionCode: string | null;
  scopeSectorCodes: string[];
  scopeGridCodes: string[];
  scopeEnterpriseId: string | null;
  scopePath: string;
};

const unknown = (path: string) => invalid({ path: `scope.${path}`, code: 'VALIDATION.UNKNOWN_REFERENCE' });

/** A region-scoped grantor may only hand out its own sectors (or a subset); none means every sector. */
const sectorsInside = (wanted: string[], s: Extract<ActorScope, { kind: 'region' }>) =>
  !s.sectorCodes.length || (wanted.length > 0 && wanted.every((c) => s.sectorCodes.includes(c)));

/**
 * Resolves a scope as given on an account: every reference must exist (400 otherwise), and when an acting account
 * is given the new scope must lie inside the actor's own scope (403 SCOPE.OUT_OF_SCOPE otherwise).
 */
export async function resolveScopeInput(tx: Tx, input: TScopeInput, actor: Actor | null): Promise<ScopeColumns> {
  const s = actor?.scope;
  if (input.kind === 'region') {
    const sectorCodes = [...new Set(input.sectorCodes ?? [])];
    const [region] = await tx.select().from(regions).where(eq(regions.code, input.regionCode));
    if (!region) throw unknown('regionCode');
    if (sectorCodes.length) {
      const found = await tx.select({ code: sectors.code }).from(sectors).where(inArray(sectors.code, sectorCodes));
      if (found.length !== sectorCodes.length) throw unknown('sectorCodes');
    }
    if (s && (s.kind !== 'region' || !isWithinPath(region.path, s.regionPath) || !sectorsInside(sectorCodes, s))) {
      throw outOfScope();
    }
    return columns('region', region.path, { scopeRegionCode: region.code, scopeSectorCodes: sectorCodes });
  }
  if (input.kind === 'grids') {
    const codes = [...new Set(input.gridCodes)];
    const rows = await tx.select().from(grids).where(inArray(grids.code, codes));
    if (rows.length !== codes.length) throw unknown('gridCodes');
    const inside = (g: (typeof rows)[number]) =>
      s?.kind === 'region'
        ? isWithinPath(g.regionPath, s.regionPath)
        : s?.kind === 'grids' && s.gridCodes.includes(g.code);
    if (s && !rows.every(inside)) throw outOfScope();
    const first = rows.find((g) => g.code === codes[0])!;
    return columns('grids', first.regionPath, { scopeGridCodes: codes });
  }
  const [enterprise] = await tx.select().from(enterprises).where(eq(enterprises.id, input.enterpriseId));
  if (!enterprise) throw unknown('enterpriseId');
  if (s && !enterpriseInside(enterprise, s)) throw outOfScope();
  return columns('enterprise', enterprise.regionPath, { scopeEnterpriseId: enterprise.id });
}

function enterpriseInside(e: typeof enterprises.$inferSelect, s: ActorScope): boolean {
  if (s.kind === 'enterprise') return s.enterpriseId === e.id;
  if (s.kind === 'grids') return e.gridCode !== null && s.gridCodes.includes(e.gridCode);
  const sectorOk = !s.sectorCodes.length || e.sectorCodes.some((c) => s.sectorCodes.includes(c));
  return isWithinPath(e.regionPath, s.regionPath) && sectorOk;
}

const columns = (kind: ScopeColumns['scopeKind'], scopePath: string, rest: Partial<ScopeColumns>): ScopeColumns => ({
  scopeKind: kind,
  scopeRegionCode: null,
  scopeSectorCodes: [],
  scopeGridCodes: [],
  scopeEnterpriseId: null,
  scopePath,
  ...rest,
});
