import { HAZARD_WORKFLOW, localDateOf, RISK_CHECK_WORKFLOW, shiftLocalDate, startOfLocalDate } from '@redline/domain';
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from '../../../test/api-client';
import {
  makeAccount,
  makeEnterprise,
  makeTree,
  systemWho,
  type TestApp,
  type Tree,
  testApp,
} from '../../../test/harness';
import { createCase } from '../cases/create-case';
import { cases } from '../cases/schema';
import { enterprises } from '../enterprises/schema';
import { riskUnits } from './schema';

let t: TestApp;
let tree: Tree;
let admin: ApiClient;
let office: ApiClient;
const firms: Record<string, string> = {};

type Assessment =
  | { method: 'lec'; l: number; e: number; c: number }
  | { method: 'matrix'; likelihood: number; severity: number };

/** Adds a unit with these events (inherent, and residual when given) to an enterprise's register; the unit's id. */
async function register(client: ApiClient, enterpriseId: string, events: Array<[Assessment, Assessment?]>) {
  const unit = await client.post(`/api/v1/enterprises/${enterpriseId}/risk-units`, {
    objectName: '储罐区',
    name: '1 号储罐',
    kind: 'facility',
  });
  expect(unit.statusCode, unit.body).toBe(201);
  for (const [inherent, residual] of events) {
    const event = await client.post(`/api/v1/risk-units/${unit.json().id}/events`, {
      name: '泄漏引发火灾',
      inherent,
      residual: residual ?? null,
    });
    expect(event.statusCode, event.body).toBe(201);
  }
  return unit.json().id as string;
}

const lec = (l: number, e: number, c: number): Assessment => ({ method: 'lec', l, e, c });
const matrix = (likelihood: number, severity: number): Assessment => ({ method: 'matrix', likelihood, severity });

beforeAll(async () => {
  t = await testApp();
  tree = await makeTree(t);
  const scope = { kind: 'region' as const, regionCode: tree.county.code };
  [admin, office] = await Promise.all([
    makeAccount(t, { roles: ['admin'], scope }),
    makeAccount(t, { roles: ['safety_office'], scope }),
  ]);
  const at = (i: 0 | 1, extra: { sectorCodes?: string[] } = {}) =>
    makeEnterprise(t, { regionCode: tree.villages[i].code, gridCode: tree.grids[i].code, ...extra });
  const made = await Promise.all([
    at(0),
    at(0),
    at(1),
    at(1),
    at(1),
    at(1),
    makeEnterprise(t, { regionCode: tree.county.code }),
    at(1, { sectorCodes: ['fireworks'] }),
    at(1),
  ]);
  for (const [i, key] of [
    'red',
    'yellow',
    'orange',
    'blue',
    'none',
    'archived',
    'county',
    'fireworks',
    'closed',
  ].entries()) {
    firms[key] = made[i]!.id;
  }
  await register(admin, firms.red!, [[lec(6, 6, 15)], [matrix(1, 1)]]); // D = 540 ≥ 320: 重大 (§4.2)
  await register(admin, firms.yellow!, [[lec(6, 6, 15), lec(1, 6, 15)]]); // residual D = 90: 一般 counts (§4.2)
  await register(admin, firms.orange!, [[matrix(3, 5)]]); // R = 15: 较大 (§4.3)
  await register(admin, firms.blue!, [[matrix(1, 2)]]); // R = 2: 低
  const archived = await register(admin, firms.archived!, [[lec(10, 10, 100)]]);
  await t.database.db.update(riskUnits).set({ archivedAt: new Date() }).where(eq(riskUnits.id, archived));
  await register(admin, firms.fireworks!, [[lec(10, 6, 40)]]); // D = 2400: 重大
  await register(admin, firms.closed!, [[matrix(5, 5)]]);
  await t.database.db.update(enterprises).set({ status: 'closed' }).where(eq(enterprises.id, firms.closed!));
});

