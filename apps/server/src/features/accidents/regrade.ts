import { casualtyWindowEnd } from '@redline/domain';
import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { systemActor } from '../scope/actor';
import { syncAccident } from './chain';
import { gradingOf } from './present';
import { findAccident, versionsOf } from './repo';

/** `failed`: accidents whose regrade threw (each in its own transaction; the others still run). */
export type RegradeResult = { checked: number; regraded: number; failed: number };

/**
 * The missing count as dead once an accident's casualty window closes (30 days, 7 for road traffic and fire), with no
 * report to trigger a recount: the scheduler calls this every tick. Open accidents whose latest figures have missing
 * persons are checked; each whose grade has changed is synced like after a supplementary report (a rising grade adds
 * report steps and moves the investigation up), each in its own transaction.
 */
export async function regradeAccidents(
  db: Db,
  now: Date,
  options: { underPath?: string; onError?: (accidentId: string, error: unknown) => void } = {},
): Promise<RegradeResult> {
  const under = options.underPath ? sql`and a.region_path like ${`${options.underPath}%`}` : sql``;
  const { rows } = await db.execute<{ id: string; occurred_at: string; sector: string; level: string | null }>(sql`
    select c.id, a.occurred_at, a.sector, c.level
      from cases c
      join accidents a on a.case_id = c.id
      join lateral (select v.missing from accident_versions v where v.case_id = c.id order by v.seq desc limit 1) v on true
     where c.type = 'accident' and c.state = 'open' and v.missing > 0 ${under}`);
  const due = rows.filter((r) => casualtyWindowEnd(new Date(r.occurred_at), r.sector).getTime() <= now.getTime());
  const versions = await versionsOf(
    db,
    due.map((r) => r.id),
  );
  let regraded = 0;
  let failed = 0;
  for (const r of due) {
    const { grade } = gradingOf({ occurredAt: new Date(r.occurred_at), sector: r.sector }, versions.get(r.id)!, now);
    if (grade === r.level) continue;
    try {
      await db.transaction(async (tx) => {
        const row = await findAccident(tx, systemActor(), r.id);
        if (row) await syncAccident(tx, { actorId: null, requestId: 'scheduler', now }, row);
      });
      regraded++;
    } catch (error) {
      if (options.onError) options.onError(r.id, error);
      failed++;
    }
  }
  return { checked: due.length, regraded, failed };
}
