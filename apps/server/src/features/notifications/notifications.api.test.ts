import { and, count, eq, inArray } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeAccount, makeTree, type TestApp, type Tree, testApp } from '../../../test/harness';
import { accounts } from '../accounts/schema';
import { auditLog } from '../audit/schema';
import { enqueueWebhooks, type NotificationItem, notifyMany } from './notify';
import { emailOutbox, notifications, webhookDeliveries, webhookSubscriptions } from './schema';

let t: TestApp;
let tree: Tree;
let other: Tree;
type Client = Awaited<ReturnType<typeof makeAccount>>;
let admin: Client;
let otherAdmin: Client;
let inspector: Client;

const regionScope = (regionCode: string) => ({ kind: 'region' as const, regionCode });
const notify = (items: NotificationItem[], options?: Parameters<typeof notifyMany>[2]) =>
  t.database.db.transaction((tx) => notifyMany(tx, items, options));
const storedFor = (accountId: string) =>
  t.database.db.select().from(notifications).where(eq(notifications.accountId, accountId));
const auditOf = (action: string, entityId: string) =>
  t.database.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.action, action), eq(auditLog.entityId, entityId)));
const subscriptionsAt = async (regionPath: string) =>
  (
    await t.database.db
      .select({ n: count() })
      .from(webhookSubscriptions)
      .where(eq(webhookSubscriptions.regionPath, regionPath))
  )[0]!.n;
const pathOf = async (code: string) =>
  (await t.database.db.query.regions.findFirst({ where: (r, { eq }) => eq(r.code, code) }))!.path;

beforeAll(async () => {
  t = await testApp();
  tree = await makeTree(t);
  other = await makeTree(t);
  admin = await makeAccount(t, { roles: ['admin'], scope: regionScope(tree.county.code) });
  otherAdmin = await makeAccount(t, { roles: ['admin'], scope: regionScope(other.county.code) });
  inspector = await makeAccount(t, { roles: ['inspector'], scope: regionScope(tree.county.code) });
});

/** An event id no real timeline event of the shared test database reaches (other files join notifications to events). */
const FAR_EVENT = 9_000_000_000_042n;

describe('notifyMany', () => {
  it('inserts once per (account, dedupe key) however often the fan-out runs, and always when the key is null', async () => {
    const a = await makeAccount(t, { roles: ['inspector'], scope: regionScope(tree.county.code) });
    const b = await makeAccount(t, { roles: ['inspector'], scope: regionScope(tree.county.code) });
    const items: NotificationItem[] = [
      { accountId: a.id, kind: 'overdue', messageKey: 'NOTIFY.CASE_OVERDUE', dedupeKey: 'event:1' },
      { accountId: b.id, kind: 'overdue', messageKey: 'NOTIFY.CASE_OVERDUE', dedupeKey: 'event:1' },
      {
        accountId: a.id,
        kind: 'reminder',
        messageKey: 'NOTIFY.CASE_REMINDER',
        dedupeKey: 'event:2',
        eventId: FAR_EVENT,
      },
      // The same key twice in one batch: one row.
      { accountId: a.id, kind: 'reminder', messageKey: 'NOTIFY.CASE_REMINDER', dedupeKey: 'event:2' },
      { accountId: a.id, kind: 'transition', messageKey: 'NOTIFY.CASE_TRANSITION', dedupeKey: null },
    ];
    expect(await notify(items)).toBe(4);
    expect(await notify(items)).toBe(1); // only the item without a key
    expect(await notify([])).toBe(0);
    const rowsA = await storedFor(a.id);
    expect(rowsA.filter((r) => r.dedupeKey === 'event:1')).toHaveLength(1);
    expect(rowsA.filter((r) => r.dedupeKey === 'event:2').map((r) => r.eventId)).toEqual([FAR_EVENT]);
    expect(rowsA.filter((r) => r.dedupeKey === null)).toHaveLength(2);
    expect(await storedFor(b.id)).toHaveLength(1);
  });

  it('takes 10,000 items in one call, and a repeated call adds none', async () => {
    const a = await makeAccount(t, { roles: ['inspector'], scope: regionScope(tree.county.code) });
    const b = await makeAccount(t, { roles: ['inspector'], scope: regionScope(tree.county.code) });
    const caseId = crypto.randomUUID();
    const items: NotificationItem[] = Array.from({ length: 10_000 }, (_, i) => ({
      accountId: i % 2 ? a.id : b.id,
      kind: 'reminder',
      caseId,
      // No event id: made-up ids would point at real timeline events of other test files on the shared database.
      eventId: null,
      messageKey: 'NOTIFY.CASE_REMINDER',
      params: { number: `YH-${i}`, title: `隐患${i}`, deadline: '2026-03-12T15:59:59.999Z' },
      dedupeKey: `bulk:${i}`,
    }));
    const started = Date.now();
    expect(await notify(items)).toBe(10_000);
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(await notify(items)).toBe(0);
    expect(await storedFor(a.id)).toHaveLength(5_000);
  });

  it('rolls back with the caller’s transaction', async () => {
    const a = await makeAccount(t, { roles: ['inspector'], scope: regionScope(tree.county.code) });
    await expect(
      t.database.db.transaction(async (tx) => {
        await notifyMany(tx, [{ accountId: a.id, kind: 'assigned', messageKey: 'NOTIFY.CASE_ASSIGNED' }]);
        throw new Error('the caller fails');
      }),
    ).rejects.toThrow('the caller fails');
    expect(await storedFor(a.id)).toHaveLength(0);
  });
});

