import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from '../../../test/api-client';
import { makeAccount, makeEnterprise, makeTree, type TestApp, type Tree, testApp } from '../../../test/harness';
import { foldCounterDeltas } from '../cases/fold-counters';

/**
 * The per-region hazard counters (case_region_counts, migrations 0004 and 0011) behind the totals of plain region
 * lists: after reports, acceptance with a level, rejection and reopening they equal an independent count of the rows,
 * before and after their deltas are folded; writers of the same counters do not wait for each other; and every list
 * total, from the counters or counted over the rows, equals the rows it pages through.
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
    select state || '/' || level as key, sum(n) as n from case_region_counts
     where type = 'hazard' and region_path like ${`${countyPath}%`} group by 1 having sum(n) <> 0 order by 1`);
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

    // Folded into one settled row per key (the zero ones gone), the figures stay.
    const { folded } = await foldCounterDeltas(t.database.db);
    expect(folded).toBeGreaterThan(0);
    const { rows } = await t.database.db.execute<{ pending: number; settled: number; keys: number; zero: number }>(sql`
      select count(*) filter (where pending)::int as pending, count(*) filter (where not pending)::int as settled,
             count(distinct (type, region_code, state, level))::int as keys,
             count(*) filter (where n = 0)::int as zero
        from case_region_counts where region_path like ${`${countyPath}%`}`);
    expect(rows[0]).toEqual({ pending: 0, settled: 2, keys: 2, zero: 0 });
    figures = await countersAndRows();
    expect(figures.counters).toEqual({ 'reported/': 2, 'accepted/ordinary': 1 });
  });

  it('let two writers of the same counters go on without waiting for each other (migration 0011)', async () => {
    const { rows } = await t.database.db.execute<{ id: string }>(sql`
      select id from cases where type = 'hazard' and state = 'reported' and region_path like ${`${countyPath}%`}
       order by id limit 2`);
    expect(rows).toHaveLength(2);
    const [a, b] = await Promise.all([t.database.pool.connect(), t.database.pool.connect()]);
    try {
      // The same region, state and level before and after, the same deadline day: the same counter and cell keys.
      const move = `update cases set level = 'major', deadline = '2030-01-01T10:00:00+08:00' where id = $1`;
      await a.query('begin');
      await a.query(move, [rows[0]!.id]);
      await b.query('begin');
      await b.query("set local lock_timeout = '500ms'");
      // Before 0011 this waited on A's counter rows until A ended, and timed out.
      await expect(b.query(move, [rows[1]!.id])).resolves.toMatchObject({ rowCount: 1 });
    } finally {
      await Promise.all([a.query('rollback'), b.query('rollback')]);
      a.release();
      b.release();
    }
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
