import { ERROR_STATUS } from '@redline/contracts';
import { FIVE_ASSURANCE_FIELDS, HAZARD_WORKFLOW } from '@redline/domain';
import { and, asc, count, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeTree, type TestApp, type Tree, testApp } from '../../../test/harness';
import { AppError } from '../../http/errors';
import type { AuditWho } from '../audit/append-audit';
import { auditLog } from '../audit/schema';
import { findRegion } from '../regions/repo';
import { type CreateCaseInput, createCase } from './create-case';
import { caseEvents, cases } from './schema';
import { SWEEP_LOCK, sweepDeadlines } from './sweep-deadlines';
import { type TransitionCaseInput, transitionCase } from './transition-case';

let t: TestApp;
let tree: Tree;
let other: Tree;

beforeAll(async () => {
  t = await testApp();
  tree = await makeTree(t);
  other = await makeTree(t);
});

const DAY = 86_400_000;
const who = (now = new Date()): AuditWho => ({ actorId: null, requestId: 'cases-test', now });
const supervisor = { actorRoles: ['town_officer'], actorRelations: ['supervisor'] };
const owner = { actorRoles: ['enterprise_user'], actorRelations: ['owner'] };
const afterPhoto = [{ phase: 'after' as const, sha256: 'ab'.repeat(32) }];
const fiveAssurances = Object.fromEntries(FIVE_ASSURANCE_FIELDS.map((f) => [f, `${f} 已落实`]));

type Case = typeof cases.$inferSelect;

const create = (input: Partial<CreateCaseInput> = {}, now?: Date) =>
  t.database.db.transaction((tx) =>
    createCase(tx, who(now), {
      type: 'hazard',
      workflow: HAZARD_WORKFLOW,
      title: '配电箱门未关闭',
      regionCode: tree.villages[0].code,
      ...input,
    }),
  );

type Move = Omit<TransitionCaseInput, 'caseId' | 'workflow' | 'transition' | 'expectedVersion'>;
const move = (c: Case, transition: string, input: Move = supervisor) =>
  t.database.db.transaction((tx) =>
    transitionCase(tx, who(), {
      caseId: c.id,
      workflow: HAZARD_WORKFLOW,
      transition,
      expectedVersion: c.version,
      ...input,
    }),
  );

const rejection = (promise: Promise<unknown>) =>
  promise.then(
    () => {
      throw new Error('expected an error');
    },
    (error: unknown) => {
      if (!(error instanceof AppError)) throw error;
      return error;
    },
  );

const timeline = (id: string) =>
  t.database.db
    .select({
      kind: caseEvents.kind,
      transition: caseEvents.transition,
      to: caseEvents.toState,
      cycle: caseEvents.cycle,
    })
    .from(caseEvents)
    .where(eq(caseEvents.caseId, id))
    .orderBy(asc(caseEvents.id));

const auditCount = async (id: string) =>
  (await t.database.db.select({ n: count() }).from(auditLog).where(eq(auditLog.entityId, id)))[0]!.n;

const reload = async (id: string) => (await t.database.db.select().from(cases).where(eq(cases.id, id)))[0]!;
/** The stored row of a createCase/transitionCase result (which also carries its timeline event id). */
const rowOf = (result: Case & { eventId?: bigint; previous?: Case }): Case => {
  const { eventId: _event, previous: _previous, ...row } = result;
  return row;
};

describe('createCase', () => {
  it('numbers cases per type, county and year (Asia/Shanghai), starting at 1', async () => {
    const march = new Date('2026-03-02T02:00:00.000Z');
    const first = await create({}, march);
    const second = await create({ regionCode: tree.towns[1].code }, march);
    const elsewhere = await create({ regionCode: other.villages[1].code }, march);
    const newYearsEve = await create({}, new Date('2025-12-31T15:59:59.000Z'));
    const newYear = await create({}, new Date('2025-12-31T16:30:00.000Z'));
    expect(first.number).toBe(`YH-${tree.county.code}-2026-000001`);
    expect(second.number).toBe(`YH-${tree.county.code}-2026-000002`);
    expect(elsewhere.number).toBe(`YH-${other.county.code}-2026-000001`);
    expect(newYearsEve.number).toBe(`YH-${tree.county.code}-2025-000001`);
    expect(newYear.number).toBe(`YH-${tree.county.code}-2026-000003`);
    expect(first).toMatchObject({ state: 'reported', version: 1, cycle: 1, regionCode: tree.villages[0].code });
    expect(first.regionPath.endsWith(`/${tree.villages[0].code}/`)).toBe(true);
    expect(await timeline(first.id)).toEqual([{ kind: 'created', transition: null, to: 'reported', cycle: 1 }]);
    const [audit] = await t.database.db.select().from(auditLog).where(eq(auditLog.entityId, first.id));
    expect(audit).toMatchObject({ action: 'case.create', entity: 'case' });
  });

  it('refuses a type without a number prefix and writes nothing', async () => {
    const error = await rejection(create({ type: 'mystery', title: '无前缀事项' }));
    expect(error.code).toBe('CASE.NUMBER_PREFIX');
    const rows = await t.database.db
      .select()
      .from(cases)
      .where(and(eq(cases.type, 'mystery'), eq(cases.regionCode, tree.villages[0].code)));
    expect(rows).toEqual([]);
  });
});

