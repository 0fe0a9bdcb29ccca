import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client';

/**
 * Folds the deltas the counter triggers appended (`pending` rows of case_region_counts and hazard_stat_cells,
 * migration 0011) into one settled row per key, and drops settled rows that reached zero. Readers sum rows, so the
 * figures are the same before and after; folding only keeps the tables small. The scheduler runs it every tick; one
 * fold at a time on a database (a second caller folds nothing). Answers how many pending rows were folded.
 */
export async function foldCounterDeltas(db: Db): Promise<{ folded: number }> {
  const { rows } = await db.execute<{ n: string }>(sql`select fold_counter_deltas() as n`);
  return { folded: Number(rows[0]?.n ?? 0) };
}
