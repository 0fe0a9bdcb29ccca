import { beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from '../../../test/api-client';
import { makeAccount, makeEnterprise, makeTree, type TestApp, type Tree, testApp } from '../../../test/harness';

/** GET /hazards?q= — the search box: a number by its beginning, or words of the title (any length, literally). */
let t: TestApp;
let tree: Tree;
let grid: ApiClient;
let town: ApiClient;
let enterpriseId: string;
const TITLES = { panel: '配电箱门未关闭', exit: '消防通道堵塞', tank: '储罐区 100%_满液位报警失灵' };
const made = {} as Record<keyof typeof TITLES, { id: string; number: string }>;

beforeAll(async () => {
  t = await testApp();
  tree = await makeTree(t);
  enterpriseId = (await makeEnterprise(t, { regionCode: tree.villages[0].code, gridCode: tree.grids[0].code })).id;
  [grid, town] = await Promise.all([
    makeAccount(t, { roles: ['grid_worker'], scope: { kind: 'grids', gridCodes: [tree.grids[0].code] } }),
    makeAccount(t, { roles: ['town_officer'], scope: { kind: 'region', regionCode: tree.towns[0].code } }),
  ]);
  for (const [key, title] of Object.entries(TITLES) as Array<[keyof typeof TITLES, string]>) {
    const res = await grid.post('/api/v1/hazards', {
      title,
      source: 'grid_patrol',
      enterpriseId,
      category: 'unsafe_condition',
      hazardType: 'electrical',
    });
    expect(res.statusCode, res.body).toBe(201);
    made[key] = (res.json() as { hazard: { id: string; number: string } }).hazard;
  }
});

const found = async (q: string) => {
  const res = await town.get(`/api/v1/hazards?pageSize=200&q=${encodeURIComponent(q)}`);
  expect(res.statusCode, res.body).toBe(200);
  return (res.json() as { items: Array<{ id: string }> }).items.map((h) => h.id);
};

describe('the hazard search', () => {
  it('finds a hazard by its whole number, or its beginning in any case', async () => {
    const h = made.panel;
    expect(await found(h.number)).toEqual([h.id]);
    const beginning = await found(h.number.slice(0, -2).toLowerCase());
    expect(beginning).toContain(h.id);
    expect(beginning).toContain(made.exit.id);
    expect(await found(`${h.number}9`)).toEqual([]);
  });

  it('finds words of a title, two characters as well as three or more', async () => {
    expect(await found('配电')).toEqual([made.panel.id]);
    expect(await found('通道堵')).toEqual([made.exit.id]);
    expect(await found('门未关闭')).toEqual([made.panel.id]);
    expect(await found('没有这个')).toEqual([]);
  });

  it('takes % and _ literally', async () => {
    expect(await found('100%_满')).toEqual([made.tank.id]);
    expect(await found('%')).toEqual([made.tank.id]);
    expect(await found('0_')).toEqual([]);
  });
});