describe('transitionCase: the hazard paths', () => {
  it('report → accept → rectify by deadline → complete → verify → written off', async () => {
    let c = await create();
    c = await move(c, 'accept', { ...supervisor, fields: { level: 'ordinary' } });
    expect(c).toMatchObject({ state: 'accepted', version: 2, level: 'ordinary' });
    const deadline = new Date(Date.now() + 10 * DAY);
    c = await move(c, 'rectify_by_deadline', { ...owner, fields: fiveAssurances, deadline });
    expect(c).toMatchObject({ state: 'rectifying', version: 3, deadline });
    expect(c.fields).toMatchObject({ ...fiveAssurances, level: 'ordinary' });
    c = await move(c, 'complete', { ...owner, comment: '已更换柜门锁', evidence: afterPhoto });
    expect(c).toMatchObject({ state: 'awaiting_verification', deadline: null });
    c = await move(c, 'verify');
    expect(c).toMatchObject({ state: 'written_off', version: 5 });
    expect((await timeline(c.id)).map((e) => e.to)).toEqual([
      'reported',
      'accepted',
      'rectifying',
      'awaiting_verification',
      'written_off',
    ]);
    expect(await auditCount(c.id)).toBe(5);
  });

  it('a failed verification returns to rectifying; then it is verified', async () => {
    let c = await create();
    c = await move(c, 'accept', { ...supervisor, fields: { level: 'ordinary' } });
    c = await move(c, 'rectify_immediately', owner);
    c = await move(c, 'complete', { ...owner, comment: '已整改', evidence: afterPhoto });
    c = await move(c, 'fail_verification', { ...supervisor, comment: '柜门仍无法上锁' });
    expect(c.state).toBe('rectifying');
    c = await move(c, 'complete', { ...owner, comment: '已更换锁具', evidence: afterPhoto });
    c = await move(c, 'verify');
    expect(c.state).toBe('written_off');
    const events = await timeline(c.id);
    expect(events.map((e) => e.transition)).toEqual([
      null,
      'accept',
      'rectify_immediately',
      'complete',
      'fail_verification',
      'complete',
      'verify',
    ]);
  });

  it('reject, reopen (a new cycle), merge', async () => {
    let rejected = await create();
    rejected = await move(rejected, 'reject', { ...supervisor, comment: '不属于隐患' });
    expect(rejected).toMatchObject({ state: 'rejected', cycle: 1 });
    rejected = await move(rejected, 'reopen', { ...supervisor, comment: '复查发现确属隐患' });
    expect(rejected).toMatchObject({ state: 'reported', cycle: 2 });
    expect((await timeline(rejected.id)).map((e) => e.cycle)).toEqual([1, 1, 2]);
    let merged = await create();
    merged = await move(merged, 'merge', { ...supervisor, fields: { mergedInto: rejected.id } });
    expect(merged.state).toBe('merged');
  });

  it('transfer keeps the case alive with its own deadline; the receiving unit accepts', async () => {
    let c = await create();
    const deadline = new Date(Date.now() + 3 * DAY);
    c = await move(c, 'transfer', {
      ...supervisor,
      comment: '属应急局职责',
      fields: { transferTo: '县应急管理局' },
      deadline,
    });
    expect(c).toMatchObject({ state: 'transferred', deadline });
    c = await move(c, 'accept', { ...supervisor, fields: { level: 'ordinary' } });
    expect(c.state).toBe('accepted');
  });

  it('answers missing requirements with their codes and writes nothing', async () => {
    const c = await move(await create(), 'accept', { ...supervisor, fields: { level: 'ordinary' } });
    const missing = await rejection(move(c, 'rectify_by_deadline', { ...owner, deadline: new Date(Date.now() + DAY) }));
    expect(missing.code).toBe('CASE.FIELDS_REQUIRED');
    expect(ERROR_STATUS[missing.code]).toBe(400);
    const past = await rejection(
      move(c, 'rectify_by_deadline', { ...owner, fields: fiveAssurances, deadline: new Date(Date.now() - DAY) }),
    );
    expect(past.code).toBe('CASE.DEADLINE_IN_PAST');
    const wrongState = await rejection(move(c, 'verify'));
    expect(wrongState.code).toBe('CASE.INVALID_TRANSITION');
    expect(ERROR_STATUS[wrongState.code]).toBe(409);
    expect(await reload(c.id)).toEqual(rowOf(c));
    expect(await timeline(c.id)).toHaveLength(2);
  });
});

