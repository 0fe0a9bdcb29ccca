import { count, eq } from 'drizzle-orm';
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
import { uploadPhoto } from '../../../test/photos';
import { auditLog } from '../audit/schema';
import { caseEvents, cases } from '../cases/schema';
import { sweepDeadlines } from '../cases/sweep-deadlines';
import { CASE_WORKFLOWS } from '../cases/workflows';
import { findRegion } from '../regions/repo';
import { openCheckRuns } from './open-runs';
import { riskEvents, riskUnits } from './schema';

let t: TestApp;
let tree: Tree;
let enterpriseId: string;
let owner: ApiClient & { id: string };
let other: ApiClient & { id: string };
let inspector: ApiClient & { id: string };

const UNIT = {
  objectName: '储罐区',
  name: '1 号甲醇储罐',
  kind: 'facility',
  department: '储运部',
  responsiblePerson: '王五',
  hazardFactors: ['化学性因素：易燃液体泄漏'],
  accidentTypes: ['08', '18'],
};

beforeAll(async () => {
  t = await testApp();
  tree = await makeTree(t);
  const enterprise = await makeEnterprise(t, { regionCode: tree.villages[0].code, gridCode: tree.grids[0].code });
  const second = await makeEnterprise(t, { regionCode: tree.villages[0].code, gridCode: tree.grids[0].code });
  enterpriseId = enterprise.id;
  [owner, other, inspector] = await Promise.all([
    makeAccount(t, { roles: ['enterprise_user'], scope: { kind: 'enterprise', enterpriseId } }),
    makeAccount(t, { roles: ['enterprise_user'], scope: { kind: 'enterprise', enterpriseId: second.id } }),
    makeAccount(t, { roles: ['inspector'], scope: { kind: 'region', regionCode: tree.county.code } }),
  ]);
});

