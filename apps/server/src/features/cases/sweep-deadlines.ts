import {
  type ClockEvent,
  DEFAULT_LADDER,
  dueEvents,
  type Ladder,
  terminalStates,
  type Workflow,
} from '@redline/domain';
import type pg from 'pg';
import type { Db } from '../../db/client';
import { prefixPattern } from '../../db/like';

/** Any fixed number: the session lock that lets one sweep run at a time across every process on the database. */
export const SWEEP_LOCK = 7_144_250_003;
const DAY_MS = 86_400_000;

export type SweepOptions = {
  /** The workflow of each case type the sweep covers (type → workflow); a case in a terminal state runs no clock. */
  workflows: Record<string, Workflow>;
  ladder?: Ladder;
  /** Only cases under this region path (e.g. `/140000/140500/`); the whole database when omitted. */
  underPath?: string;
};
export type SweepCounts = { reminders: number; overdue: number; escalations: number };
export type SweepResult = ({ skipped: false } & SweepCounts) | { skipped: true };

/**
 * Clock events are keyed per deadline (`reminder:3d@2026-03-12T15:59:59.999Z`): a new deadline starts a new clock,
 * as dueEvents expects, while the timeline keeps the events of the old one.
 */
const keyOf = (key: string, deadline: Date) => `${key}@${deadline.toISOString()}`;

type Candidate = { id: string; type: string; cycle: number; state: string; deadline: Date; keys: string[] };

/**
 * Records the reminders, overdue events and escalation steps due at `now` on the cases' timelines. Runs under a
 * session advisory lock on a dedicated connection: a second process finds it taken and skips (`{ skipped: true }`).
 * Running twice records nothing new: dueEvents skips the keys already fired, and the unique (case, cycle, key)
 * index with `on conflict do nothing` covers a sweep racing a transition.
 */
export async function sweepDeadlines(db: Db, now: Date, options: SweepOptions): Promise<SweepResult> {
  // drizzle keeps the pool it was built on as `$client` (openDatabase builds every Db on a pg.Pool).
  const client = await (db as Db & { $client: pg.Pool }).$client.connect();
  let broken: Error | undefined;
  try {
    const { rows } = await client.query<{ locked: boolean }>('select pg_try_advisory_lock($1) as locked', [SWEEP_LOCK]);
    if (!rows[0]?.locked) return { skipped: true };
    try {
      return { skipped: false, ...(await sweepOnce(client, now, options)) };
    } finally {
      await client.query('select pg_advisory_unlock($1)', [SWEEP_LOCK]);
    }
  } catch (error) {
    // A connection that failed may still hold the session lock: destroy it rather than return it to the pool.
    broken = error as Error;
    throw error;
  } finally {
    client.release(broken);
  }
}

/**
 * Two statements whatever the number of cases, so that a sweep over a million open cases stays a few seconds: one
 * query finds the candidates (deadline within the reminder horizon, on the partial deadline index) with the keys
 * their current cycle has fired (array_agg), and one multi-row insert (unnest) records every new event. A loop of
 * per-case queries would cost a round trip per case.
 */
async function sweepOnce(client: pg.PoolClient, now: Date, options: SweepOptions): Promise<SweepCounts> {
  const ladder = options.ladder ?? DEFAULT_LADDER;
  const horizonDays = Math.max(0, ...ladder.reminders.map((r) => r.before.days));
  const types = Object.keys(options.workflows);
  const closed = Object.entries(options.workflows).flatMap(([type, w]) => terminalStates(w).map((s) => `${type}:${s}`));
  const { rows } = await client.query<Candidate>(
    `select c.id, c.type, c.cycle, c.state, c.deadline,
            coalesce(array_agg(e.event_key) filter (where e.event_key is not null), '{}') as keys
       from cases c
       left join case_events e on e.case_id = c.id and e.cycle = c.cycle and e.event_key is not null
      where c.deadline is not null and c.deadline <= $1
        and c.type = any($2) and not (c.type || ':' || c.state = any($3))
        and ($4::text is null or c.region_path like $4)
      group by c.id`,
    [
      new Date(now.getTime() + horizonDays * DAY_MS),
      types,
      closed,
      options.underPath ? prefixPattern(options.underPath) : null,
    ],
  );
  const due: Array<{ row: Candidate; event: ClockEvent }> = [];
  for (const row of rows) {
    const suffix = `@${row.deadline.toISOString()}`;
    const firedKeys = row.keys.filter((k) => k.endsWith(suffix)).map((k) => k.slice(0, -suffix.length));
    for (const event of dueEvents({ deadline: row.deadline, firedKeys }, ladder, now)) due.push({ row, event });
  }
  const counts: SweepCounts = { reminders: 0, overdue: 0, escalations: 0 };
  if (due.length === 0) return counts;
  // The join on the case's cycle and deadline drops an event whose case moved on since the candidates were read;
  // `order by` keeps each case's events in ladder order on the timeline.
  const inserted = await client.query<{ kind: ClockEvent['kind'] }>(
    `insert into case_events (case_id, cycle, at, kind, event_key, from_state, to_state, data)
     select u.case_id, u.cycle, $1, u.kind, u.event_key, c.state, c.state, u.data
       from unnest($2::uuid[], $3::int[], $4::text[], $5::text[], $6::timestamptz[], $7::jsonb[])
              with ordinality as u(case_id, cycle, kind, event_key, deadline, data, n)
       join cases c on c.id = u.case_id and c.cycle = u.cycle and c.deadline = u.deadline
      order by u.n
     on conflict (case_id, cycle, event_key) where event_key is not null do nothing
     returning kind`,
    [
      now,
      due.map((d) => d.row.id),
      due.map((d) => d.row.cycle),
      due.map((d) => d.event.kind),
      due.map((d) => keyOf(d.event.key, d.row.deadline)),
      due.map((d) => d.row.deadline),
      due.map((d) =>
        JSON.stringify({
          key: d.event.key,
          dueAt: d.event.at.toISOString(),
          deadline: d.row.deadline.toISOString(),
          ...(d.event.action ? { action: d.event.action } : {}),
        }),
      ),
    ],
  );
  for (const { kind } of inserted.rows) {
    if (kind === 'reminder') counts.reminders++;
    else if (kind === 'overdue') counts.overdue++;
    else counts.escalations++;
  }
  return counts;
}
