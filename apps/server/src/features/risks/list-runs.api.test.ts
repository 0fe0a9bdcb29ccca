import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from '../../../test/api-client';
import { makeAccount, makeEnterprise, makeTree, type TestApp, testApp, uniqueNumber } from '../../../test/harness';
import { cases } from '../cases/schema';
import { findRegion } from '../regions/repo';
import { openCheckRuns } from './open-runs';

let t: TestApp;
let firmId: string;
let user: ApiClient & { id: string };
let other: ApiClient & { id: string };
let ids: { unit: string; event: string; measure: string };

beforeAll(async () => {
  t = await testApp();
  const tree = await makeTree(t);
  const firm = await makeEnterprise(t, { regionCode: tree.villages[0].code, gridCode: tree.grids[0].code });
  const second = await makeEnterprise(t, { regionCode: tree.villages[0].code, gridCode: tree.grids[0].code });
  firmId = firm.id;
  [user, other] = await Promise.all([
    makeAccount(t, { roles: ['enterprise_user'], scope: { kind: 'enterprise', enterpriseId: firm.id } }),
    makeAccount(t, { roles: ['enterprise_user'], scope: { kind: 'enterprise', enterpriseId: second.id } }),
  ]);
  const unit = await user.post(`/api/v1/enterprises/${firm.id}/risk-units`, {
    objectName: '储罐区',
    name: '1 号甲醇储罐',
    kind: 'facility',
  });
  const event = await user.post(`/api/v1/risk-units/${unit.json().id}/events`, {
    name: '储罐冒罐泄漏',
    inherent: { method: 'lec', l: 3, e: 6, c: 15 },
  });
  const measure = await user.post(`/api/v1/risk-events/${event.json().id}/measures`, {
    description: '储罐设高液位报警',
    classify: 'engineering',
    checkContent: '液位计读数是否正常；高液位报警是否完好',
    schedule: { cycle: 'day', every: 1, days: 'all' },
    post: '罐区操作工',
  });
  expect(measure.statusCode, measure.body).toBe(201);
  ids = { unit: unit.json().id, event: event.json().id, measure: measure.json().id };
  const underPath = (await findRegion(t.database.db, tree.county.code))!.path;
  await openCheckRuns(t.database.db, new Date(), { underPath, lockKey: 9_300_000_000 + (await uniqueNumber(t)) });
});

const runs = async (client: ApiClient, state = 'due') => {
  const res = await client.get(`/api/v1/enterprises/${firmId}/risk-checks?state=${state}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
};

describe('GET /enterprises/:id/risk-checks', () => {
  it('names what each run checks: its measure, event and unit, the post and the slot', async () => {
    const [run] = await runs(user);
    expect(run).toMatchObject({
      state: 'due',
      overdue: false,
      measure: {
        id: ids.measure,
        description: '储罐设高液位报警',
        checkContent: '液位计读数是否正常；高液位报警是否完好',
      },
      event: { id: ids.event, name: '储罐冒罐泄漏' },
      unit: { id: ids.unit, name: '1 号甲醇储罐', objectName: '储罐区' },
      fields: { post: '罐区操作工', slotStart: expect.stringMatching(/T00:00$/) },
      hazards: [],
    });
  });

  it('marks a run past its deadline overdue, and lists a recorded run with the hazards it reported', async () => {
    const [run] = await runs(user);
    await t.database.db
      .update(cases)
      .set({ deadline: new Date(Date.now() - 60_000) })
      .where(eq(cases.id, run.id));
    expect((await runs(user))[0]).toMatchObject({ id: run.id, overdue: true });
    const recorded = await user.post(`/api/v1/risk-checks/${run.id}/record`, {
      version: run.version,
      items: [
        { item: '液位计读数是否正常', ok: true },
        { item: '高液位报警是否完好', ok: false, finding: '高液位报警失灵' },
      ],
    });
    expect(recorded.statusCode, recorded.body).toBe(200);
    expect(await runs(user)).toEqual([]);
    const [done] = await runs(user, 'recorded');
    expect(done).toMatchObject({
      id: run.id,
      state: 'recorded',
      overdue: false,
      fields: { notOk: 1 },
      hazards: recorded.json().hazards,
    });
    expect(done.hazards).toHaveLength(1);
  });

  it('does not exist for another enterprise’s account', async () => {
    expect((await other.get(`/api/v1/enterprises/${firmId}/risk-checks`)).statusCode).toBe(404);
  });
});