const register = async (client: ApiClient, id = enterpriseId) => {
  const res = await client.get(`/api/v1/enterprises/${id}/risk-register`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
};

describe('the risk register (domain-reference.md §4.5)', () => {
  it('an enterprise adds a unit, an event assessed by LEC with its residual risk, and a measure; departments read it', async () => {
    const unit = await owner.post(`/api/v1/enterprises/${enterpriseId}/risk-units`, UNIT);
    expect(unit.statusCode, unit.body).toBe(201);
    const event = await owner.post(`/api/v1/risk-units/${unit.json().id}/events`, {
      name: '储罐冒罐泄漏引发火灾爆炸',
      inherent: { method: 'lec', l: 6, e: 6, c: 15 }, // D = 540: 重大, red (§4.2)
      residual: { method: 'lec', l: 1, e: 6, c: 15 }, // D = 90 after the measures: 一般, yellow
    });
    expect(event.statusCode, event.body).toBe(201);
    const measure = await owner.post(`/api/v1/risk-events/${event.json().id}/measures`, {
      description: '储罐设高液位报警和联锁切断',
      classify: 'engineering',
      checkContent: '液位计、高液位报警和联锁是否完好投用',
      schedule: { cycle: 'shift', every: 1, days: 'all', shiftHours: 8 },
      post: '罐区操作工',
    });
    expect(measure.statusCode, measure.body).toBe(201);

    const r = await register(inspector);
    expect(r.counts).toEqual({ major: 0, large: 0, ordinary: 1, low: 0 }); // the residual level counts
    const [u] = r.units;
    expect(u).toMatchObject({ name: '1 号甲醇储罐', level: 'ordinary', controlLevels: ['team', 'post'] });
    expect(u.events[0]).toMatchObject({
      inherent: { score: 540, level: 'major', colour: 'red' },
      residual: { score: 90, level: 'ordinary', colour: 'yellow' },
      measures: [{ post: '罐区操作工', schedule: { cycle: 'shift' } }],
    });
    const audits = await t.database.db.select().from(auditLog).where(eq(auditLog.entityId, u.id));
    expect(audits.map((a) => a.action)).toEqual(['risk_unit.create']);
  });

  it('refuses an L outside the LEC table, an unknown accident type and a bad schedule, and writes nothing', async () => {
    const before = await t.database.db
      .select({ n: count() })
      .from(riskUnits)
      .where(eq(riskUnits.enterpriseId, enterpriseId));
    const badType = await owner.post(`/api/v1/enterprises/${enterpriseId}/risk-units`, {
      ...UNIT,
      accidentTypes: ['21'],
    });
    expect(badType.statusCode).toBe(400);
    expect(badType.json().details[0].path).toBe('accidentTypes.0');
    const after = await t.database.db
      .select({ n: count() })
      .from(riskUnits)
      .where(eq(riskUnits.enterpriseId, enterpriseId));
    expect(after[0]!.n).toBe(before[0]!.n);

    const unit = (await owner.post(`/api/v1/enterprises/${enterpriseId}/risk-units`, UNIT)).json();
    const bad = await owner.post(`/api/v1/risk-units/${unit.id}/events`, {
      name: '泄漏',
      inherent: { method: 'lec', l: 5, e: 6, c: 15 },
      residual: { method: 'matrix', likelihood: 6, severity: 2 },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().details.map((d: { path: string; code: string }) => [d.path, d.code])).toEqual([
      ['inherent.l', 'RISK.FACTOR_NOT_IN_TABLE'],
      ['residual.likelihood', 'RISK.FACTOR_NOT_IN_TABLE'],
    ]);
    expect(bad.json().details[0].message).toBe(
      'L（事故发生的可能性）的取值 5 不在评价表中，可选：10,6,3,1,0.5,0.2,0.1。',
    );
    const events = await t.database.db.select({ n: count() }).from(riskEvents).where(eq(riskEvents.unitId, unit.id));
    expect(events[0]!.n).toBe(0);

    const event = (
      await owner.post(`/api/v1/risk-units/${unit.id}/events`, {
        name: '泄漏',
        inherent: { method: 'matrix', likelihood: 2, severity: 3 },
      })
    ).json();
    const schedule = await owner.post(`/api/v1/risk-events/${event.id}/measures`, {
      description: '巡检',
      classify: 'management',
      schedule: { cycle: 'hour', every: 1, days: 'all', workStart: '18:00', workEnd: '08:00' },
    });
    expect(schedule.statusCode).toBe(400);
    expect(schedule.json().details[0]).toMatchObject({ path: 'schedule.workHours', code: 'RISK.SCHEDULE_INVALID' });
  });

  it('keeps registers apart: another enterprise’s does not exist for an enterprise, departments only read', async () => {
    expect((await other.get(`/api/v1/enterprises/${enterpriseId}/risk-register`)).statusCode).toBe(404);
    expect((await other.post(`/api/v1/enterprises/${enterpriseId}/risk-units`, UNIT)).statusCode).toBe(404);
    const unitId = (await register(owner)).units[0].id;
    expect(
      (
        await other.post(`/api/v1/risk-units/${unitId}/events`, {
          name: 'x',
          inherent: { method: 'matrix', likelihood: 1, severity: 1 },
        })
      ).statusCode,
    ).toBe(404);
    expect((await inspector.post(`/api/v1/enterprises/${enterpriseId}/risk-units`, UNIT)).statusCode).toBe(403);
  });

  it('copies a sector of the starter library into the register: 6 units, 15 events, 46 measures', async () => {
    const fresh = await makeEnterprise(t, { regionCode: tree.villages[1].code, gridCode: tree.grids[1].code });
    const user = await makeAccount(t, {
      roles: ['enterprise_user'],
      scope: { kind: 'enterprise', enterpriseId: fresh.id },
    });
    const res = await user.post(`/api/v1/enterprises/${fresh.id}/risk-register/library`, {
      sector: 'hazardous_chemicals_storage',
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toEqual({ units: 6, events: 15, measures: 46 });
    const r = await register(user, fresh.id);
    expect(r.units).toHaveLength(6);
    expect(Object.values(r.counts).reduce((a: number, b) => a + (b as number), 0)).toBe(6);
    expect(r.counts.major).toBeGreaterThan(0);
  });

  it('opens each check run as its slot begins; a not-ok item becomes a hazard in the town office’s to-do', async () => {
    const firm = await makeEnterprise(t, { regionCode: tree.villages[0].code, gridCode: tree.grids[0].code });
    const user = await makeAccount(t, {
      roles: ['enterprise_user'],
      scope: { kind: 'enterprise', enterpriseId: firm.id },
    });
    const town = await makeAccount(t, {
      roles: ['town_officer'],
      scope: { kind: 'region', regionCode: tree.towns[0].code },
    });
    const unit = (await user.post(`/api/v1/enterprises/${firm.id}/risk-units`, UNIT)).json();
    const event = (
      await user.post(`/api/v1/risk-units/${unit.id}/events`, {
        name: '冒罐',
        inherent: { method: 'lec', l: 3, e: 6, c: 15 },
      })
    ).json();
    const measure = await user.post(`/api/v1/risk-events/${event.id}/measures`, {
      description: '储罐设高液位报警',
      classify: 'engineering',
      checkContent: '高液位报警是否完好',
      schedule: { cycle: 'day', every: 1, days: 'all' },
      post: '罐区操作工',
    });
    expect(measure.statusCode, measure.body).toBe(201);

    const underPath = (await findRegion(t.database.db, tree.county.code))!.path;
    const lockKey = 9_100_000_000 + (await uniqueNumber(t));
    // (Other tests' measures in this county open their runs too.) Opening again opens nothing new.
    expect((await openCheckRuns(t.database.db, new Date(), { underPath, lockKey })).opened).toBeGreaterThan(0);
    expect(await openCheckRuns(t.database.db, new Date(), { underPath, lockKey })).toEqual({
      skipped: false,
      opened: 0,
    });
    const runs = (await user.get(`/api/v1/enterprises/${firm.id}/risk-checks`)).json();
    expect(runs).toHaveLength(1); // today's run only: the measure was adopted today, so yesterday's does not exist
    const run = runs[0];
    expect(run).toMatchObject({
      state: 'due',
      overdue: false,
      fields: { measureId: measure.json().id, post: '罐区操作工' },
    });
    expect(run.number).toMatch(/^PC-/);

    const noFinding = await user.post(`/api/v1/risk-checks/${run.id}/record`, {
      version: run.version,
      items: [{ item: '高液位报警', ok: false }],
    });
    expect(noFinding.statusCode).toBe(400);
    expect(noFinding.json().details[0].path).toBe('items.0.finding');

    const photo = await uploadPhoto(user, 'before');
    const recorded = await user.post(`/api/v1/risk-checks/${run.id}/record`, {
      version: run.version,
      items: [
        { item: '液位计', ok: true },
        {
          item: '高液位报警',
          ok: false,
          finding: '1 号罐高液位报警失灵',
          note: '试验按钮无响应',
          evidenceIds: [photo],
        },
      ],
    });
    expect(recorded.statusCode, recorded.body).toBe(200);
    const { hazards } = recorded.json();
    expect(hazards).toHaveLength(1);
    const hazard = (await town.get(`/api/v1/hazards/${hazards[0].id}`)).json();
    expect(hazard).toMatchObject({
      title: '1 号罐高液位报警失灵',
      state: 'reported',
      source: 'self_inspection',
      enterprise: { id: firm.id },
      regionCode: tree.villages[0].code,
      fields: { riskUnitId: unit.id, riskEventId: event.id, riskMeasureId: measure.json().id },
    });
    const todo = (await town.get('/api/v1/workbench')).json();
    const due = [...todo.todo.overdue.items, ...todo.todo.dueSoon.items, ...todo.todo.waiting.items];
    expect(due.map((i: { id: string }) => i.id)).toContain(hazards[0].id);
    const r = await register(user, firm.id);
    expect(r.units[0].openHazards).toBe(1);
    const again = await user.post(`/api/v1/risk-checks/${run.id}/record`, {
      version: run.version + 1,
      items: [{ item: 'x', ok: true }],
    });
    expect(again.statusCode).toBe(409);
  });

  it('lets a run not recorded by its end go overdue and escalate like a hazard', async () => {
    const firm = await makeEnterprise(t, { regionCode: tree.villages[1].code, gridCode: tree.grids[1].code });
    const user = await makeAccount(t, {
      roles: ['enterprise_user'],
      scope: { kind: 'enterprise', enterpriseId: firm.id },
    });
    const unit = (await user.post(`/api/v1/enterprises/${firm.id}/risk-units`, UNIT)).json();
    const event = (
      await user.post(`/api/v1/risk-units/${unit.id}/events`, {
        name: '泄漏',
        inherent: { method: 'matrix', likelihood: 2, severity: 3 },
      })
    ).json();
    await user.post(`/api/v1/risk-events/${event.id}/measures`, {
      description: '巡检',
      classify: 'management',
      schedule: { cycle: 'day', every: 1, days: 'all' },
    });
    const underPath = (await findRegion(t.database.db, tree.county.code))!.path;
    const lockKey = 9_200_000_000 + (await uniqueNumber(t));
    await openCheckRuns(t.database.db, new Date(), { underPath, lockKey });
    const [run] = await t.database.db.select().from(cases).where(eq(cases.enterpriseId, firm.id));
    const later = new Date(run!.deadline!.getTime() + 60_000);
    const swept = await sweepDeadlines(t.database.db, later, { workflows: CASE_WORKFLOWS, underPath, lockKey });
    expect(swept).toMatchObject({ skipped: false });
    const overdue = await t.database.db.select().from(caseEvents).where(eq(caseEvents.caseId, run!.id));
    expect(overdue.map((e) => e.kind)).toContain('overdue');
  });
});
