import type { TWorkbench } from '@redline/contracts';
import { endOfLocalDate, localDateOf, shiftLocalDate, startOfLocalDate } from '@redline/domain';
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from '../../../test/api-client';
import { ApiClient as Anonymous } from '../../../test/api-client';
import { makeAccount, makeEnterprise, makeTree, type TestApp, type Tree, testApp } from '../../../test/harness';
import { cases } from '../cases/schema';

let t: TestApp;
let tree: Tree;
let grid: ApiClient;
let town: ApiClient;
let otherTown: ApiClient;
let owner: ApiClient;
let otherEnterprise: ApiClient;
let county: ApiClient;
let admin: ApiClient;
let enterpriseId: string;

const DAY = 86_400_000;
const FIVE = { measures: '更换破损护栏', responsiblePerson: '张三', funds: 5000, contingencyPlan: '设置警戒区' };
type Hazard = { id: string; version: number; state: string };

beforeAll(async () => {
  t = await testApp();
  tree = await makeTree(t);
  const enterprise = await makeEnterprise(t, { regionCode: tree.villages[0].code, gridCode: tree.grids[0].code });
  const other = await makeEnterprise(t, { regionCode: tree.villages[0].code, gridCode: tree.grids[0].code });
  enterpriseId = enterprise.id;
  [grid, town, otherTown, owner, otherEnterprise, county, admin] = await Promise.all([
    makeAccount(t, { roles: ['grid_worker'], scope: { kind: 'grids', gridCodes: [tree.grids[0].code] } }),
    makeAccount(t, { roles: ['town_officer'], scope: { kind: 'region', regionCode: tree.towns[0].code } }),
    makeAccount(t, { roles: ['town_officer'], scope: { kind: 'region', regionCode: tree.towns[1].code } }),
    makeAccount(t, { roles: ['enterprise_user'], scope: { kind: 'enterprise', enterpriseId } }),
    makeAccount(t, { roles: ['enterprise_user'], scope: { kind: 'enterprise', enterpriseId: other.id } }),
    makeAccount(t, { roles: ['safety_office'], scope: { kind: 'region', regionCode: tree.county.code } }),
    makeAccount(t, { roles: ['admin'], scope: { kind: 'region', regionCode: tree.county.code } }),
  ]);
});

