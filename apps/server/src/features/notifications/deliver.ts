import { sql } from 'drizzle-orm';
import nodemailer from 'nodemailer';
import type { Db } from '../../db/client';
import { eachLimited, LEASE_MS, nextAttemptAfter } from './retry';
import { signWebhook } from './signature';
import { type SmtpSettings, smtpSettingsOf } from './smtp';

export type DeliverOptions = {
  /** The HTTP client (tests may pass their own); the global fetch by default. */
  fetch?: typeof fetch;
  /** At most this many deliveries per call (default 100). */
  limit?: number;
  /** Requests in flight at once (default 8). */
  concurrency?: number;
  /** Per-request timeout in ms (default 10 s). */
  timeoutMs?: number;
  /** Only these subscriptions' deliveries (a test, or a resend of one subscription). */
  subscriptionIds?: string[];
};
export type DeliverResult = { delivered: number; retried: number; failed: number };

type Claimed = {
  id: string;
  event_type: string;
  payload: Record<string, unknown>;
  attempts: number;
  /** drizzle hands timestamps of raw queries back as text. */
  created_at: Date | string;
  url: string;
  secret: string;
};
type Outcome = { ok: boolean; statusCode: number | null; error: string | null };

const errorText = (error: unknown) => {
  const e = error as Error & { cause?: { code?: string; message?: string } };
  const cause = e.cause?.code ?? e.cause?.message;
  return `${e.name}: ${e.message}${cause ? ` (${cause})` : ''}`.slice(0, 500);
};

/**
 * The JSON body of a delivery: stable across retries (receivers dedupe by `id`), so only the timestamp and the
 * signature change between attempts.
 */
export const webhookBody = (d: { id: string; eventType: string; createdAt: Date; payload: Record<string, unknown> }) =>
  JSON.stringify({ id: d.id, type: d.eventType, createdAt: d.createdAt.toISOString(), data: d.payload });

async function post(row: Claimed, now: Date, options: DeliverOptions): Promise<Outcome> {
  const createdAt = new Date(row.created_at);
  const body = webhookBody({ id: row.id, eventType: row.event_type, createdAt, payload: row.payload });
  const timestamp = String(Math.floor(now.getTime() / 1000));
  try {
    const response = await (options.fetch ?? fetch)(row.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json; charset=utf-8',
        'user-agent': 'Redline-Webhook/1',
        'x-redline-event': row.event_type,
        'x-redline-delivery': row.id,
        'x-redline-timestamp': timestamp,
        'x-redline-signature': signWebhook(row.secret, timestamp, body),
      },
      body,
      redirect: 'manual',
      signal: AbortSignal.timeout(options.timeoutMs ?? 10_000),
    });
    const text = await response.text().catch(() => '');
    if (response.status >= 200 && response.status < 300) return { ok: true, statusCode: response.status, error: null };
    const snippet = text.replace(/\s+/g, ' ').trim().slice(0, 200);
    return { ok: false, statusCode: response.status, error: `HTTP ${response.status}${snippet ? `: ${snippet}` : ''}` };
  } catch (error) {
    return { ok: false, statusCode: null, error: errorText(error) };
  }
}

/**
 * Sends the webhook deliveries due at `now`. Each call takes its rows with `FOR UPDATE SKIP LOCKED` and leases them
 * (next_attempt_at moves LEASE_MS ahead) in one short statement, so several processes never send one row twice; a
 * process that dies mid-send leaves its rows to be retried when the lease ends. 2xx → delivered; anything else
 * (status, network error, 10 s timeout, redirect) → attempts + 1 and a retry after the backoff of retry.ts, `failed`
 * after the last attempt; the status code and error are kept for the delivery log.
 */
