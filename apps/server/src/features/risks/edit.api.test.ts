import { and, count, eq, inArray, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from '../../../test/api-client';
import {
  makeAccount,
  makeEnterprise,
  makeTree,
  type TestApp,
  type Tree,
  testApp,
  uniqueNumber,
} from '../../../test/harness';
import { auditLog } from '../audit/schema';
import { caseEvents, cases } from '../cases/schema';
import { sweepDeadlines } from '../cases/sweep-deadlines';
import { CASE_WORKFLOWS } from '../cases/workflows';
import { notifications } from '../notifications/schema';
import { findRegion } from '../regions/repo';
import { openCheckRuns } from './open-runs';
import { riskComments, riskEvents, riskMeasures, riskUnits } from './schema';

type Client = ApiClient & { id: string };
let t: TestApp;
let tree: Tree;
let enterpriseId: string;
let secondId: string;
let owner: Client;
let other: Client;
let inspector: Client;

const UNIT = {
  objectName: '储罐区',
  name: '2 号甲苯储罐',
  kind: 'facility',
  department: '储运部',
  responsiblePerson: '王五',
  hazardFactors: ['化学性因素：易燃液体泄漏'],
  accidentTypes: ['08'],
};
const MEASURE = {
  description: '储罐设高液位报警',
  classify: 'engineering',
  checkContent: '高液位报警是否完好',
  schedule: { cycle: 'day', every: 1, days: 'all' },
  post: '罐区操作工',
};

beforeAll(async () => {
  t = await testApp();
  tree = await makeTree(t);
  const place = { regionCode: tree.villages[0].code, gridCode: tree.grids[0].code };
  const [enterprise, second] = await Promise.all([makeEnterprise(t, place), makeEnterprise(t, place)]);
  enterpriseId = enterprise.id;
  secondId = second.id;
  [owner, other, inspector] = await Promise.all([
    makeAccount(t, { roles: ['enterprise_user'], scope: { kind: 'enterprise', enterpriseId } }),
    makeAccount(t, { roles: ['enterprise_user'], scope: { kind: 'enterprise', enterpriseId: second.id } }),
    makeAccount(t, { roles: ['inspector'], scope: { kind: 'region', regionCode: tree.county.code } }),
  ]);
});

/** A unit with one event (LEC D = 270, 较大) and one daily-checked measure. */
async function makeChain(client: Client = owner, id = enterpriseId) {
  const unit = (await client.post(`/api/v1/enterprises/${id}/risk-units`, UNIT)).json();
  const event = (
    await client.post(`/api/v1/risk-units/${unit.id}/events`, {
      name: '储罐泄漏引发火灾',
      inherent: { method: 'lec', l: 3, e: 6, c: 15 },
    })
  ).json();
  const measure = (await client.post(`/api/v1/risk-events/${event.id}/measures`, MEASURE)).json();
  return { unitId: unit.id as string, eventId: event.id as string, measureId: measure.id as string };
}

const register = async (client: Client = owner, id = enterpriseId) => {
  const res = await client.get(`/api/v1/enterprises/${id}/risk-register`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
};
const unitOf = async (unitId: string) => (await register()).units.find((u: { id: string }) => u.id === unitId);

/** Opens the runs due now in the test's county (unique lock, so parallel files do not skip). */
async function openRuns() {
  const underPath = (await findRegion(t.database.db, tree.county.code))!.path;
  const lockKey = 9_300_000_000 + (await uniqueNumber(t));
  return { underPath, lockKey, result: await openCheckRuns(t.database.db, new Date(), { underPath, lockKey }) };
}
const runsOf = (measureId: string) =>
  t.database.db
    .select()
    .from(cases)
    .where(and(eq(cases.type, 'risk_check'), sql`${cases.fields}->>'measureId' = ${measureId}`));

describe('editing the risk register', () => {
  it('changes a unit and a measure, and re-grades a re-assessed event (§4.2, §4.3); each change audited', async () => {
    const { unitId, eventId, measureId } = await makeChain();
    const unit = await owner.patch(`/api/v1/risk-units/${unitId}`, { responsiblePerson: '赵六', department: '' });
    expect(unit.statusCode, unit.body).toBe(200);
    expect(unit.json()).toMatchObject({ responsiblePerson: '赵六', department: null, name: UNIT.name });
    expect(unit.json().hazardFactors).toEqual(UNIT.hazardFactors); // lists not sent stay as they were

    // D = 3 × 6 × 15 = 270: 较大 (orange). Re-assessed with the matrix, R = 4 × 5 = 20: 重大 (red).
    expect((await unitOf(unitId)).level).toBe('large');
    const event = await owner.patch(`/api/v1/risk-events/${eventId}`, {
      inherent: { method: 'matrix', likelihood: 4, severity: 5 },
      residual: { method: 'lec', l: 1, e: 6, c: 7 }, // D = 42: 低 (blue)
    });
    expect(event.statusCode, event.body).toBe(200);
    expect(event.json()).toMatchObject({ inherentScore: 20, inherentLevel: 'major', residualScore: 42 });
    const u = await unitOf(unitId);
    expect(u).toMatchObject({ level: 'low', responsiblePerson: '赵六' });
    expect(u.events[0].inherent).toMatchObject({ score: 20, level: 'major', colour: 'red' });
    // Removing the residual assessment: the event counts at its inherent level again.
    await owner.patch(`/api/v1/risk-events/${eventId}`, { residual: null });
    expect((await unitOf(unitId)).level).toBe('major');

    const measure = await owner.patch(`/api/v1/risk-measures/${measureId}`, {
      post: '班组长',
      schedule: { cycle: 'shift', every: 1, days: 'all', shiftHours: 8 },
    });
    expect(measure.statusCode, measure.body).toBe(200);
    expect((await unitOf(unitId)).events[0].measures[0]).toMatchObject({
      post: '班组长',
      schedule: { cycle: 'shift' },
    });

    const audits = await t.database.db
      .select()
      .from(auditLog)
      .where(inArray(auditLog.entityId, [unitId, eventId, measureId]));
    expect(audits.map((a) => a.action).sort()).toEqual([
      'risk_event.create',
      'risk_event.update',
      'risk_event.update',
      'risk_measure.create',
      'risk_measure.update',
      'risk_unit.create',
      'risk_unit.update',
    ]);
  });

  it('refuses a factor outside the LEC table, an unknown accident type and a bad schedule, and writes nothing', async () => {
    const { unitId, eventId, measureId } = await makeChain();
    const before = await t.database.db.select().from(riskEvents).where(eq(riskEvents.id, eventId));
    const bad = await owner.patch(`/api/v1/risk-events/${eventId}`, {
      name: '改名',
      inherent: { method: 'lec', l: 4, e: 6, c: 15 },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().details[0]).toMatchObject({ path: 'inherent.l', code: 'RISK.FACTOR_NOT_IN_TABLE' });
    expect(await t.database.db.select().from(riskEvents).where(eq(riskEvents.id, eventId))).toEqual(before);

    const type = await owner.patch(`/api/v1/risk-units/${unitId}`, { name: '改名', accidentTypes: ['21'] });
    expect(type.statusCode).toBe(400);
    expect(type.json().details[0].path).toBe('accidentTypes.0');
    const schedule = await owner.patch(`/api/v1/risk-measures/${measureId}`, {
      post: '改岗',
      schedule: { cycle: 'hour', every: 1, days: 'all', workStart: '18:00', workEnd: '08:00' },
    });
    expect(schedule.statusCode).toBe(400);
    expect(schedule.json().details[0]).toMatchObject({ path: 'schedule.workHours', code: 'RISK.SCHEDULE_INVALID' });
    const unknown = await owner.patch(`/api/v1/risk-units/${unitId}`, { colour: 'red' });
    expect(unknown.statusCode).toBe(400);

    const [unit] = await t.database.db.select().from(riskUnits).where(eq(riskUnits.id, unitId));
    const [measure] = await t.database.db.select().from(riskMeasures).where(eq(riskMeasures.id, measureId));
    expect([unit!.name, measure!.post]).toEqual([UNIT.name, MEASURE.post]);
    const updates = await t.database.db
      .select({ n: count() })
      .from(auditLog)
      .where(and(inArray(auditLog.entityId, [unitId, eventId, measureId]), sql`${auditLog.action} like '%.update'`));
    expect(updates[0]!.n).toBe(0);
  });

  it('keeps edits to the enterprise: another enterprise gets 404, a department inspector 403', async () => {
    const { unitId, eventId, measureId } = await makeChain();
    for (const [url, body] of [
      [`/api/v1/risk-units/${unitId}`, { name: 'x' }],
      [`/api/v1/risk-events/${eventId}`, { name: 'x' }],
      [`/api/v1/risk-measures/${measureId}`, { post: 'x' }],
    ] as const) {
      expect((await other.patch(url, body)).statusCode).toBe(404);
      expect((await other.delete(url)).statusCode).toBe(404);
      expect((await inspector.patch(url, body)).statusCode).toBe(403);
      expect((await inspector.delete(url)).statusCode).toBe(403);
    }
    expect((await unitOf(unitId)).events[0].measures).toHaveLength(1);
  });
});

describe('archiving (rows leave the register, their due check runs are withdrawn)', () => {
  it('archives a measure, then an event with its measures, then a unit with everything under it', async () => {
    const { unitId, eventId, measureId } = await makeChain();
    const second = (await owner.post(`/api/v1/risk-events/${eventId}/measures`, { ...MEASURE, post: '巡检工' })).json();
    const res = await owner.delete(`/api/v1/risk-measures/${measureId}`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ units: 0, events: 0, measures: 1, runsWithdrawn: 0 });
    expect((await unitOf(unitId)).events[0].measures.map((m: { id: string }) => m.id)).toEqual([second.id]);
    expect((await owner.patch(`/api/v1/risk-measures/${measureId}`, { post: 'x' })).statusCode).toBe(404);
    expect((await owner.delete(`/api/v1/risk-measures/${measureId}`)).statusCode).toBe(404);

    const archivedEvent = await owner.delete(`/api/v1/risk-events/${eventId}`);
    expect(archivedEvent.json()).toEqual({ units: 0, events: 1, measures: 1, runsWithdrawn: 0 });
    expect((await unitOf(unitId)).events).toEqual([]);
    expect((await owner.post(`/api/v1/risk-events/${eventId}/measures`, MEASURE)).statusCode).toBe(404);

    const before = (await register()).counts;
    await owner.post(`/api/v1/risk-units/${unitId}/events`, {
      name: '人员中毒',
      inherent: { method: 'matrix', likelihood: 5, severity: 5 },
    });
    expect((await register()).counts.major).toBe(before.major + 1);
    const archivedUnit = await owner.delete(`/api/v1/risk-units/${unitId}`);
    expect(archivedUnit.json()).toEqual({ units: 1, events: 1, measures: 0, runsWithdrawn: 0 });
    const after = await register();
    expect(after.units.map((u: { id: string }) => u.id)).not.toContain(unitId);
    expect(after.counts).toEqual(before);
    expect(await register(inspector)).toEqual(after);
    expect(
      (
        await owner.post(`/api/v1/risk-units/${unitId}/events`, {
          name: 'x',
          inherent: { method: 'matrix', likelihood: 1, severity: 1 },
        })
      ).statusCode,
    ).toBe(404);
    const audits = await t.database.db.select().from(auditLog).where(eq(auditLog.action, 'risk_unit.archive'));
    expect(audits.map((a) => a.entityId)).toContain(unitId);
  });

  it('withdraws the due run of an archived unit’s measure: it never goes overdue, and no new run opens', async () => {
    const firm = await makeEnterprise(t, { regionCode: tree.villages[1].code, gridCode: tree.grids[1].code });
    const user = await makeAccount(t, {
      roles: ['enterprise_user'],
      scope: { kind: 'enterprise', enterpriseId: firm.id },
    });
    const { unitId, measureId } = await makeChain(user, firm.id);
    const live = await makeChain(user, firm.id);
    const { underPath, lockKey } = await openRuns();
    const [run] = await runsOf(measureId);
    expect(run).toMatchObject({ state: 'due' });

    const res = await user.delete(`/api/v1/risk-units/${unitId}`);
    expect(res.json()).toEqual({ units: 1, events: 1, measures: 1, runsWithdrawn: 1 });
    const [withdrawn] = await runsOf(measureId);
    expect(withdrawn).toMatchObject({ state: 'withdrawn', deadline: null, version: run!.version + 1 });
    const timeline = await t.database.db.select().from(caseEvents).where(eq(caseEvents.caseId, run!.id));
    expect(timeline.map((e) => e.transition)).toContain('withdraw');

    const later = new Date(run!.deadline!.getTime() + 60_000);
    await sweepDeadlines(t.database.db, later, { workflows: CASE_WORKFLOWS, underPath, lockKey });
    const afterSweep = await t.database.db.select().from(caseEvents).where(eq(caseEvents.caseId, run!.id));
    expect(afterSweep.map((e) => e.kind)).not.toContain('overdue');
    // The next day's slot would open for a live measure; the archived one opens none.
    await openCheckRuns(t.database.db, new Date(Date.now() + 86_400_000), { underPath, lockKey: lockKey + 1 });
    expect(await runsOf(measureId)).toHaveLength(1);
    expect(await runsOf(live.measureId)).toHaveLength(2);
    const record = await user.post(`/api/v1/risk-checks/${run!.id}/record`, {
      version: withdrawn!.version,
      items: [{ item: '液位计', ok: true }],
    });
    expect(record.statusCode).toBe(409);
  });

  it('withdraws the due runs of a measure whose schedule is removed', async () => {
    const firm = await makeEnterprise(t, { regionCode: tree.villages[1].code, gridCode: tree.grids[1].code });
    const user = await makeAccount(t, {
      roles: ['enterprise_user'],
      scope: { kind: 'enterprise', enterpriseId: firm.id },
    });
    const { measureId } = await makeChain(user, firm.id);
    await openRuns();
    const res = await user.patch(`/api/v1/risk-measures/${measureId}`, { schedule: null });
    expect(res.statusCode, res.body).toBe(200);
    expect((await runsOf(measureId)).map((r) => r.state)).toEqual(['withdrawn']);
  });
});

describe('comments on a register', () => {
  it('lets the enterprise and a department comment; a department’s comment notifies the enterprise', async () => {
    const { unitId } = await makeChain();
    const own = await owner.post(`/api/v1/enterprises/${enterpriseId}/risk-comments`, { body: '已按要求补充措施。' });
    expect(own.statusCode, own.body).toBe(201);
    const dept = await inspector.post(`/api/v1/enterprises/${enterpriseId}/risk-comments`, {
      body: '2 号储罐的残余风险评价偏低，请复核暴露频率。',
      unitId,
    });
    expect(dept.statusCode, dept.body).toBe(201);

    const list = await owner.get(`/api/v1/enterprises/${enterpriseId}/risk-comments`);
    expect(list.statusCode).toBe(200);
    const [newest, older] = list.json();
    expect(newest).toMatchObject({
      id: dept.json().id,
      unit: { id: unitId, name: UNIT.name },
      authorKind: 'department',
      author: { id: inspector.id },
    });
    expect(newest.author.name).toMatch(/^测试用户/);
    expect(newest.createdAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(older).toMatchObject({ id: own.json().id, unit: null, authorKind: 'enterprise' });
    expect((await inspector.get(`/api/v1/enterprises/${enterpriseId}/risk-comments`)).json()).toHaveLength(
      list.json().length,
    );

    const notes = await t.database.db.select().from(notifications).where(eq(notifications.accountId, owner.id));
    const about = notes.filter((n) => n.messageKey === 'NOTIFY.RISK_COMMENT');
    expect(about).toHaveLength(1); // the department's comment only, not the enterprise's own
    expect(about[0]!.params).toMatchObject({ excerpt: '2 号储罐的残余风险评价偏低，请复核暴露频率。' });
    const audits = await t.database.db.select().from(auditLog).where(eq(auditLog.entityId, dept.json().id));
    expect(audits.map((a) => a.action)).toEqual(['risk_comment.create']);
  });

  it('refuses another enterprise (404), readers without a say (403) and bad input (400), writing nothing', async () => {
    const expert = await makeAccount(t, { roles: ['expert'], scope: { kind: 'region', regionCode: tree.county.code } });
    const foreign = await makeChain(other, secondId);
    const before = await t.database.db
      .select({ n: count() })
      .from(riskComments)
      .where(eq(riskComments.enterpriseId, enterpriseId));
    const url = `/api/v1/enterprises/${enterpriseId}/risk-comments`;
    expect((await other.get(url)).statusCode).toBe(404);
    expect((await other.post(url, { body: '看看' })).statusCode).toBe(404);
    expect((await expert.post(url, { body: '看看' })).statusCode).toBe(403);
    expect((await expert.get(url)).statusCode).toBe(200);
    const empty = await owner.post(url, { body: '   ' });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().details[0].path).toBe('body');
    const elsewhere = await owner.post(url, { body: '看看', unitId: foreign.unitId });
    expect(elsewhere.statusCode).toBe(400);
    expect(elsewhere.json().details[0]).toMatchObject({ path: 'unitId', code: 'VALIDATION.UNKNOWN_REFERENCE' });
    const after = await t.database.db
      .select({ n: count() })
      .from(riskComments)
      .where(eq(riskComments.enterpriseId, enterpriseId));
    expect(after[0]!.n).toBe(before[0]!.n);
  });
});
