import crypto from 'node:crypto';
import http, { type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { eq, inArray } from 'drizzle-orm';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { makeAccount, makeTree, type TestApp, type Tree, testApp } from '../../../test/harness';
import { type Database, openDatabase } from '../../db/client';
import { accounts } from '../accounts/schema';
import { deliverWebhooks, sendEmails } from './deliver';
import { enqueueWebhooks, type NotificationItem, notifyMany, type WebhookEvent } from './notify';
import { emailOutbox, webhookDeliveries } from './schema';

let t: TestApp;
let tree: Tree;
type Client = Awaited<ReturnType<typeof makeAccount>>;
let admin: Client;
let villagePath: string;
const closers: Array<() => Promise<unknown>> = [];

const MINUTE = 60_000;
const at = (iso: string) => new Date(iso);

beforeAll(async () => {
  t = await testApp();
  tree = await makeTree(t);
  admin = await makeAccount(t, { roles: ['admin'], scope: { kind: 'region', regionCode: tree.county.code } });
  villagePath = (await t.database.db.query.regions.findFirst({
    where: (r, { eq }) => eq(r.code, tree.villages[0].code),
  }))!.path;
});

afterAll(async () => {
  for (const close of closers.splice(0)) await close();
});

type Received = { headers: IncomingHttpHeaders; body: string };

/** A real HTTP receiver on a free port; `answer` gives the status for the n-th request (1-based). */
async function receiver(answer: (n: number) => number | 'hang' = () => 200) {
  const received: Received[] = [];
  const server = http.createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => {
      body += chunk;
    });
    req.on('end', () => {
      received.push({ headers: req.headers, body });
      const status = answer(received.length);
      if (status === 'hang') return; // never answers: the sender's timeout must end it
      res.writeHead(status, { 'content-type': 'text/plain' });
      res.end(status >= 300 ? 'boom\nbroken' : 'ok');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const close = () => {
    server.closeAllConnections();
    return new Promise((resolve) => server.close(resolve));
  };
  closers.push(close);
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`, received, close };
}

async function subscribe(url: string, events: string[]) {
  const res = await admin.post('/api/v1/webhooks', { name: 'receiver', url, events, regionCode: tree.county.code });
  expect(res.statusCode).toBe(201);
  return res.json() as { id: string; secret: string };
}

const enqueue = (events: WebhookEvent[], now: Date) =>
  t.database.db.transaction((tx) => enqueueWebhooks(tx, events, { now }));
/** Each test uses its own event type, so the subscriptions of the other tests in this county do not match. */
const event = (type: string, dedupeKey: string, payload: Record<string, unknown> = {}): WebhookEvent => ({
  type,
  regionPath: villagePath,
  dedupeKey,
  payload,
});
const deliveriesOf = (subscriptionId: string) =>
  t.database.db
    .select()
    .from(webhookDeliveries)
    .where(eq(webhookDeliveries.subscriptionId, subscriptionId))
    .orderBy(webhookDeliveries.id);
const hmac = (secret: string, text: string) =>
  `sha256=${crypto.createHmac('sha256', secret).update(text).digest('hex')}`;

describe('deliverWebhooks', () => {
  it('POSTs signed JSON that the receiver verifies with its own HMAC, and marks it delivered', async () => {
    const hook = await receiver();
    const sub = await subscribe(hook.url, ['case.overdue']);
    const now = at('2026-03-02T01:00:00.000Z');
    const payload = { caseId: crypto.randomUUID(), number: 'YH-140525-2026-000001', title: '配电箱未接地' };
    expect(await enqueue([event('case.overdue', 'overdue:1', payload)], now)).toBe(1);

    const result = await deliverWebhooks(t.database.db, now, { subscriptionIds: [sub.id] });
    expect(result).toEqual({ delivered: 1, retried: 0, failed: 0 });
    expect(hook.received).toHaveLength(1);
    const [{ headers, body }] = hook.received as [Received];
    const [row] = await deliveriesOf(sub.id);
    expect(headers['content-type']).toMatch(/^application\/json/);
    expect(headers['x-redline-event']).toBe('case.overdue');
    expect(headers['x-redline-delivery']).toBe(String(row!.id));
    expect(headers['x-redline-timestamp']).toBe(String(now.getTime() / 1000));
    // The receiver's check: HMAC-SHA256 keyed by the secret over `timestamp.body`.
    expect(headers['x-redline-signature']).toBe(hmac(sub.secret, `${headers['x-redline-timestamp']}.${body}`));
    expect(headers['x-redline-signature']).not.toBe(
      hmac('another secret', `${headers['x-redline-timestamp']}.${body}`),
    );
    expect(JSON.parse(body)).toEqual({
      id: String(row!.id),
      type: 'case.overdue',
      createdAt: now.toISOString(),
      data: payload,
    });
    expect(row).toMatchObject({ status: 'delivered', attempts: 1, lastStatusCode: 200, lastError: null });
    expect(row!.deliveredAt).toEqual(now);

    // Delivered is done: a later run sends nothing, and the log shows it.
    expect(
      await deliverWebhooks(t.database.db, new Date(now.getTime() + 60 * MINUTE), { subscriptionIds: [sub.id] }),
    ).toEqual({ delivered: 0, retried: 0, failed: 0 });
    expect(hook.received).toHaveLength(1);
    const log = (await admin.get(`/api/v1/webhooks/${sub.id}/deliveries`)).json();
    expect(log.items).toEqual([
      expect.objectContaining({ status: 'delivered', attempts: 1, lastStatusCode: 200, nextAttemptAt: null }),
    ]);
  });

  it('retries a 500 after the backoff, not before, then delivers', async () => {
    const hook = await receiver((n) => (n === 1 ? 500 : 204));
    const sub = await subscribe(hook.url, ['case.retry']);
    const now = at('2026-03-03T01:00:00.000Z');
    await enqueue([event('case.retry', 'overdue:2')], now);

    expect(await deliverWebhooks(t.database.db, now, { subscriptionIds: [sub.id] })).toEqual({
      delivered: 0,
      retried: 1,
      failed: 0,
    });
    let [row] = await deliveriesOf(sub.id);
    expect(row).toMatchObject({
      status: 'pending',
      attempts: 1,
      lastStatusCode: 500,
      lastError: 'HTTP 500: boom broken',
    });
    expect(row!.nextAttemptAt).toEqual(new Date(now.getTime() + MINUTE));

    // 59 s later it is not due yet.
    await deliverWebhooks(t.database.db, new Date(now.getTime() + MINUTE - 1000), { subscriptionIds: [sub.id] });
    expect(hook.received).toHaveLength(1);

    const later = new Date(now.getTime() + MINUTE);
    expect(await deliverWebhooks(t.database.db, later, { subscriptionIds: [sub.id] })).toEqual({
      delivered: 1,
      retried: 0,
      failed: 0,
    });
    [row] = await deliveriesOf(sub.id);
    expect(row).toMatchObject({ status: 'delivered', attempts: 2, lastStatusCode: 204, lastError: null });
    expect(hook.received).toHaveLength(2);
    // The body is the same on every attempt (receivers dedupe by id); the timestamp and signature move.
    expect(hook.received[1]!.body).toBe(hook.received[0]!.body);
    expect(hook.received[1]!.headers['x-redline-timestamp']).toBe(String(later.getTime() / 1000));
    expect(hook.received[1]!.headers['x-redline-signature']).toBe(
      hmac(sub.secret, `${later.getTime() / 1000}.${hook.received[1]!.body}`),
    );
  });

  it('backs off 1 min, 5 min, 30 min, 2 h, 6 h, 24 h and gives up after the 7th failure', async () => {
    const hook = await receiver(() => 503);
    const sub = await subscribe(hook.url, ['case.backoff']);
    let now = at('2026-03-04T01:00:00.000Z');
    await enqueue([event('case.backoff', 'overdue:3')], now);
    const waits: number[] = [];
    for (let attempt = 1; attempt <= 7; attempt++) {
      const result = await deliverWebhooks(t.database.db, now, { subscriptionIds: [sub.id] });
      expect(result).toEqual(
        attempt < 7 ? { delivered: 0, retried: 1, failed: 0 } : { delivered: 0, retried: 0, failed: 1 },
      );
      const [row] = await deliveriesOf(sub.id);
      expect(row!.attempts).toBe(attempt);
      if (attempt < 7) {
        waits.push((row!.nextAttemptAt.getTime() - now.getTime()) / MINUTE);
        now = row!.nextAttemptAt;
      }
    }
    expect(waits).toEqual([1, 5, 30, 120, 360, 1440]);
    const [row] = await deliveriesOf(sub.id);
    expect(row).toMatchObject({ status: 'failed', attempts: 7, lastStatusCode: 503, deliveredAt: null });
    expect(
      await deliverWebhooks(t.database.db, new Date(now.getTime() + 7 * 24 * 60 * MINUTE), {
        subscriptionIds: [sub.id],
      }),
    ).toEqual({ delivered: 0, retried: 0, failed: 0 });
    expect(hook.received).toHaveLength(7);
    const failed = (await admin.get(`/api/v1/webhooks/${sub.id}/deliveries?status=failed`)).json();
    expect(failed).toMatchObject({ total: 1, items: [{ status: 'failed', attempts: 7, nextAttemptAt: null }] });
  });

  it('records a refused connection, a timeout and a redirect as failed attempts', async () => {
    const hang = await receiver(() => 'hang');
    const redirect = await receiver(() => 302);
    const closed = await receiver();
    await closed.close(); // nothing listens on its port any more
    const subs = [
      await subscribe(hang.url, ['case.broken']),
      await subscribe(redirect.url, ['case.broken']),
      await subscribe(closed.url, ['case.broken']),
    ];
    const now = at('2026-03-05T01:00:00.000Z');
    await enqueue([event('case.broken', 'overdue:4')], now);
    const ids = subs.map((s) => s.id);
    const started = Date.now();
    expect(await deliverWebhooks(t.database.db, now, { subscriptionIds: ids, timeoutMs: 300 })).toEqual({
      delivered: 0,
      retried: 3,
      failed: 0,
    });
    expect(Date.now() - started).toBeLessThan(5_000);
    const [timedOut] = await deliveriesOf(subs[0]!.id);
    expect(timedOut).toMatchObject({ status: 'pending', attempts: 1, lastStatusCode: null });
    expect(timedOut!.lastError).toMatch(/TimeoutError/);
    const [moved] = await deliveriesOf(subs[1]!.id);
    expect(moved).toMatchObject({ attempts: 1, lastStatusCode: 302 });
    const [refused] = await deliveriesOf(subs[2]!.id);
    expect(refused).toMatchObject({ attempts: 1, lastStatusCode: null });
    expect(refused!.lastError).toMatch(/ECONNREFUSED/);
  });

  it('never sends one delivery twice when two processes deliver at the same moment', async () => {
    const hook = await receiver();
    const sub = await subscribe(hook.url, ['case.race']);
    const now = at('2026-03-06T01:00:00.000Z');
    const count = 40;
    expect(
      await enqueue(
        Array.from({ length: count }, (_, i) => event('case.race', `race:${i}`, { i })),
        now,
      ),
    ).toBe(count);
    // Two "processes": separate connection pools on the same database, each looping over small batches.
    const pools: Database[] = [openDatabase(inject('databaseUrl'), 4), openDatabase(inject('databaseUrl'), 4)];
    closers.push(...pools.map((p) => () => p.close()));
    const worker = async (database: Database) => {
      let delivered = 0;
      for (;;) {
        const r = await deliverWebhooks(database.db, now, { subscriptionIds: [sub.id], limit: 3, concurrency: 2 });
        if (r.delivered + r.retried + r.failed === 0) return delivered;
        delivered += r.delivered;
      }
    };
    const [a, b] = await Promise.all(pools.map(worker));
    expect(a! + b!).toBe(count);
    const ids = hook.received.map((r) => r.headers['x-redline-delivery']);
    expect(ids).toHaveLength(count);
    expect(new Set(ids).size).toBe(count);
    const rows = await deliveriesOf(sub.id);
    expect(rows.every((r) => r.status === 'delivered' && r.attempts === 1)).toBe(true);
  });

  it('holds a paused subscription’s deliveries, including a test ping, until it is resumed', async () => {
    const hook = await receiver();
    const sub = await subscribe(hook.url, ['case.paused']);
    expect((await admin.patch(`/api/v1/webhooks/${sub.id}`, { active: false })).statusCode).toBe(200);
    const ping = await admin.post(`/api/v1/webhooks/${sub.id}/test`);
    expect(ping.statusCode).toBe(202);
    const later = new Date(Date.now() + MINUTE);
    expect(await deliverWebhooks(t.database.db, later, { subscriptionIds: [sub.id] })).toEqual({
      delivered: 0,
      retried: 0,
      failed: 0,
    });
    expect(hook.received).toHaveLength(0);
    await admin.patch(`/api/v1/webhooks/${sub.id}`, { active: true });
    expect((await deliverWebhooks(t.database.db, later, { subscriptionIds: [sub.id] })).delivered).toBe(1);
    expect(hook.received[0]!.headers['x-redline-event']).toBe('ping');
    expect(hook.received[0]!.headers['x-redline-delivery']).toBe(ping.json().deliveryId);
    expect(JSON.parse(hook.received[0]!.body)).toMatchObject({ type: 'ping', data: { subscriptionId: sub.id } });
  });
});

/** Decodes RFC 2047 encoded words (B and Q, UTF-8), joining adjacent ones before decoding their bytes. */
function decodeHeader(value: string): string {
  return value.replace(/\?=\s+=\?/g, '?==?').replace(/(=\?utf-8\?[bq]\?[^?]*\?=)+/gi, (run) => {
    const bytes = [...run.matchAll(/=\?utf-8\?([bq])\?([^?]*)\?=/gi)].map(([, encoding, text]) =>
      encoding!.toUpperCase() === 'B'
        ? Buffer.from(text!, 'base64')
        : Buffer.from(
            text!
              .replace(/_/g, ' ')
              .replace(/=([0-9A-F]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))),
            'latin1',
          ),
    );
    return Buffer.concat(bytes).toString('utf8');
  });
}

/** Subject and text of a single-part message as an SMTP server received it. */
function parseMail(raw: string) {
  const split = raw.indexOf('\r\n\r\n');
  const head = raw.slice(0, split).replace(/\r\n[ \t]+/g, ' ');
  const header = (name: string) => new RegExp(`^${name}:\\s*(.*)$`, 'im').exec(head)?.[1] ?? '';
  const content = raw.slice(split + 4);
  const encoding = header('Content-Transfer-Encoding').toLowerCase();
  const text =
    encoding === 'base64'
      ? Buffer.from(content.replace(/\s+/g, ''), 'base64').toString('utf8')
      : encoding === 'quoted-printable'
        ? Buffer.from(
            content
              .replace(/=\r\n/g, '')
              .replace(/=([0-9A-F]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))),
            'latin1',
          ).toString('utf8')
        : content;
  return { subject: decodeHeader(header('Subject')), from: decodeHeader(header('From')), text };
}

type Mail = { from: string; to: string[]; raw: string; user: unknown };

/** A real SMTP server on a free port that wants user `redline` / `s3cret` and rejects recipients named reject*. */
async function smtpReceiver() {
  const mails: Mail[] = [];
  const server = new SMTPServer({
    logger: false,
    disabledCommands: ['STARTTLS'],
    allowInsecureAuth: true,
    onAuth(auth, _session, callback) {
      if (auth.username === 'redline' && auth.password === 's3cret') callback(null, { user: auth.username });
      else callback(new Error('Invalid username or password'));
    },
    onRcptTo(address, _session, callback) {
      if (address.address.startsWith('reject')) callback(new Error('No such mailbox here'));
      else callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        mails.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((r) => r.address),
          raw: Buffer.concat(chunks).toString('utf8'),
          user: session.user,
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as AddressInfo).port;
  closers.push(() => new Promise<void>((resolve) => server.close(() => resolve())));
  return { port, mails };
}

describe('sendEmails', () => {
  const overdue = (accountId: string, dedupeKey: string): NotificationItem => ({
    accountId,
    kind: 'overdue',
    messageKey: 'NOTIFY.CASE_OVERDUE',
    params: { number: 'YH-140525-2026-000009', title: '消防通道堵塞', deadline: '2026-03-12T15:59:59.999Z' },
    dedupeKey,
  });
  async function accountWithEmail(prefix: string) {
    const account = await makeAccount(t, {
      roles: ['inspector'],
      scope: { kind: 'region', regionCode: tree.county.code },
    });
    const email = `${prefix}${account.id.slice(0, 8)}@example.gov.cn`;
    await t.database.db.update(accounts).set({ email }).where(eq(accounts.id, account.id));
    return { id: account.id, email };
  }
  const outboxFor = (addresses: string[]) =>
    t.database.db.select().from(emailOutbox).where(inArray(emailOutbox.toAddress, addresses)).orderBy(emailOutbox.id);

  it('sends queued email through a real SMTP server with the URL’s credentials, and retries a refused one', async () => {
    const smtp = await smtpReceiver();
    const good = await accountWithEmail('inspector');
    const bad = await accountWithEmail('reject');
    const now = at('2026-03-07T01:00:00.000Z');
    await t.database.db.transaction((tx) =>
      notifyMany(tx, [overdue(good.id, 'mail:1'), overdue(bad.id, 'mail:1')], { email: true, now }),
    );
    const settings = { url: `smtp://redline:s3cret@127.0.0.1:${smtp.port}`, from: '红线 <redline@example.gov.cn>' };
    const result = await sendEmails(t.database.db, now, { smtp: settings, toAddresses: [good.email, bad.email] });
    expect(result).toEqual({ sent: 1, retried: 1, failed: 0, skipped: false });

    expect(smtp.mails).toHaveLength(1);
    const [mail] = smtp.mails as [Mail];
    expect(mail.user).toBe('redline');
    expect(mail.from).toBe('redline@example.gov.cn');
    expect(mail.to).toEqual([good.email]);
    const parsed = parseMail(mail.raw);
    expect(parsed.subject).toBe('【红线】事项 YH-140525-2026-000009「消防通道堵塞」已超过办理期限（2026-03-12）。');
    expect(parsed.from).toContain('红线');
    expect(parsed.text).toContain('事项 YH-140525-2026-000009「消防通道堵塞」已超过办理期限（2026-03-12）。');

    const [sent, refused] = await outboxFor([good.email, bad.email]);
    expect(sent).toMatchObject({ toAddress: good.email, status: 'sent', attempts: 1, lastError: null });
    expect(sent!.sentAt).toEqual(now);
    expect(refused).toMatchObject({ toAddress: bad.email, status: 'pending', attempts: 1 });
    expect(refused!.lastError).toMatch(/No such mailbox here/);
    expect(refused!.nextAttemptAt).toEqual(new Date(now.getTime() + MINUTE));

    // Sent mail is not sent again; wrong credentials count as a failed attempt.
    const later = new Date(now.getTime() + MINUTE);
    const wrong = { ...settings, url: `smtp://redline:wrong@127.0.0.1:${smtp.port}` };
    expect(await sendEmails(t.database.db, later, { smtp: wrong, toAddresses: [good.email, bad.email] })).toEqual({
      sent: 0,
      retried: 1,
      failed: 0,
      skipped: false,
    });
    expect(smtp.mails).toHaveLength(1);
    const [, again] = await outboxFor([good.email, bad.email]);
    expect(again).toMatchObject({ status: 'pending', attempts: 2 });
    expect(again!.lastError).toMatch(/Invalid username or password|auth/i);
  });

  it('queues and sends nothing when SMTP is not configured', async () => {
    expect(process.env.SMTP_URL).toBeUndefined();
    const smtp = await smtpReceiver();
    const account = await accountWithEmail('quiet');
    const now = at('2026-03-08T01:00:00.000Z');
    expect(await t.database.db.transaction((tx) => notifyMany(tx, [overdue(account.id, 'quiet:1')], { now }))).toBe(1);
    expect(await outboxFor([account.email])).toEqual([]);
    // A row queued while SMTP was on stays pending when it is off again: no transport, nothing sent.
    await t.database.db.transaction((tx) => notifyMany(tx, [overdue(account.id, 'quiet:2')], { email: true, now }));
    expect(await sendEmails(t.database.db, now, { toAddresses: [account.email] })).toEqual({
      sent: 0,
      retried: 0,
      failed: 0,
      skipped: true,
    });
    expect(await outboxFor([account.email])).toEqual([expect.objectContaining({ status: 'pending', attempts: 0 })]);
    expect(smtp.mails).toHaveLength(0);
  });
});