describe('in-app notifications', () => {
  const params = { number: 'YH-140525-2026-000123', title: '配电箱未接地', deadline: '2026-03-12T15:59:59.999Z' };

  it('lists your own, newest first, rendered in the request’s language, with an unread filter and count', async () => {
    const me = await makeAccount(t, { roles: ['inspector'], scope: regionScope(tree.county.code) });
    const caseId = crypto.randomUUID();
    await notify([
      { accountId: me.id, kind: 'reminder', caseId, messageKey: 'NOTIFY.CASE_REMINDER', params, dedupeKey: 'r1' },
      {
        accountId: me.id,
        kind: 'transition',
        caseId,
        messageKey: 'NOTIFY.CASE_TRANSITION',
        params: { ...params, state: '整改中' },
        dedupeKey: 't1',
      },
      { accountId: inspector.id, kind: 'reminder', messageKey: 'NOTIFY.CASE_REMINDER', params, dedupeKey: 'x1' },
    ]);
    const list = await me.get('/api/v1/notifications');
    expect(list.statusCode).toBe(200);
    expect(list.json()).toMatchObject({ total: 2, page: 1, pageSize: 20 });
    const [newest, oldest] = list.json().items;
    expect(newest).toEqual({
      id: expect.stringMatching(/^\d+$/),
      kind: 'transition',
      caseId,
      // A case this test made up: nothing to open (link.test.ts covers each kind of case).
      link: null,
      messageKey: 'NOTIFY.CASE_TRANSITION',
      text: '事项 YH-140525-2026-000123「配电箱未接地」当前状态：整改中。',
      createdAt: expect.any(String),
      readAt: null,
    });
    // The deadline is the end of 12 March in Asia/Shanghai: shown as that date.
    expect(oldest.text).toBe('事项 YH-140525-2026-000123「配电箱未接地」将于 2026-03-12 到期，请按期办理。');
    me.locale = 'en';
    const en = (await me.get('/api/v1/notifications')).json();
    expect(en.items[1].text).toBe('Case YH-140525-2026-000123 "配电箱未接地" is due on 2026-03-12.');
    const page2 = (await me.get('/api/v1/notifications?pageSize=1&page=2')).json();
    expect(page2.items.map((n: { id: string }) => n.id)).toEqual([oldest.id]);

    expect((await me.get('/api/v1/notifications/unread-count')).json()).toEqual({ unread: 2 });
    const read = await me.post(`/api/v1/notifications/${oldest.id}/read`);
    expect(read.statusCode).toBe(200);
    expect(read.json()).toMatchObject({ id: oldest.id, readAt: expect.any(String) });
    expect((await me.get('/api/v1/notifications/unread-count')).json()).toEqual({ unread: 1 });
    const unread = (await me.get('/api/v1/notifications?unread=true')).json();
    expect(unread).toMatchObject({ total: 1, items: [{ id: newest.id, readAt: null }] });
    expect((await me.get('/api/v1/notifications?unread=false')).json().total).toBe(2);

    // Marking read is audited once; marking it again changes nothing and writes nothing.
    expect((await auditOf('notification.read', oldest.id)).map((a) => a.actorId)).toEqual([me.id]);
    const again = await me.post(`/api/v1/notifications/${oldest.id}/read`);
    expect(again.json().readAt).toBe(read.json().readAt);
    expect(await auditOf('notification.read', oldest.id)).toHaveLength(1);

    const all = await me.post('/api/v1/notifications/read-all');
    expect(all.json()).toEqual({ marked: 1 });
    expect((await me.get('/api/v1/notifications/unread-count')).json()).toEqual({ unread: 0 });
    expect((await auditOf('notification.read_all', me.id)).map((a) => a.diff)).toEqual([
      expect.objectContaining({ note: expect.objectContaining({ marked: 1 }) }),
    ]);
    expect((await me.post('/api/v1/notifications/read-all')).json()).toEqual({ marked: 0 });
    expect(await auditOf('notification.read_all', me.id)).toHaveLength(1);
    // Another account's notifications were not touched.
    expect((await storedFor(inspector.id)).every((n) => n.readAt === null)).toBe(true);
  });

  it('answers 404 for another account’s notification and leaves it unread', async () => {
    const me = await makeAccount(t, { roles: ['inspector'], scope: regionScope(tree.county.code) });
    const you = await makeAccount(t, { roles: ['inspector'], scope: regionScope(tree.county.code) });
    await notify([{ accountId: you.id, kind: 'assigned', messageKey: 'NOTIFY.CASE_ASSIGNED', params }]);
    const [yours] = await storedFor(you.id);
    const res = await me.post(`/api/v1/notifications/${yours!.id}/read`);
    expect(res.statusCode).toBe(404);
    expect(res.json().code).toBe('NOT_FOUND');
    expect((await storedFor(you.id))[0]!.readAt).toBeNull();
    expect(await auditOf('notification.read', String(yours!.id))).toHaveLength(0);
    expect((await me.get('/api/v1/notifications')).json().total).toBe(0);
    expect((await me.post('/api/v1/notifications/read-all')).json()).toEqual({ marked: 0 });
    expect((await storedFor(you.id))[0]!.readAt).toBeNull();
  });

  it('refuses a malformed id and bad paging with 400, and anonymous callers with 401', async () => {
    const me = await makeAccount(t, { roles: ['inspector'], scope: regionScope(tree.county.code) });
    const bad = await me.post('/api/v1/notifications/abc/read');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().details[0]).toMatchObject({ path: 'params.id', code: 'VALIDATION.INVALID_FORMAT' });
    expect((await me.get('/api/v1/notifications?pageSize=500')).statusCode).toBe(400);
    expect((await me.get('/api/v1/notifications?unread=maybe')).statusCode).toBe(400);
    expect((await t.app.inject({ url: '/api/v1/notifications' })).statusCode).toBe(401);
  });
});

