/** A department's duty for a sector, held at a region `depth` levels below the root of the path walked. */
export type DutyCandidate = { sectorCode: string; depth: number };

/**
 * The sector duty rule (三管三必须) along one region's path: for each sector, the duty held at the nearest level
 * (the greatest depth) wins; several departments at that level all keep theirs. Input order is kept.
 */
export function pickNearestDuties<T extends DutyCandidate>(candidates: readonly T[]): T[] {
  const nearest = new Map<string, number>();
  for (const c of candidates) nearest.set(c.sectorCode, Math.max(nearest.get(c.sectorCode) ?? -1, c.depth));
  return candidates.filter((c) => nearest.get(c.sectorCode) === c.depth);
}

/** The codes of a region path, root first: `/140000/140500/140525/` → ['140000', '140500', '140525']. */
export const pathCodes = (path: string): string[] => path.split('/').filter(Boolean);