async function report(client: ApiClient, title: string, body: Record<string, unknown> = { enterpriseId }) {
  const res = await client.post('/api/v1/hazards', {
    title,
    source: 'grid_patrol',
    category: 'unsafe_condition',
    hazardType: 'electrical',
    ...body,
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().hazard as Hazard;
}

async function step(client: ApiClient, h: Hazard, transition: string, body: Record<string, unknown> = {}) {
  const res = await client.post(`/api/v1/hazards/${h.id}/transitions`, { transition, version: h.version, ...body });
  expect(res.statusCode, `${transition}: ${res.body}`).toBe(200);
  return res.json() as Hazard;
}

/** Arranges the current deadline of a test's own hazard (the clocks set it from the report time). */
const setDeadline = (h: Hazard, inDays: number | null) =>
  t.database.db
    .update(cases)
    .set({ deadline: inDays === null ? null : new Date(Date.now() + inDays * DAY) })
    .where(eq(cases.id, h.id));

async function workbench(client: ApiClient): Promise<TWorkbench> {
  const res = await client.get('/api/v1/workbench');
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}
const ids = (list: TWorkbench['todo']['overdue']) => list.items.map((i) => i.id);
const items = (w: TWorkbench) => [...w.todo.overdue.items, ...w.todo.dueSoon.items, ...w.todo.waiting.items];
const allTodo = (w: TWorkbench) => items(w).map((i) => i.id);

describe('GET /workbench', () => {
  it('the town officer gets the reports to accept, split by deadline; the enterprise and grid worker move them on', async () => {
    const late = await report(grid, '配电箱门未关闭');
    const soon = await report(grid, '消防通道堵塞');
    const later = await report(grid, '灭火器过期');
    await setDeadline(late, -1);
    await setDeadline(soon, 1);
    await setDeadline(later, 10);

    let w = await workbench(town);
    expect(ids(w.todo.overdue)).toEqual([late.id]);
    expect(ids(w.todo.dueSoon)).toEqual([soon.id]);
    expect(ids(w.todo.waiting)).toEqual([later.id]);
    expect(w.todo.overdue).toMatchObject({ total: 1 });
    expect(w.todo.overdue.items[0]).toMatchObject({
      state: 'reported',
      overdue: true,
      relations: ['supervisor'],
      enterprise: { id: enterpriseId },
    });
    expect(w.todo.overdue.items[0]!.actions).toEqual(['accept', 'reject', 'merge', 'transfer']);
    expect(w.counts).toEqual({ awaitingMyAction: 3, reportedByMeOpen: 0, overdueInScope: 1 });
    expect(w.dueSoonDays).toBe(3);

    // The counts are the list's: overdue in scope is GET /hazards?overdue=true.
    const overdueList = await town.get('/api/v1/hazards?overdue=true');
    expect(overdueList.json().total).toBe(w.counts.overdueInScope);

    // A report waits for the supervisor, not for the enterprise that owns it nor the grid worker who reported it.
    expect(allTodo(await workbench(owner))).toEqual([]);
    const byGrid = await workbench(grid);
    expect(allTodo(byGrid)).toEqual([]);
    expect(byGrid.counts).toMatchObject({ awaitingMyAction: 0, reportedByMeOpen: 3, overdueInScope: 1 });

    // Accepted: rectification is assigned by the supervisor or committed to by the owner, so it waits for both.
    const accepted = await step(town, later, 'accept', { fields: { level: 'ordinary' } });
    w = await workbench(town);
    expect(items(w).find((i) => i.id === accepted.id)?.actions).toEqual(['rectify_immediately', 'rectify_by_deadline']);
    const mine = await workbench(owner);
    expect(allTodo(mine)).toEqual([accepted.id]);
    expect(items(mine)[0]).toMatchObject({ relations: ['owner'], state: 'accepted' });

    // Rectifying: only the owner (the enterprise) can complete it; the town's option to order a suspension is not a to-do.
    const rectifying = await step(owner, accepted, 'rectify_by_deadline', {
      fields: FIVE,
      deadline: new Date(Date.now() + 2 * DAY).toISOString(),
    });
    expect(allTodo(await workbench(town))).not.toContain(rectifying.id);
    const rectifications = await workbench(owner);
    expect(ids(rectifications.todo.dueSoon)).toEqual([rectifying.id]);
    expect(rectifications.todo.dueSoon.items[0]!.actions).toEqual(['complete']);

    // Rejected: closed, off every list, and no longer open among the grid worker's reports.
    await step(town, late, 'reject', { comment: '非安全隐患' });
    w = await workbench(town);
    expect(allTodo(w)).toEqual([soon.id]);
    expect(w.counts).toMatchObject({ awaitingMyAction: 1, overdueInScope: 0 });
    expect((await workbench(grid)).counts.reportedByMeOpen).toBe(2);
  });

  it('due soon ends with the third local day from today (Beijing time), not 72 hours from now', async () => {
    const today = localDateOf(new Date());
    const third = await report(grid, '安全出口指示灯损坏');
    const fourth = await report(grid, '应急照明灯不亮');
    await t.database.db
      .update(cases)
      .set({ deadline: endOfLocalDate(shiftLocalDate(today, 3)) })
      .where(eq(cases.id, third.id));
    await t.database.db
      .update(cases)
      .set({ deadline: startOfLocalDate(shiftLocalDate(today, 4)) })
      .where(eq(cases.id, fourth.id));
    const w = await workbench(town);
    expect(ids(w.todo.dueSoon)).toContain(third.id);
    expect(ids(w.todo.waiting)).toContain(fourth.id);
    expect(ids(w.todo.dueSoon)).not.toContain(fourth.id);
    await step(town, third, 'reject', { comment: '测试数据' });
    await step(town, fourth, 'reject', { comment: '测试数据' });
  });

  it('a public-place hazard the grid owns waits for the grid worker once accepted', async () => {
    const h = await report(grid, '路边井盖缺失', { enterpriseId: null, locationText: '甲社区北门' });
    await step(town, h, 'accept', { fields: { level: 'ordinary' } });
    const w = await workbench(grid);
    const item = items(w).find((i) => i.id === h.id);
    expect(item).toMatchObject({ relations: ['owner', 'reporter'], actions: ['rectify_immediately'] });
  });

  it('nothing out of scope: another town, another enterprise, the county office and the admin have nothing to do', async () => {
    const h = await report(grid, '配电室无绝缘垫');
    await setDeadline(h, -2);
    for (const client of [otherTown, otherEnterprise]) {
      const w = await workbench(client);
      expect(allTodo(w)).toEqual([]);
      expect(w.counts).toEqual({ awaitingMyAction: 0, reportedByMeOpen: 0, overdueInScope: 0 });
    }
    // The county office sees the hazard (it is in scope, and overdue) but the town's office supervises it.
    const byCounty = await workbench(county);
    expect(allTodo(byCounty)).not.toContain(h.id);
    expect(byCounty.counts.overdueInScope).toBeGreaterThanOrEqual(1);
    const byAdmin = await workbench(admin);
    expect(byAdmin.counts.awaitingMyAction).toBe(0);
  });

  it('answers 401 without a session', async () => {
    const res = await new Anonymous(t.app).get('/api/v1/workbench');
    expect(res.statusCode).toBe(401);
    expect(res.json().code).toBe('AUTH.REQUIRED');
  });
});