describe('webhook subscriptions', () => {
  const url = '/api/v1/webhooks';

  it('creates with a secret shown once, lists, updates, deletes, each audited without the secret', async () => {
    const created = await admin.post(url, {
      name: '县应急局对接',
      url: 'https://example.gov.cn/hooks/redline',
      events: ['case.overdue', 'case.escalated', 'case.overdue'],
      regionCode: tree.towns[0].code,
    });
    expect(created.statusCode).toBe(201);
    const body = created.json();
    expect(body).toEqual({
      id: expect.any(String),
      name: '县应急局对接',
      url: 'https://example.gov.cn/hooks/redline',
      events: ['case.overdue', 'case.escalated'],
      regionCode: tree.towns[0].code,
      regionName: tree.towns[0].name,
      active: true,
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
      secret: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    const [stored] = await t.database.db
      .select()
      .from(webhookSubscriptions)
      .where(eq(webhookSubscriptions.id, body.id));
    expect(stored!.secret).toBe(body.secret);
    expect(stored!.createdBy).toBe(admin.id);

    const one = await admin.get(`${url}/${body.id}`);
    expect(one.statusCode).toBe(200);
    expect(one.json()).not.toHaveProperty('secret');
    const list = (await admin.get(url)).json();
    expect(list.items.map((w: { id: string }) => w.id)).toContain(body.id);
    expect(JSON.stringify(list)).not.toContain(body.secret);

    const patched = await admin.patch(`${url}/${body.id}`, { events: ['*'], active: false, name: '暂停' });
    expect(patched.statusCode).toBe(200);
    expect(patched.json()).toMatchObject({ events: ['*'], active: false, name: '暂停' });
    expect(patched.json()).not.toHaveProperty('secret');

    const ping = await admin.post(`${url}/${body.id}/test`);
    expect(ping.statusCode).toBe(202);
    const log = (await admin.get(`${url}/${body.id}/deliveries`)).json();
    expect(log).toMatchObject({
      total: 1,
      items: [{ id: ping.json().deliveryId, eventType: 'ping', status: 'pending', attempts: 0, lastError: null }],
    });

    expect((await admin.delete(`${url}/${body.id}`)).statusCode).toBe(204);
    expect((await admin.get(`${url}/${body.id}`)).statusCode).toBe(404);
    expect(
      await t.database.db.select().from(webhookDeliveries).where(eq(webhookDeliveries.subscriptionId, body.id)),
    ).toHaveLength(0);

    const trail = await t.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entity, 'webhook_subscription'), eq(auditLog.entityId, body.id)));
    expect(trail.map((a) => a.action).sort()).toEqual([
      'webhook.create',
      'webhook.delete',
      'webhook.test',
      'webhook.update',
    ]);
    expect(trail.every((a) => a.actorId === admin.id)).toBe(true);
    expect(JSON.stringify(trail.map((a) => a.diff))).not.toContain(body.secret);
    expect(JSON.stringify(trail.find((a) => a.action === 'webhook.create')!.diff)).toContain('hooks/redline');
  });

  it('keeps subscriptions inside the administrator’s scope: 403 outside, 404 for another county’s', async () => {
    const path = await pathOf(other.towns[0].code);
    const outside = await admin.post(url, {
      name: '越权',
      url: 'https://example.com/h',
      events: ['*'],
      regionCode: other.towns[0].code,
    });
    expect(outside.statusCode).toBe(403);
    expect(outside.json().code).toBe('SCOPE.OUT_OF_SCOPE');
    expect(await subscriptionsAt(path)).toBe(0);
    const above = await admin.post(url, {
      name: '上级',
      url: 'https://example.com/h',
      events: ['*'],
      regionCode: tree.city.code,
    });
    expect(above.statusCode).toBe(403);

    const theirs = (
      await otherAdmin.post(url, {
        name: '他县',
        url: 'http://127.0.0.1:9/h',
        events: ['*'],
        regionCode: other.county.code,
      })
    ).json();
    for (const res of [
      await admin.get(`${url}/${theirs.id}`),
      await admin.patch(`${url}/${theirs.id}`, { active: false }),
      await admin.get(`${url}/${theirs.id}/deliveries`),
      await admin.post(`${url}/${theirs.id}/test`),
      await admin.delete(`${url}/${theirs.id}`),
    ]) {
      expect(res.statusCode).toBe(404);
    }
    expect((await admin.get(url)).json().items.map((w: { id: string }) => w.id)).not.toContain(theirs.id);
    const [still] = await t.database.db
      .select()
      .from(webhookSubscriptions)
      .where(eq(webhookSubscriptions.id, theirs.id));
    expect(still!.active).toBe(true);
    expect(
      await t.database.db.select().from(webhookDeliveries).where(eq(webhookDeliveries.subscriptionId, theirs.id)),
    ).toHaveLength(0);

    // Only administrators manage webhooks.
    expect((await inspector.get(url)).statusCode).toBe(403);
    expect(
      (await inspector.post(url, { name: 'x', url: 'https://a.example', events: ['*'], regionCode: tree.county.code }))
        .statusCode,
    ).toBe(403);
  });

  it('refuses a URL that is not http(s), an unknown region and bad events with 400, writing nothing', async () => {
    const path = await pathOf(tree.towns[1].code);
    const before = await subscriptionsAt(path);
    admin.locale = 'en';
    const ftp = await admin.post(url, {
      name: 'ftp',
      url: 'ftp://example.com/x',
      events: ['case.overdue'],
      regionCode: tree.towns[1].code,
    });
    expect(ftp.statusCode).toBe(400);
    expect(ftp.json().details).toEqual([
      {
        path: 'url',
        code: 'VALIDATION.HTTP_URL',
        message: 'URL must be a full URL starting with http:// or https://.',
      },
    ]);
    admin.locale = 'zh-CN';
    for (const bad of ['javascript:alert(1)', 'not a url', 'http://', '/relative']) {
      const res = await admin.post(url, { name: 'x', url: bad, events: ['*'], regionCode: tree.towns[1].code });
      expect(res.statusCode, bad).toBe(400);
      expect(res.json().details[0].code).toBe('VALIDATION.HTTP_URL');
    }
    const unknown = await admin.post(url, {
      name: 'x',
      url: 'https://a.example',
      events: ['*'],
      regionCode: '999999',
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().details[0]).toMatchObject({ path: 'regionCode', code: 'VALIDATION.UNKNOWN_REFERENCE' });
    const noEvents = await admin.post(url, {
      name: 'x',
      url: 'https://a.example',
      events: [],
      regionCode: tree.towns[1].code,
    });
    expect(noEvents.json().details[0]).toMatchObject({ path: 'events', code: 'VALIDATION.REQUIRED' });
    const badEvent = await admin.post(url, {
      name: 'x',
      url: 'https://a.example',
      events: ['Case Overdue'],
      regionCode: tree.towns[1].code,
    });
    expect(badEvent.json().details[0]).toMatchObject({ path: 'events.0', code: 'VALIDATION.INVALID_FORMAT' });
    const secret = await admin.post(url, {
      name: 'x',
      url: 'https://a.example',
      events: ['*'],
      regionCode: tree.towns[1].code,
      secret: 'mine',
    });
    expect(secret.json().details[0]).toMatchObject({ code: 'VALIDATION.UNKNOWN_FIELD' });
    expect(await subscriptionsAt(path)).toBe(before);

    const ok = (
      await admin.post(url, { name: 'ok', url: 'https://a.example', events: ['*'], regionCode: tree.towns[1].code })
    ).json();
    const patch = await admin.patch(`${url}/${ok.id}`, { url: 'file:///etc/passwd' });
    expect(patch.statusCode).toBe(400);
    expect((await admin.get(`${url}/${ok.id}`)).json().url).toBe('https://a.example');
    expect(await auditOf('webhook.update', ok.id)).toHaveLength(0);
  });
});

