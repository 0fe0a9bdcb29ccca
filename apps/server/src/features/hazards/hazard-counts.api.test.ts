import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from '../../../test/api-client';
import { makeAccount, makeEnterprise, makeTree, type TestApp, type Tree, testApp } from '../../../test/harness';

/**
 * The per-region hazard counters (case_region_counts, migration 0004) behind the totals of plain region lists: after
 * reports, acceptance with a level, rejection and reopening they equal an independent count of the rows, and every
 * list total, from the counters or counted over the rows, equals the rows it pages through.
 */
let t: TestApp;
let tree: Tree;
let countyPath: string;
let grid: ApiClient;
let town: ApiClient;
let county: ApiClient;
let enterpriseId: string;

type Detail = { id: string; version: number; state: string };

beforeAll(async () => {
  t = await testApp();
  tree = await makeTree(t);
  const enterprise = await makeEnterprise(t, { regionCode: tree.villages[0].code, gridCode: tree.grids[0].code });
  enterpriseId = enterprise.id;
  [grid, town, county] = await Promise.all([
    makeAccount(t, { roles: ['grid_worker'], scope: { kind: 'grids', gridCodes: [tree.grids[0].code] } }),
    makeAccount(t, { roles: ['town_officer'], scope: { kind: 'region', regionCode: tree.towns[0].code } }),
    makeAccount(t, { roles: ['safety_office'], scope: { kind: 'region', regionCode: tree.county.code } }),
  ]);
  const { rows } = await t.database.pool.query<{ path: string }>('select path from regions where code = $1', [
    tree.county.code,
  ]);
  countyPath = rows[0]?.path ?? '';
});

async function report(title: string): Promise<Detail> {
  const res = await grid.post('/api/v1/hazards', {
    title,
    source: 'grid_patrol',
    enterpriseId,
    category: 'unsafe_condition',
    hazardType: 'electrical',
  });
  expect(res.statusCode, res.body).toBe(201);
  return (res.json() as { hazard: Detail }).hazard;
}

async function step(h: Detail, transition: string, body: Record<string, unknown> = {}): Promise<Detail> {
  const res = await town.post(`/api/v1/hazards/${h.id}/transitions`, { transition, version: h.version, ...body });
  expect(res.statusCode, `${transition}: ${res.body}`).toBe(200);
  return res.json() as Detail;
}

/** The counters under the county, and the same figures counted from the rows, as `state/level → n`. */
async function countersAndRows() {
  const counters = await t.database.db.execute<{ key: string; n: string }>(sql`
    select state || '/' || level as key, n from case_region_counts
     where type = 'hazard' and region_path like ${`${countyPath}%`} and n <> 0 order by 1`);
  const rows = await t.database.db.execute<{ key: string; n: string }>(sql`
    select state || '/' || coalesce(level, '') as key, count(*) as n from cases
     where type = 'hazard' and region_path like ${`${countyPath}%`} group by 1 order by 1`);
  const asMap = (r: { rows: Array<{ key: string; n: string }> }) =>
    Object.fromEntries(r.rows.map((x) => [x.key, Number(x.n)]));
  return { counters: asMap(counters), rows: asMap(rows) };
}

async function total(client: ApiClient, query: string) {
  const res = await client.get(`/api/v1/hazards?${query}`);
  expect(res.statusCode, res.body).toBe(200);
  return (res.json() as { total: number }).total;
}

describe('per-region hazard counters', () => {
  it('follow reports, acceptance with a level, rejection and reopening', async () => {
    const [, b, c] = [await report('配电箱门未关闭'), await report('消防通道堵塞'), await report('护栏缺失')];
    expect((await countersAndRows()).counters).toEqual({ 'reported/': 3 });

    await step(b, 'accept', { fields: { level: 'ordinary' } });
    const rejected = await step(c, 'reject', { comment: '不属于事故隐患' });
    let figures = await countersAndRows();
    expect(figures.counters).toEqual({ 'reported/': 1, 'accepted/ordinary': 1, 'rejected/': 1 });
    expect(figures.counters).toEqual(figures.rows);

    // Reopening keeps level and region and moves the state back: one counter down, one up.
    await step(rejected, 'reopen', { comment: '现场复核确属隐患' });
    figures = await countersAndRows();
    expect(figures.counters).toEqual({ 'reported/': 2, 'accepted/ordinary': 1 });
    expect(figures.counters).toEqual(figures.rows);
  });

  it('give list totals equal to the rows, whether the counters or a count answer', async () => {
    await report('临边无防护');
    const exact = async (where: ReturnType<typeof sql>) => {
      const { rows } = await t.database.db.execute<{ n: string }>(sql`
        select count(*) as n from cases where type = 'hazard' and region_path like ${`${countyPath}%`} and ${where}`);
      return Number(rows[0]?.n);
    };
    const townPath = `${countyPath}${tree.towns[0].code}/`;
    // From the counters: the scope, a region under it, states, a level.
    expect(await total(county, '')).toBe(await exact(sql`true`));
    expect(await total(county, `regionCode=${tree.towns[0].code}`)).toBe(
      await exact(sql`region_path like ${`${townPath}%`}`),
    );
    expect(await total(county, 'state=reported,accepted')).toBe(await exact(sql`state in ('reported', 'accepted')`));
    expect(await total(county, 'level=ordinary')).toBe(await exact(sql`level = 'ordinary'`));
    expect(await total(county, `regionCode=${tree.towns[1].code}`)).toBe(0);
    // A region outside the scope matches nothing, whichever way it is counted.
    const other = await makeTree(t);
    expect(await total(county, `regionCode=${other.towns[0].code}`)).toBe(0);
    // Counted over the rows: any other filter.
    expect(await total(county, 'source=grid_patrol')).toBe(await exact(sql`source = 'grid_patrol'`));
    expect(await total(county, `enterpriseId=${enterpriseId}&state=reported`)).toBe(
      await exact(sql`enterprise_id = ${enterpriseId} and state = 'reported'`),
    );
    // A town account's list of its own town (its scope is a region too).
    expect(await total(town, '')).toBe(await exact(sql`region_path like ${`${townPath}%`}`));
    expect(await total(county, '')).toBeGreaterThanOrEqual(4);
  });
});
