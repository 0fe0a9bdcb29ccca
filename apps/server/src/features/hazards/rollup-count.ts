import { and, eq, inArray, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { caseRegionCounts } from '../cases/schema';
import { findRegion } from '../regions/repo';
import type { Actor } from '../scope/actor';
import { underPath } from '../scope/filters';
import type { HazardFilter } from './filters';

/** The filters the per-region counters can answer; any other one makes the total an exact count over the rows. */
const COUNTED: ReadonlySet<string> = new Set(['regionCode', 'state', 'level']);

/**
 * The total of a hazard list from the per-region counters (case_region_counts, kept by triggers), when the list is a
 * region scope without sectors, optionally narrowed to a region subtree, states and a level, and nothing else: the
 * default list of a city or a province, which would otherwise count a million rows for every page. Undefined when
 * the counters cannot answer; the caller then counts the rows.
 */
export async function countFromRollup(db: Db, actor: Actor, filter: HazardFilter): Promise<number | undefined> {
  const s = actor.scope;
  if (s.kind !== 'region' || s.sectorCodes.length) return undefined;
  const used = Object.entries(filter).filter(([, v]) => v !== undefined && !(Array.isArray(v) && v.length === 0));
  if (used.some(([k]) => !COUNTED.has(k))) return undefined;
  let path = s.regionPath;
  if (filter.regionCode) {
    const region = await findRegion(db, filter.regionCode);
    if (!region) return 0;
    // The narrower of the scope and the requested subtree; a region outside the scope matches nothing.
    if (region.path.startsWith(s.regionPath)) path = region.path;
    else if (!s.regionPath.startsWith(region.path)) return 0;
  }
  const conditions: SQL[] = [eq(caseRegionCounts.type, 'hazard'), underPath(caseRegionCounts.regionPath, path)];
  if (filter.state?.length) conditions.push(inArray(caseRegionCounts.state, filter.state));
  if (filter.level) conditions.push(eq(caseRegionCounts.level, filter.level));
  const [row] = await db
    .select({ n: sql<string>`coalesce(sum(${caseRegionCounts.n}), 0)` })
    .from(caseRegionCounts)
    .where(and(...conditions));
  return Number(row?.n ?? 0);
}