describe('enqueueWebhooks', () => {
  it('queues one delivery per active subscription for the type (or *) whose region covers the event, once', async () => {
    const tree2 = await makeTree(t);
    const admin2 = await makeAccount(t, { roles: ['admin'], scope: regionScope(tree2.county.code) });
    const create = async (name: string, regionCode: string, events: string[], active = true) =>
      (
        await admin2.post('/api/v1/webhooks', { name, url: 'https://hooks.example/x', events, regionCode, active })
      ).json().id as string;
    const county = await create('county all', tree2.county.code, ['*']);
    const town0 = await create('town0 overdue', tree2.towns[0].code, ['case.overdue']);
    const town1 = await create('town1 overdue', tree2.towns[1].code, ['case.overdue']);
    const paused = await create('paused', tree2.county.code, ['*'], false);
    const village0 = await pathOf(tree2.villages[0].code);
    const now = new Date('2026-03-02T01:00:00.000Z');
    const events = [
      { type: 'case.overdue', regionPath: village0, dedupeKey: 'ev:1', payload: { caseId: 'c1' } },
      { type: 'case.assigned', regionPath: village0, dedupeKey: 'ev:2', payload: { caseId: 'c1' } },
    ];
    const queued = await t.database.db.transaction((tx) => enqueueWebhooks(tx, events, { now }));
    expect(queued).toBe(3); // county gets both, town0 the overdue one, town1 and the paused one none
    expect(await t.database.db.transaction((tx) => enqueueWebhooks(tx, events, { now }))).toBe(0);
    expect(await t.database.db.transaction((tx) => enqueueWebhooks(tx, []))).toBe(0);
    const rows = await t.database.db
      .select()
      .from(webhookDeliveries)
      .where(inArray(webhookDeliveries.subscriptionId, [county, town0, town1, paused]));
    const seen = rows.map((r) => `${r.subscriptionId === county ? 'county' : 'town0'}:${r.eventType}`).sort();
    expect(seen).toEqual(['county:case.assigned', 'county:case.overdue', 'town0:case.overdue']);
    expect(rows.every((r) => r.status === 'pending' && r.nextAttemptAt.getTime() === now.getTime())).toBe(true);
    expect(rows.find((r) => r.subscriptionId === town0)!.payload).toEqual({ caseId: 'c1' });
  });
});