const overview = async (client: ApiClient, query = '') => {
  const res = await client.get(`/api/v1/risk-overview${query}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
};

describe('the regional risk overview', () => {
  it('counts enterprises by the highest level of their register, per child region, with the major risks', async () => {
    const o = await overview(office);
    expect(o.region.code).toBe(tree.county.code);
    expect(o.rows.map((r: { regionCode: string; direct: boolean }) => [r.regionCode, r.direct])).toEqual([
      [tree.county.code, true], // the enterprise registered at the county itself
      [tree.towns[0].code, false],
      [tree.towns[1].code, false],
    ]);
    const [county, town0, town1] = o.rows;
    expect(town0.enterprises).toEqual({ byLevel: { major: 1, large: 0, ordinary: 1, low: 0 }, withoutRegister: 0 });
    // An archived unit's events do not count; a closed enterprise owes no register.
    expect(town1.enterprises).toEqual({ byLevel: { major: 1, large: 1, ordinary: 0, low: 1 }, withoutRegister: 2 });
    expect(county.enterprises).toEqual({ byLevel: { major: 0, large: 0, ordinary: 0, low: 0 }, withoutRegister: 1 });
    expect(o.total.enterprises).toEqual({ byLevel: { major: 2, large: 1, ordinary: 1, low: 1 }, withoutRegister: 3 });

    // The yellow firm's inherent 540 is controlled down to 90: not a major risk any more.
    expect(o.majorRisks.total).toBe(2);
    expect(
      o.majorRisks.items.map((m: { score: number; enterprise: { id: string } }) => [m.enterprise.id, m.score]),
    ).toEqual([
      [firms.fireworks, 2400],
      [firms.red, 540],
    ]);
    expect(o.majorRisks.items[1]).toMatchObject({ level: 'major', residual: false, controlLevel: 'company' });
  });

  it('shows a town officer their town only; other regions do not exist for them', async () => {
    const town = await makeAccount(t, {
      roles: ['town_officer'],
      scope: { kind: 'region', regionCode: tree.towns[0].code },
    });
    const o = await overview(town);
    expect(o.region.code).toBe(tree.towns[0].code);
    expect(o.rows.map((r: { regionCode: string }) => r.regionCode)).toEqual([tree.villages[0].code]);
    expect(o.total.enterprises.byLevel).toEqual({ major: 1, large: 0, ordinary: 1, low: 0 });
    expect(o.majorRisks.items.map((m: { enterprise: { id: string } }) => m.enterprise.id)).toEqual([firms.red]);
    expect((await town.get(`/api/v1/risk-overview?regionCode=${tree.towns[1].code}`)).statusCode).toBe(404);
    expect((await town.get(`/api/v1/risk-overview?regionCode=${tree.county.code}`)).statusCode).toBe(404);
  });

  it('narrows a sector-limited scope to its sectors', async () => {
    const inspector = await makeAccount(t, {
      roles: ['inspector'],
      scope: { kind: 'region', regionCode: tree.county.code, sectorCodes: ['hazardous_chemicals'] },
    });
    const o = await overview(inspector);
    expect(o.sectorLimited).toBe(true);
    expect(o.total.enterprises.byLevel.major).toBe(1); // the fireworks firm is outside the scope
    expect(o.majorRisks.items.map((m: { enterprise: { id: string } }) => m.enterprise.id)).toEqual([firms.red]);
  });

  it('refuses enterprise accounts (they read their own register) and grid workers', async () => {
    const user = await makeAccount(t, {
      roles: ['enterprise_user'],
      scope: { kind: 'enterprise', enterpriseId: firms.red! },
    });
    expect((await user.get('/api/v1/risk-overview')).statusCode).toBe(403);
    const grid = await makeAccount(t, {
      roles: ['grid_worker'],
      scope: { kind: 'grids', gridCodes: [tree.grids[0].code] },
    });
    expect((await grid.get('/api/v1/risk-overview')).statusCode).toBe(403);
  });

  it('refuses a period that ends before it starts', async () => {
    const res = await office.get('/api/v1/risk-overview?from=2026-03-02&to=2026-03-01');
    expect(res.statusCode).toBe(400);
    expect(res.json().details[0].path).toBe('to');
  });
});

describe('check-run completion and hazard sources over a period', () => {
  /** Local `YYYY-MM-DDTHH:mm` of an instant (Asia/Shanghai), as open-runs.ts writes a slot's end. */
  const localMinute = (d: Date) => new Date(d.getTime() + 8 * 3_600_000).toISOString().slice(0, 16);

  /**
   * A run due at the end of its slot, as open-runs.ts opens it; then due, withdrawn, or recorded at `recordedAt` the
   * way record-check.ts leaves it (terminal: no deadline any more, the time in `fields.recordedAt`).
   */
  const runAt = async (due: Date, state: 'due' | 'recorded' | 'withdrawn', recordedAt?: Date) => {
    const row = await t.database.db.transaction((tx) =>
      createCase(tx, systemWho(), {
        type: 'risk_check',
        workflow: RISK_CHECK_WORKFLOW,
        title: '高液位报警是否完好',
        regionCode: tree.villages[0].code,
        enterpriseId: firms.red!,
        sectorCode: 'hazardous_chemicals',
        deadline: due,
        fields: { measureId: crypto.randomUUID(), slotStart: localMinute(due), slotEnd: localMinute(due) },
      }),
    );
    if (state === 'due') return;
    const fields = { ...row.fields, ...(recordedAt ? { recordedAt: recordedAt.toISOString() } : {}) };
    await t.database.db.update(cases).set({ state, fields, deadline: null }).where(eq(cases.id, row.id));
  };

  it('is the runs recorded by their deadline over the runs whose deadline passed in the period', async () => {
    const now = new Date();
    const today = localDateOf(now);
    const from = shiftLocalDate(today, -10);
    const start = startOfLocalDate(from);
    // Slots end on a whole minute.
    const minute = Math.floor(now.getTime() / 60_000) * 60_000;
    const hours = (n: number) => new Date(minute - n * 3_600_000);
    await runAt(hours(2), 'recorded', hours(2)); // at its deadline exactly: on time
    await runAt(hours(2), 'recorded', new Date(hours(2).getTime() + 1)); // a millisecond late
    await runAt(hours(1), 'due'); // deadline passed, not recorded: overdue
    await runAt(new Date(minute + 3_600_000), 'due'); // still open: not counted yet
    await runAt(hours(3), 'withdrawn'); // its measure was archived: owed by nobody
    await runAt(start, 'recorded', start); // due at the period's first minute: inside
    await runAt(new Date(start.getTime() - 60_000), 'due'); // due the minute before the period: outside

    const o = await overview(office, `?from=${from}&to=${today}`);
    const town0 = o.rows.find((r: { regionCode: string }) => r.regionCode === tree.towns[0].code);
    expect(town0.checks).toEqual({ onTime: 2, late: 1, overdue: 1, due: 4, rate: 0.5 });
    expect(o.total.checks.rate).toBe(0.5);
    const town1 = o.rows.find((r: { regionCode: string }) => r.regionCode === tree.towns[1].code);
    expect(town1.checks).toEqual({ onTime: 0, late: 0, overdue: 0, due: 0, rate: null });
  });

  it('splits the period’s hazards into found by check runs, by inspections and otherwise', async () => {
    const hazard = (source: string, fields: Record<string, unknown> = {}, at = new Date()) =>
      t.database.db.transaction((tx) =>
        createCase(
          tx,
          { ...systemWho(), now: at },
          {
            type: 'hazard',
            workflow: HAZARD_WORKFLOW,
            title: '消防通道堵塞',
            regionCode: tree.villages[1].code,
            enterpriseId: firms.orange!,
            sectorCode: 'hazardous_chemicals',
            source,
            fields,
          },
        ),
      );
    await hazard('self_inspection', { riskMeasureId: crypto.randomUUID() });
    await hazard('self_inspection', { riskMeasureId: crypto.randomUUID() });
    await hazard('department_inspection');
    await hazard('unannounced_inspection');
    await hazard('grid_patrol');
    const rejected = await hazard('public_report');
    await t.database.db.update(cases).set({ state: 'rejected' }).where(eq(cases.id, rejected.id));
    await hazard('grid_patrol', {}, new Date(Date.now() - 40 * 86_400_000)); // before the default 30 days

    const o = await overview(office);
    expect(o.period.to).toBe(localDateOf(new Date()));
    expect(o.period.from).toBe(shiftLocalDate(o.period.to, -29));
    const town1 = o.rows.find((r: { regionCode: string }) => r.regionCode === tree.towns[1].code);
    expect(town1.hazards).toEqual({ checks: 2, inspections: 2, other: 1 });
  });
});