export async function deliverWebhooks(db: Db, now: Date, options: DeliverOptions = {}): Promise<DeliverResult> {
  const only = options.subscriptionIds ?? null;
  const { rows } = await db.execute(sql`
    with due as (
      select d.id
        from webhook_deliveries d
        join webhook_subscriptions s on s.id = d.subscription_id and s.active
       where d.status = 'pending' and d.next_attempt_at <= ${now}
         and (${only === null} or d.subscription_id = any(${sql.param(only ?? [])}::uuid[]))
       order by d.next_attempt_at, d.id
       limit ${options.limit ?? 100}
         for update of d skip locked
    )
    update webhook_deliveries d
       set next_attempt_at = ${new Date(now.getTime() + LEASE_MS)}
      from due, webhook_subscriptions s
     where d.id = due.id and s.id = d.subscription_id
    returning d.id::text as id, d.event_type, d.payload, d.attempts, d.created_at, s.url, s.secret`);
  const claimed = rows as unknown as Claimed[];
  const result: DeliverResult = { delivered: 0, retried: 0, failed: 0 };
  await eachLimited(claimed, options.concurrency ?? 8, async (row) => {
    const outcome = await post(row, now, options);
    const attempts = row.attempts + 1;
    const retryAt = outcome.ok ? null : nextAttemptAfter(attempts, now);
    const status = outcome.ok ? 'delivered' : retryAt ? 'pending' : 'failed';
    result[outcome.ok ? 'delivered' : retryAt ? 'retried' : 'failed']++;
    await db.execute(sql`
      update webhook_deliveries
         set status = ${status}, attempts = ${attempts},
             next_attempt_at = coalesce(${retryAt}::timestamptz, next_attempt_at),
             last_status_code = ${outcome.statusCode}, last_error = ${outcome.error},
             delivered_at = ${outcome.ok ? now : null}::timestamptz
       where id = ${row.id}::bigint`);
  });
  return result;
}

/** What sendEmails needs of a mail transport (a nodemailer transporter, or a test double). */
export type MailTransport = {
  sendMail(mail: { from: string; to: string; subject: string; text: string }): Promise<unknown>;
  close?(): void;
};
export type SendEmailsOptions = {
  /** A transport to use; otherwise one is made from `smtp` (default: SMTP_URL / SMTP_FROM of the environment). */
  transport?: MailTransport;
  smtp?: SmtpSettings | null;
  /** The sender when a transport is given without settings. */
  from?: string;
  limit?: number;
  concurrency?: number;
  /** Only mail to these addresses (tests). */
  toAddresses?: string[];
};
export type SendEmailsResult = { sent: number; retried: number; failed: number; skipped: boolean };

type ClaimedMail = { id: string; to_address: string; subject: string; body: string; attempts: number };

/**
 * Sends the queued email due at `now`, like deliverWebhooks: rows taken with SKIP LOCKED and leased, retried with the
 * same backoff, `failed` after the last attempt. With no transport and no SMTP configured it does nothing
 * (`skipped`); the rows (there are none unless SMTP was on when they were queued) stay pending.
 */
export async function sendEmails(db: Db, now: Date, options: SendEmailsOptions = {}): Promise<SendEmailsResult> {
  const settings = options.smtp === undefined ? smtpSettingsOf() : options.smtp;
  if (!options.transport && !settings) return { sent: 0, retried: 0, failed: 0, skipped: true };
  const from = settings?.from ?? options.from ?? 'redline@localhost';
  const only = options.toAddresses ?? null;
  const { rows } = await db.execute(sql`
    with due as (
      select id from email_outbox
       where status = 'pending' and next_attempt_at <= ${now}
         and (${only === null} or to_address = any(${sql.param(only ?? [])}::text[]))
       order by next_attempt_at, id
       limit ${options.limit ?? 100}
         for update skip locked
    )
    update email_outbox o set next_attempt_at = ${new Date(now.getTime() + LEASE_MS)}
      from due where o.id = due.id
    returning o.id::text as id, o.to_address, o.subject, o.body, o.attempts`);
  const claimed = rows as unknown as ClaimedMail[];
  const result: SendEmailsResult = { sent: 0, retried: 0, failed: 0, skipped: false };
  if (claimed.length === 0) return result;
  const transport: MailTransport =
    options.transport ??
    nodemailer.createTransport({
      url: settings!.url,
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 30_000,
    });
  try {
    await eachLimited(claimed, options.concurrency ?? 4, async (mail) => {
      let error: string | null = null;
      try {
        await transport.sendMail({ from, to: mail.to_address, subject: mail.subject, text: mail.body });
      } catch (e) {
        error = errorText(e);
      }
      const attempts = mail.attempts + 1;
      const retryAt = error ? nextAttemptAfter(attempts, now) : null;
      const status = error ? (retryAt ? 'pending' : 'failed') : 'sent';
      result[error ? (retryAt ? 'retried' : 'failed') : 'sent']++;
      await db.execute(sql`
        update email_outbox
           set status = ${status}, attempts = ${attempts},
               next_attempt_at = coalesce(${retryAt}::timestamptz, next_attempt_at),
               last_error = ${error}, sent_at = ${error ? null : now}::timestamptz
         where id = ${mail.id}::bigint`);
    });
  } finally {
    if (!options.transport) transport.close?.();
  }
  return result;
}