describe('transitionCase: concurrency and permission', () => {
  it('answers a stale version with 409, the current state and version, and changes nothing', async () => {
    const seen = await create();
    const current = await move(seen, 'accept', { ...supervisor, fields: { level: 'ordinary' } });
    const error = await rejection(move(seen, 'reject', { ...supervisor, comment: '重复' }));
    expect(error.code).toBe('CASE.STALE_VERSION');
    expect(ERROR_STATUS[error.code]).toBe(409);
    expect(error.extra).toEqual({ state: 'accepted', version: 2 });
    expect(await reload(seen.id)).toEqual(rowOf(current));
    expect(await timeline(seen.id)).toHaveLength(2);
    expect(await auditCount(seen.id)).toBe(2);
  });

  it('lets exactly one of two racing verifiers win; the other gets 409', async () => {
    let c = await create();
    c = await move(c, 'accept', { ...supervisor, fields: { level: 'ordinary' } });
    c = await move(c, 'rectify_immediately', owner);
    c = await move(c, 'complete', { ...owner, comment: '已整改', evidence: afterPhoto });
    let release!: () => void;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    // The first verifier takes the row lock and holds its transaction open until the second is blocked on it.
    const first = t.database.db.transaction(async (tx) => {
      const done = await transitionCase(tx, who(), {
        caseId: c.id,
        workflow: HAZARD_WORKFLOW,
        transition: 'verify',
        expectedVersion: c.version,
        ...supervisor,
      });
      await held;
      return done;
    });
    const second = move(c, 'fail_verification', { ...supervisor, comment: '未整改到位' });
    await expect
      .poll(async () => {
        const { rows } = await t.database.pool.query(
          "select 1 from pg_stat_activity where wait_event_type = 'Lock' and query ilike '%for update%'",
        );
        return rows.length;
      })
      .toBeGreaterThan(0);
    release();
    const [a, b] = await Promise.allSettled([first, second]);
    expect(a.status).toBe('fulfilled');
    expect(b.status).toBe('rejected');
    expect(b.status === 'rejected' && (b.reason as AppError).code).toBe('CASE.STALE_VERSION');
    expect(await reload(c.id)).toMatchObject({ state: 'written_off', version: c.version + 1 });
    expect(
      (await timeline(c.id)).filter((e) => e.transition === 'verify' || e.transition === 'fail_verification'),
    ).toHaveLength(1);
  });

  it('refuses a forbidden role or relation and writes no event and no audit entry', async () => {
    let c = await create();
    c = await move(c, 'accept', { ...supervisor, fields: { level: 'ordinary' } });
    c = await move(c, 'rectify_immediately', owner);
    c = await move(c, 'complete', { ...owner, comment: '已整改', evidence: afterPhoto });
    const before = { events: (await timeline(c.id)).length, audit: await auditCount(c.id) };
    const role = await rejection(
      move(c, 'verify', { actorRoles: ['grid_worker', 'admin'], actorRelations: ['supervisor'] }),
    );
    expect(role.code).toBe('CASE.ROLE_NOT_ALLOWED');
    expect(ERROR_STATUS[role.code]).toBe(403);
    const relation = await rejection(move(c, 'verify', { actorRoles: ['town_officer'], actorRelations: ['owner'] }));
    expect(relation.code).toBe('CASE.RELATION_NOT_ALLOWED');
    expect(await reload(c.id)).toEqual(rowOf(c));
    expect({ events: (await timeline(c.id)).length, audit: await auditCount(c.id) }).toEqual(before);
  });
});

