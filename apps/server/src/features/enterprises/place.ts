import { isWithinPath } from '@redline/domain';
import type { FieldProblem } from '../../http/errors';
import type { Actor } from '../scope/actor';

export type RegionRef = { code: string; name: string; path: string };
export type GridRef = { code: string; regionPath: string };

/** Where an enterprise sits and what it does: the references every write checks. */
export type EnterprisePlace = { regionCode: string; gridCode: string | null; sectorCodes: string[] };

/** Reference lookups, answered from the database (one record) or from maps loaded once (imports). */
export type PlaceLookup = {
  region: (code: string) => RegionRef | undefined;
  grid: (code: string) => GridRef | undefined;
  hasSector: (code: string) => boolean;
};

/**
 * Checks an enterprise's references: the region exists, the grid exists and lies in the region's subtree, every
 * sector exists. Returns the field problems and, when it exists, the region (its path is stored with the record).
 */
export function checkEnterprisePlace(place: EnterprisePlace, lookup: PlaceLookup) {
  const problems: FieldProblem[] = [];
  const region = lookup.region(place.regionCode);
  if (!region) problems.push({ path: 'regionCode', code: 'VALIDATION.UNKNOWN_REFERENCE' });
  if (place.gridCode) {
    const grid = lookup.grid(place.gridCode);
    if (!grid) problems.push({ path: 'gridCode', code: 'VALIDATION.UNKNOWN_REFERENCE' });
    else if (region && !isWithinPath(grid.regionPath, region.path)) {
      problems.push({ path: 'gridCode', code: 'ENTERPRISE.GRID_OUTSIDE_REGION' });
    }
  }
  place.sectorCodes.forEach((code, i) => {
    if (!lookup.hasSector(code)) problems.push({ path: `sectorCodes.${i}`, code: 'VALIDATION.UNKNOWN_REFERENCE' });
  });
  return { problems, region };
}

/**
 * Whether an enterprise placed here stays visible to the actor (the same rule as scopeOf.enterprises): inside a region
 * scope (sharing a sector when the scope narrows to sectors), in one of the actor's grids, or inside the region of the
 * actor's own enterprise. A write that fails it answers 403.
 */
export function isEnterpriseInScope(
  actor: Actor,
  place: { regionPath: string; gridCode: string | null; sectorCodes: string[] },
) {
  const s = actor.scope;
  if (s.kind === 'region') {
    if (!isWithinPath(place.regionPath, s.regionPath)) return false;
    return !s.sectorCodes.length || place.sectorCodes.some((c) => s.sectorCodes.includes(c));
  }
  if (s.kind === 'grids') return place.gridCode !== null && s.gridCodes.includes(place.gridCode);
  return isWithinPath(place.regionPath, s.regionPath);
}