describe('email outbox', () => {
  it('is filled only when email is on, for active accounts with an address, once per (address, key)', async () => {
    const withMail = await makeAccount(t, { roles: ['inspector'], scope: regionScope(tree.county.code) });
    const noMail = await makeAccount(t, { roles: ['inspector'], scope: regionScope(tree.county.code) });
    const address = `inspector${withMail.id.slice(0, 8)}@example.gov.cn`;
    await t.database.db.update(accounts).set({ email: address }).where(eq(accounts.id, withMail.id));
    const item = (accountId: string, key: string): NotificationItem => ({
      accountId,
      kind: 'overdue',
      messageKey: 'NOTIFY.CASE_OVERDUE',
      params: { number: 'YH-1', title: '消防通道堵塞', deadline: '2026-03-12T15:59:59.999Z' },
      dedupeKey: key,
    });
    const outbox = () => t.database.db.select().from(emailOutbox).where(eq(emailOutbox.toAddress, address));

    // SMTP is not configured in the tests' environment: the default queues no email.
    expect(process.env.SMTP_URL).toBeUndefined();
    expect(await notify([item(withMail.id, 'k0')])).toBe(1);
    expect(await outbox()).toHaveLength(0);

    expect(await notify([item(withMail.id, 'k1'), item(noMail.id, 'k1')], { email: true })).toBe(2);
    expect(await notify([item(withMail.id, 'k1')], { email: true })).toBe(0);
    const mails = await outbox();
    expect(mails).toHaveLength(1);
    expect(mails[0]).toMatchObject({
      subject: '【红线】事项 YH-1「消防通道堵塞」已超过办理期限（2026-03-12）。',
      dedupeKey: 'k1',
      status: 'pending',
      attempts: 0,
    });
    expect(mails[0]!.body).toContain('事项 YH-1「消防通道堵塞」已超过办理期限（2026-03-12）。');

    // A disabled account gets the in-app notification but no email.
    const disabled = await makeAccount(t, { roles: ['inspector'], scope: regionScope(tree.county.code) });
    const disabledAddress = `disabled${disabled.id.slice(0, 8)}@example.gov.cn`;
    await t.database.db
      .update(accounts)
      .set({ email: disabledAddress, status: 'disabled' })
      .where(eq(accounts.id, disabled.id));
    expect(await notify([item(disabled.id, 'k2')], { email: true })).toBe(1);
    expect(await t.database.db.select().from(emailOutbox).where(eq(emailOutbox.toAddress, disabledAddress))).toEqual(
      [],
    );
  });
});
