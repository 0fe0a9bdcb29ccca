import { type ClockEvent, dueEvents, type Ladder, terminalStates, type Workflow } from '@redline/domain';
import { sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client';
import { prefixPattern } from '../../db/like';
import { enqueueWebhooks, type NotificationItem, notifyMany, type WebhookEvent } from '../notifications/notify';
import { loadLadderIndex } from './ladders';
import { clockEventRecipients } from './recipients';

/** Any fixed number: the lock that lets one sweep run at a time across every process on the database. */
export const SWEEP_LOCK = 7_144_250_003;
const DAY_MS = 86_400_000;

export type SweepOptions = {
  /** The workflow of each case type the sweep covers (type → workflow); a case in a terminal state runs no clock. */
  workflows: Record<string, Workflow>;
  /** The ladder of a case with none configured for its type and region (DEFAULT_LADDER when omitted). */
  ladder?: Ladder;
  /** Only cases under this region path (e.g. `/140000/140500/`); the whole database when omitted. */
  underPath?: string;
  /**
   * The advisory lock taken (SWEEP_LOCK when omitted). Production never sets it; tests sweeping their own subtree of
   * a shared database pass one of their own so that they do not skip each other.
   */
  lockKey?: number;
};
export type SweepCounts = {
  reminders: number;
  overdue: number;
  escalations: number;
  /** In-app notifications created (each person once per event). */
  notifications: number;
  /** Webhook deliveries queued (one per matching subscription and event). */
  webhooks: number;
};
export type SweepResult = ({ skipped: false } & SweepCounts) | { skipped: true };

/**
 * Clock events are keyed per deadline (`reminder:3d@2026-03-12T15:59:59.999Z`): a new deadline starts a new clock,
 * as dueEvents expects, while the timeline keeps the events of the old one.
 */
const keyOf = (key: string, deadline: Date) => `${key}@${deadline.toISOString()}`;

type Candidate = {
  id: string;
  type: string;
  number: string;
  title: string;
  state: string;
  region_path: string;
  sector_code: string | null;
  owner_unit: string | null;
  owner_account_id: string | null;
  supervisor_unit: string | null;
  cycle: number;
  /** Milliseconds since the epoch (text: raw rows bring bigint as text, timestamps in the server's format). */
  deadline_ms: string;
  keys: string[];
};
type Inserted = { id: string; case_id: string; kind: ClockEvent['kind']; key: string; action: string | null };

const KINDS = {
  reminder: { webhook: 'case.reminder', message: 'NOTIFY.CASE_REMINDER' },
  overdue: { webhook: 'case.overdue', message: 'NOTIFY.CASE_OVERDUE' },
  escalation: { webhook: 'case.escalated', message: 'NOTIFY.CASE_ESCALATED' },
} as const;

/** The dedupe key of everything a clock event causes (notifications, webhook deliveries): the event's id. */
export const clockDedupeKey = (eventId: string | bigint) => `case_event:${eventId}`;

/**
 * Records the reminders, overdue events and escalation steps due at `now` on the cases' timelines and, in the same
 * transaction, notifies the people each one concerns (recipients.ts) and queues its webhooks, so an event is never
 * recorded without its notices nor notified without being recorded. The transaction first tries the sweep's
 * advisory lock (transaction-scoped): another process holding it makes this one skip (`{ skipped: true }`).
 * Running twice records and notifies nothing new: dueEvents skips the keys already fired, the unique (case, cycle,
 * key) index with `on conflict do nothing` covers a sweep racing a transition, and only events inserted by this
 * sweep fan out (notifications and deliveries are deduplicated by the event id as well).
 */
export async function sweepDeadlines(db: Db, now: Date, options: SweepOptions): Promise<SweepResult> {
  return db.transaction(async (tx) => {
    const { rows } = await tx.execute<{ locked: boolean }>(
      sql`select pg_try_advisory_xact_lock(${options.lockKey ?? SWEEP_LOCK}) as locked`,
    );
    if (!rows[0]?.locked) return { skipped: true } as const;
    return { skipped: false, ...(await sweepOnce(tx, now, options)) } as const;
  });
}

/**
 * A handful of statements whatever the number of cases, so that a sweep over a million open cases stays a few
 * seconds: the ladders (a few rows); one query for the candidates (deadline within the longest reminder horizon, on
 * the partial deadline index) with the keys their current cycle has fired (array_agg); one multi-row insert (unnest)
 * of every new event; three statements resolving every event's recipients over distinct units, places and people
 * (recipients.ts); one insert of the notifications and one of the webhook deliveries (skipped when nobody
 * subscribes). A loop of per-case queries would cost a round trip per case.
 */
async function sweepOnce(tx: Tx, now: Date, options: SweepOptions): Promise<SweepCounts> {
  const types = Object.keys(options.workflows);
  const ladders = await loadLadderIndex(tx, types, options.ladder);
  const horizonDays = Math.max(0, ...ladders.all().flatMap((l) => l.reminders.map((r) => r.before.days)));
  const closed = Object.entries(options.workflows).flatMap(([type, w]) => terminalStates(w).map((s) => `${type}:${s}`));
  const { rows } = await tx.execute<Candidate>(sql`
    select c.id, c.type, c.number, c.title, c.state, c.region_path, c.sector_code, c.owner_unit,
           c.owner_account_id, c.supervisor_unit, c.cycle,
           (extract(epoch from c.deadline) * 1000)::bigint::text as deadline_ms,
           coalesce(array_agg(e.event_key) filter (where e.event_key is not null), '{}') as keys
      from cases c
      left join case_events e on e.case_id = c.id and e.cycle = c.cycle and e.event_key is not null
     where c.deadline is not null and c.deadline <= ${new Date(now.getTime() + horizonDays * DAY_MS)}
       and c.type = any(${sql.param(types)}::text[]) and not (c.type || ':' || c.state = any(${sql.param(closed)}::text[]))
       and (${options.underPath ? prefixPattern(options.underPath) : null}::text is null
            or c.region_path like ${options.underPath ? prefixPattern(options.underPath) : null}::text)
     group by c.id`);
  const due: Array<{ row: Candidate; deadline: Date; event: ClockEvent }> = [];
  for (const row of rows) {
    const deadline = new Date(Number(row.deadline_ms));
    const suffix = `@${deadline.toISOString()}`;
    const firedKeys = row.keys.filter((k) => k.endsWith(suffix)).map((k) => k.slice(0, -suffix.length));
    const ladder = ladders.pick(row.type, row.region_path);
    for (const event of dueEvents({ deadline, firedKeys }, ladder, now)) due.push({ row, deadline, event });
  }
  const counts: SweepCounts = { reminders: 0, overdue: 0, escalations: 0, notifications: 0, webhooks: 0 };
  if (due.length === 0) return counts;
  // The join on the case's cycle and deadline drops an event whose case moved on since the candidates were read;
  // `order by` keeps each case's events in ladder order on the timeline.
  const inserted = await tx.execute<Inserted>(sql`
    insert into case_events (case_id, cycle, at, kind, event_key, from_state, to_state, data)
    select u.case_id, u.cycle, ${now}, u.kind, u.event_key, c.state, c.state, u.data
      from unnest(${sql.param(due.map((d) => d.row.id))}::uuid[],
                  ${sql.param(due.map((d) => d.row.cycle))}::int[],
                  ${sql.param(due.map((d) => d.event.kind))}::text[],
                  ${sql.param(due.map((d) => keyOf(d.event.key, d.deadline)))}::text[],
                  ${sql.param(due.map((d) => d.deadline.toISOString()))}::timestamptz[],
                  ${sql.param(
                    due.map((d) =>
                      JSON.stringify({
                        key: d.event.key,
                        dueAt: d.event.at.toISOString(),
                        deadline: d.deadline.toISOString(),
                        ...(d.event.action ? { action: d.event.action } : {}),
                      }),
                    ),
                  )}::jsonb[])
             with ordinality as u(case_id, cycle, kind, event_key, deadline, data, n)
      join cases c on c.id = u.case_id and c.cycle = u.cycle and c.deadline = u.deadline
     order by u.n
    on conflict (case_id, cycle, event_key) where event_key is not null do nothing
    returning id::text as id, case_id::text as case_id, kind, data->>'key' as key, data->>'action' as action`);
  if (inserted.rows.length === 0) return counts;

  const byCase = new Map(due.map((d) => [d.row.id, d]));
  const notices: NotificationItem[] = [];
  const hooks: WebhookEvent[] = [];
  const recipients = await clockEventRecipients(
    tx,
    inserted.rows.map((e) => {
      const { row } = byCase.get(e.case_id)!;
      return {
        eventId: e.id,
        caseId: e.case_id,
        kind: e.kind,
        action: e.action,
        regionPath: row.region_path,
        sectorCode: row.sector_code,
        ownerUnit: row.owner_unit,
        ownerAccountId: row.owner_account_id,
        supervisorUnit: row.supervisor_unit,
      };
    }),
  );
  const eventsById = new Map(inserted.rows.map((e) => [e.id, e]));
  const paramsOf = (event: Inserted) => {
    const { row, deadline } = byCase.get(event.case_id)!;
    return { number: row.number, title: row.title, deadline: deadline.toISOString(), action: event.action };
  };
  for (const { eventId, accountId } of recipients) {
    const event = eventsById.get(eventId)!;
    notices.push({
      accountId,
      kind: KINDS[event.kind].webhook,
      caseId: event.case_id,
      eventId: BigInt(event.id),
      messageKey: KINDS[event.kind].message,
      params: paramsOf(event),
      dedupeKey: clockDedupeKey(event.id),
    });
  }
  for (const event of inserted.rows) {
    if (event.kind === 'reminder') counts.reminders++;
    else if (event.kind === 'overdue') counts.overdue++;
    else counts.escalations++;
    const { row } = byCase.get(event.case_id)!;
    hooks.push({
      type: KINDS[event.kind].webhook,
      regionPath: row.region_path,
      dedupeKey: clockDedupeKey(event.id),
      payload: {
        caseId: row.id,
        number: row.number,
        type: row.type,
        title: row.title,
        state: row.state,
        deadline: paramsOf(event).deadline,
        eventId: event.id,
        eventKey: event.key,
        action: event.action,
        at: now.toISOString(),
      },
    });
  }
  counts.notifications = await notifyMany(tx, notices, { now });
  // Most databases have no subscription: then the ten thousand payloads are not even sent to the server.
  const { rows: subscribed } = await tx.execute<{ any: boolean }>(
    sql`select exists (select 1 from webhook_subscriptions where active) as any`,
  );
  counts.webhooks = subscribed[0]?.any ? await enqueueWebhooks(tx, hooks, { now }) : 0;
  return counts;
}