describe('sweepDeadlines', () => {
  const deadline = new Date('2030-03-12T15:59:59.999Z');
  const at = (offset: number) => new Date(deadline.getTime() + offset);
  let sweepTree: Tree;
  let underPath: string;
  // A lock key of this file's own: sweeps of other test files on the shared database do not make these skip.
  const lockKey = SWEEP_LOCK + 1;
  // The clock counts only: the fan-out (notifications, webhooks) is tested in sweep-notify.api.test.ts.
  const sweep = async (now: Date) => {
    const result = await sweepDeadlines(t.database.db, now, {
      workflows: { hazard: HAZARD_WORKFLOW },
      underPath,
      lockKey,
    });
    if (result.skipped) return result;
    const { skipped, reminders, overdue, escalations } = result;
    return { skipped, reminders, overdue, escalations };
  };
  const clockKeys = async (id: string) =>
    (
      await t.database.db
        .select({ key: caseEvents.eventKey })
        .from(caseEvents)
        .where(eq(caseEvents.caseId, id))
        .orderBy(asc(caseEvents.id))
    )
      .map((e) => e.key)
      .filter((k) => k !== null)
      .map((k) => k.split('@')[0]);

  beforeAll(async () => {
    sweepTree = await makeTree(t);
    underPath = (await findRegion(t.database.db, sweepTree.county.code))!.path;
  });

  it('reminds 3 and 1 days before, is overdue at the deadline, escalates after 1, 3 and 7 days, each once', async () => {
    const c = await create({ regionCode: sweepTree.villages[0].code, deadline });
    const closed = await create({ regionCode: sweepTree.villages[1].code, deadline });
    await move(closed, 'reject', { ...supervisor, comment: '不属于隐患' });
    // A closed case runs no clock even with a deadline left on it.
    await t.database.db.update(cases).set({ deadline }).where(eq(cases.id, closed.id));
    const none = { skipped: false, reminders: 0, overdue: 0, escalations: 0 };
    expect(await sweep(at(-3 * DAY - 1))).toEqual(none);
    expect(await sweep(at(-3 * DAY))).toEqual({ ...none, reminders: 1 });
    expect(await sweep(at(-3 * DAY))).toEqual(none);
    expect(await sweep(at(-DAY))).toEqual({ ...none, reminders: 1 });
    expect(await sweep(at(-1))).toEqual(none);
    expect(await sweep(at(0))).toEqual({ ...none, overdue: 1 });
    expect(await sweep(at(DAY))).toEqual({ ...none, escalations: 1 });
    expect(await sweep(at(3 * DAY))).toEqual({ ...none, escalations: 1 });
    expect(await sweep(at(7 * DAY))).toEqual({ ...none, escalations: 1 });
    expect(await sweep(at(7 * DAY))).toEqual(none);
    expect(await clockKeys(c.id)).toEqual(['reminder:3d', 'reminder:1d', 'overdue', 'step:1', 'step:2', 'step:3']);
    expect(await clockKeys(closed.id)).toEqual([]);
  });

  it('catches up in one pass over many cases, and a second pass at the same time creates nothing', async () => {
    const late = await Promise.all(
      [0, 1, 2].map(() => create({ regionCode: sweepTree.villages[1].code, deadline: at(DAY) })),
    );
    const now = at(DAY + 7 * DAY);
    // The first test's case already has every step; the three new ones get overdue and three steps each.
    expect(await sweep(now)).toEqual({ skipped: false, reminders: 0, overdue: 3, escalations: 9 });
    expect(await sweep(now)).toEqual({ skipped: false, reminders: 0, overdue: 0, escalations: 0 });
    for (const c of late) expect(await clockKeys(c.id)).toEqual(['overdue', 'step:1', 'step:2', 'step:3']);
  });

  it('skips while another process holds the sweep lock', async () => {
    const c = await create({ regionCode: sweepTree.villages[0].code, deadline: at(20 * DAY) });
    const otherProcess = await t.database.pool.connect();
    try {
      await otherProcess.query('select pg_advisory_lock($1)', [lockKey]);
      expect(await sweep(at(20 * DAY))).toEqual({ skipped: true });
      expect(await clockKeys(c.id)).toEqual([]);
    } finally {
      await otherProcess.query('select pg_advisory_unlock($1)', [lockKey]);
      otherProcess.release();
    }
    expect(await sweep(at(20 * DAY))).toMatchObject({ skipped: false, overdue: 1 });
  });
});
