import { type SQL, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';

/** The codes of a region path from the top: `/140000/140500/140525/` → `['140000', '140500', '140525']`. */
export const codesOfPath = (path: string): string[] => path.split('/').filter(Boolean);

/**
 * Settings kept per region and inherited downwards: the rows of the region at `path` and of every region above it.
 * Order them with `nearestFirst` and take the first for the settings in force.
 */
export const inRegionChain = (regionCode: AnyPgColumn, path: string): SQL =>
  sql`${regionCode} = any(${sql.param(codesOfPath(path))}::text[])`;

/** The deepest region first (a longer path is further down). */
export const nearestFirst = (regionPath: AnyPgColumn): SQL => sql`length(${regionPath}) desc`;

/** Of rows keyed by region path, the one nearest above (or at) `path`, or undefined. */
export function nearestOf<T extends { regionPath: string }>(rows: readonly T[], path: string): T | undefined {
  let best: T | undefined;
  for (const row of rows) {
    if (path.startsWith(row.regionPath) && (!best || row.regionPath.length > best.regionPath.length)) best = row;
  }
  return best;
}
