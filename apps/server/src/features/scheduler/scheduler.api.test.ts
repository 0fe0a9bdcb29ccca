import { HAZARD_WORKFLOW } from '@redline/domain';
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { makeTree, systemWho, type TestApp, type Tree, testApp, uniqueNumber } from '../../../test/harness';
import { openDatabase } from '../../db/client';
import { insertAccount } from '../accounts/service';
import { createCase } from '../cases/create-case';
import { caseEvents } from '../cases/schema';
import { notifications, webhookDeliveries, webhookSubscriptions } from '../notifications/schema';
import { findRegion } from '../regions/repo';
import { type SchedulerLogger, startScheduler } from './scheduler';

let t: TestApp;
let tree: Tree;
let underPath: string;
let lockKey: number;

beforeAll(async () => {
  t = await testApp();
  tree = await makeTree(t);
  underPath = (await findRegion(t.database.db, tree.county.code))!.path;
  lockKey = 9_000_000_000 + (await uniqueNumber(t));
});

/** A logger that keeps what it is told, per level. */
function captureLogger() {
  const lines: Array<{ level: string; obj: Record<string, unknown>; msg?: string }> = [];
  const at =
    (level: string) =>
    (obj: object, msg?: string): void => {
      lines.push({ level, obj: obj as Record<string, unknown>, msg });
    };
  const logger: SchedulerLogger = { info: at('info'), debug: at('debug'), error: at('error') };
  return { logger, lines };
}

const openCase = (deadline: Date, ownerAccountId: string) =>
  t.database.db.transaction((tx) =>
    createCase(tx, systemWho(), {
      type: 'hazard',
      workflow: HAZARD_WORKFLOW,
      title: '危化品仓库通风不良',
      regionCode: tree.villages[0].code,
      ownerAccountId,
      deadline,
    }),
  );

async function owner() {
  const n = await uniqueNumber(t);
  const row = await t.database.db.transaction((tx) =>
    insertAccount(
      tx,
      systemWho(),
      {
        username: `tick${n}`,
        displayName: `调度${n}`,
        roles: ['town_officer'],
        scope: { kind: 'region', regionCode: tree.towns[0].code },
        password: 'Test#Pass2026',
      },
      null,
    ),
  );
  return row.id;
}

describe('startScheduler', () => {
  it('ticks at start and every interval: sweep, then webhook delivery; each event once', async () => {
    const deadline = new Date('2031-08-01T15:59:59.999Z');
    const now = new Date(deadline.getTime() + 60_000);
    const person = await owner();
    const c = await openCase(deadline, person);
    const [sub] = await t.database.db
      .insert(webhookSubscriptions)
      .values({
        name: '调度测试',
        url: 'https://hooks.example.test/tick',
        secret: 'k'.repeat(32),
        events: ['*'],
        regionPath: underPath,
      })
      .returning();
    const posted: Array<{ url: string; body: string }> = [];
    const fetch = (async (url: string | URL | Request, init?: RequestInit) => {
      posted.push({ url: String(url), body: String(init?.body) });
      return new Response('ok', { status: 200 });
    }) as typeof globalThis.fetch;
    const { logger, lines } = captureLogger();
    const scheduler = startScheduler({
      db: t.database.db,
      logger,
      now: () => now,
      intervalMs: 30,
      sweep: { underPath, lockKey },
      deliver: { subscriptionIds: [sub!.id], fetch },
      email: { toAddresses: [] },
    });
    await expect.poll(() => scheduler.ticks, { timeout: 10_000 }).toBeGreaterThanOrEqual(3);
    await scheduler.stop();
    const ticks = scheduler.ticks;

    const events = await t.database.db.select().from(caseEvents).where(eq(caseEvents.caseId, c.id));
    expect(events.filter((e) => e.kind === 'overdue')).toHaveLength(1);
    expect(await t.database.db.$count(notifications, eq(notifications.caseId, c.id))).toBe(1);
    const [delivery] = await t.database.db
      .select()
      .from(webhookDeliveries)
      .where(eq(webhookDeliveries.subscriptionId, sub!.id));
    expect(delivery).toMatchObject({ eventType: 'case.overdue', status: 'delivered' });
    expect(posted).toHaveLength(1);
    expect(posted[0]!.url).toBe('https://hooks.example.test/tick');
    expect(JSON.parse(posted[0]!.body)).toMatchObject({
      type: 'case.overdue',
      data: { caseId: c.id, eventKey: 'overdue' },
    });
    // The busy tick is logged at info with its counts; the quiet ones at debug.
    const busy = lines.filter((l) => l.level === 'info');
    expect(busy).toHaveLength(1);
    expect(busy[0]!.obj).toMatchObject({ sweep: { overdue: 1, notifications: 1 }, webhooks: { delivered: 1 } });
    expect(lines.filter((l) => l.level === 'error')).toEqual([]);
    // Stopped means stopped.
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(scheduler.ticks).toBe(ticks);
  });

  it('logs a failing job and keeps ticking; nothing is thrown into the process', async () => {
    const broken = openDatabase(inject('databaseUrl'), 1);
    await broken.close();
    const { logger, lines } = captureLogger();
    const scheduler = startScheduler({
      db: broken.db,
      logger,
      intervalMs: 20,
      sweep: { underPath, lockKey },
      deliver: { subscriptionIds: [] },
      email: { toAddresses: [] },
    });
    await expect.poll(() => scheduler.ticks, { timeout: 10_000 }).toBeGreaterThanOrEqual(2);
    await scheduler.stop();
    const failed = lines.filter((l) => l.level === 'error').map((l) => l.obj.job);
    expect(failed.filter((job) => job === 'sweep').length).toBeGreaterThanOrEqual(2);
    expect(failed).toContain('webhooks');
    const result = await scheduler.tick();
    expect(result.sweep).toEqual({ error: expect.any(String) });
  });

  it('stop() waits for the running tick to finish', async () => {
    const deadline = new Date('2031-09-01T15:59:59.999Z');
    const c = await openCase(deadline, await owner());
    const holder = await t.database.pool.connect();
    try {
      // Holding the case row keeps the tick's sweep waiting inside its transaction.
      await holder.query('begin');
      await holder.query('select id from cases where id = $1 for update', [c.id]);
      const { logger } = captureLogger();
      const scheduler = startScheduler({
        db: t.database.db,
        logger,
        now: () => deadline,
        intervalMs: 60_000,
        sweep: { underPath, lockKey },
        deliver: { subscriptionIds: [] },
        email: { toAddresses: [] },
      });
      await expect
        .poll(async () => {
          const { rows } = await t.database.pool.query(
            `select 1 from pg_locks where locktype = 'advisory' and granted
                and ((classid::bigint << 32) | objid::bigint) = $1`,
            [lockKey],
          );
          return rows.length;
        })
        .toBe(1);
      let stopped = false;
      const stopping = scheduler.stop().then(() => {
        stopped = true;
      });
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(stopped).toBe(false);
      await holder.query('commit');
      await stopping;
      expect(scheduler.ticks).toBe(1);
      const events = await t.database.db.select().from(caseEvents).where(eq(caseEvents.caseId, c.id));
      expect(events.map((e) => e.kind)).toEqual(['created', 'overdue']);
    } finally {
      await holder.query('rollback').catch(() => undefined);
      holder.release();
    }
  });
});
