import { sql } from 'drizzle-orm';
import type { Tx } from '../../db/client';
import { renderEmail } from './render';
import { smtpSettingsOf } from './smtp';

export type NotificationItem = {
  accountId: string;
  kind: string;
  caseId?: string | null;
  eventId?: bigint | null;
  /** A message-catalogue key (`NOTIFY.CASE_OVERDUE`, …), rendered in the reader's language when listed. */
  messageKey: string;
  params?: Record<string, unknown>;
  /** Makes the fan-out idempotent: one notification per (account, dedupeKey); null never deduplicates. */
  dedupeKey?: string | null;
};

export type NotifyOptions = {
  /** Also queue an email for each new notification whose account has an address. Default: SMTP is configured. */
  email?: boolean;
  /** The time recorded as created (the caller's clock); the transaction's time when omitted. */
  now?: Date;
};

/**
 * Inserts in-app notifications inside the caller's transaction, with one statement whatever the number of items
 * (a deadline sweep may pass 10,000+): a multi-row insert from unnest, `on conflict (account_id, dedupe_key) do
 * nothing`, so a repeated fan-out notifies nobody twice. When email is on, the same statement queues one email_outbox
 * row per notification actually inserted whose account is active and has an address (zh-CN subject and body, deduped
 * by (address, dedupeKey)). Returns the number of notifications inserted.
 */
export async function notifyMany(tx: Tx, items: NotificationItem[], options: NotifyOptions = {}): Promise<number> {
  if (items.length === 0) return 0;
  const email = options.email ?? smtpSettingsOf() !== null;
  const mails = email ? items.map((i) => renderEmail(i.messageKey, i.params)) : [];
  // `input` is materialised once (it calls nextval), so each row keeps the id it is inserted with and the mail
  // part can join the rows that were really inserted back to their rendered text.
  const result = await tx.execute(sql`
    with input as (
      select nextval(pg_get_serial_sequence('notifications', 'id')) as id, u.*
        from unnest(
          ${sql.param(items.map((i) => i.accountId))}::uuid[],
          ${sql.param(items.map((i) => i.kind))}::text[],
          ${sql.param(items.map((i) => i.caseId ?? null))}::uuid[],
          ${sql.param(items.map((i) => (i.eventId === undefined || i.eventId === null ? null : String(i.eventId))))}::bigint[],
          ${sql.param(items.map((i) => i.messageKey))}::text[],
          ${sql.param(items.map((i) => JSON.stringify(i.params ?? {})))}::jsonb[],
          ${sql.param(items.map((i) => i.dedupeKey ?? null))}::text[],
          ${sql.param(email ? mails.map((m) => m.subject) : [])}::text[],
          ${sql.param(email ? mails.map((m) => m.body) : [])}::text[]
        ) with ordinality as u(account_id, kind, case_id, event_id, message_key, params, dedupe_key, subject, body, n)
    ),
    inserted as (
      insert into notifications (id, account_id, kind, case_id, event_id, message_key, params, dedupe_key, created_at)
      select id, account_id, kind, case_id, event_id, message_key, params, dedupe_key,
             coalesce(${options.now ?? null}::timestamptz, now())
        from input
       order by n
      on conflict (account_id, dedupe_key) where dedupe_key is not null do nothing
      returning id
    ),
    mailed as (
      insert into email_outbox (to_address, subject, body, dedupe_key, next_attempt_at, created_at)
      select a.email, i.subject, i.body, i.dedupe_key,
             coalesce(${options.now ?? null}::timestamptz, now()), coalesce(${options.now ?? null}::timestamptz, now())
        from inserted r
        join input i on i.id = r.id
        join accounts a on a.id = i.account_id
       where ${email} and a.email is not null and a.email <> '' and a.status = 'active'
       order by i.n
      on conflict (to_address, dedupe_key) do nothing
      returning 1
    )
    select (select count(*) from inserted)::int as notified, (select count(*) from mailed)::int as mailed`);
  return (result.rows[0] as { notified: number }).notified;
}

/** An event for outbound webhooks: sent to every active subscription for its type whose region covers it. */
export type WebhookEvent = {
  /** `case.overdue`, `hazard.transition`, …; a subscription lists the types it wants, or `*`. */
  type: string;
  /** The region path of the case (`/140000/140500/140525/`): subscriptions at or above it receive the event. */
  regionPath: string;
  /** One delivery per (subscription, dedupeKey): enqueueing the same event twice sends it once. */
  dedupeKey: string;
  payload: Record<string, unknown>;
};

/**
 * Queues webhook deliveries inside the caller's transaction, with one statement whatever the number of events: one
 * row per active subscription whose events include the type (or `*`) and whose region path is a prefix of the
 * event's; `on conflict (subscription_id, dedupe_key) do nothing`. Returns the number of deliveries queued.
 * The worker's deliverWebhooks sends them.
 */
export async function enqueueWebhooks(tx: Tx, events: WebhookEvent[], options: { now?: Date } = {}): Promise<number> {
  if (events.length === 0) return 0;
  const result = await tx.execute(sql`
    insert into webhook_deliveries (subscription_id, event_type, dedupe_key, payload, next_attempt_at, created_at)
    select s.id, u.type, u.dedupe_key, u.payload,
           coalesce(${options.now ?? null}::timestamptz, now()), coalesce(${options.now ?? null}::timestamptz, now())
      from unnest(
             ${sql.param(events.map((e) => e.type))}::text[],
             ${sql.param(events.map((e) => e.regionPath))}::text[],
             ${sql.param(events.map((e) => e.dedupeKey))}::text[],
             ${sql.param(events.map((e) => JSON.stringify(e.payload)))}::jsonb[]
           ) with ordinality as u(type, region_path, dedupe_key, payload, n)
      join webhook_subscriptions s
        on s.active
       and (u.type = any(s.events) or '*' = any(s.events))
       and starts_with(u.region_path, s.region_path)
     order by u.n, s.id
    on conflict (subscription_id, dedupe_key) do nothing`);
  return result.rowCount ?? 0;
}
