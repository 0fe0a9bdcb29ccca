import type { THazardStatisticsQuery } from '@redline/contracts';
import { HAZARD_STATES, ZHazardStatisticsQuery } from '@redline/contracts';
import { HAZARD_WORKFLOW, terminalStates } from '@redline/domain';
import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestDeps } from '../../../test/deps';
import { makeAccount, makeEnterprise, makeTree, type TestApp, type Tree, testApp } from '../../../test/harness';
import { type Client, complete, type Detail, report, signInOn, step } from '../../../test/hazard-steps';
import { buildApp } from '../../http/app';
import type { AppDeps, Ctx } from '../../http/context';
import { findAccount } from '../accounts/repo';
import { foldCounterDeltas } from '../cases/fold-counters';
import { rebuildCaseDerived } from '../cases/rebuild-derived';
import { actorOf } from '../scope/resolve-scope';
import { groupingOf, hazardStatistics, regionRootOf } from './statistics';
import { cellsPlan } from './statistics-cells';

/*
 * The statistics cells (decision 007) against the plain GROUP BY over the hazards, on one county driven through the
 * workflow on a clock of our own: every figure of every row must be the same, for the by-region, by-month and total
 * tables over several periods. The mix covers what the cells treat specially: a hazard written off twice (counted
 * from its rows), a hazard at the county itself (the root's own row), rejected and merged hazards, a listed major
 * hazard, decimal funds, an open hazard whose deadline passed earlier today, and a hazard moved to another town.
 */

let t: TestApp;
let app: FastifyInstance;
let deps: AppDeps;
let clock = new Date('2026-03-02T09:00:00+08:00');
let tree: Tree;
let county: Client;
let townA: Client;
let ownerA: Client;
let ownerB: Client;

const FIVE = { measures: '更换破损护栏', responsiblePerson: '张三', contingencyPlan: '设置警戒区' };
const at = (local: string) => {
  clock = new Date(`${local}+08:00`);
};

async function rectify(owner: Client, hz: Detail, funds: number, deadline: string) {
  const accepted = await step(townA, hz, 'accept', { fields: { level: 'ordinary' } });
  return step(owner, accepted, 'rectify_by_deadline', { fields: { ...FIVE, funds }, deadline });
}

beforeAll(async () => {
  t = await testApp();
  deps = makeTestDeps(t.database.db, () => clock);
  deps.policies = { ...deps.policies, session: { idleMinutes: 10_000_000, absoluteHours: 1_000_000 } };
  app = await buildApp({ deps, pool: t.database.pool, logger: false, webDir: null });
  tree = await makeTree(t);
  const [a, b] = await Promise.all([
    makeEnterprise(t, { regionCode: tree.villages[0].code, gridCode: tree.grids[0].code }),
    makeEnterprise(t, { regionCode: tree.villages[1].code, gridCode: tree.grids[1].code }),
  ]);
  const region = (code: string) => ({ kind: 'region' as const, regionCode: code });
  const accounts = await Promise.all([
    makeAccount(t, { roles: ['safety_office'], scope: region(tree.county.code) }),
    makeAccount(t, { roles: ['town_officer'], scope: region(tree.towns[0].code) }),
    makeAccount(t, { roles: ['enterprise_user'], scope: { kind: 'enterprise', enterpriseId: a.id } }),
    makeAccount(t, { roles: ['enterprise_user'], scope: { kind: 'enterprise', enterpriseId: b.id } }),
  ]);
  [county, townA, ownerA, ownerB] = (await Promise.all(accounts.map((a) => signInOn(app, a)))) as [
    Client,
    Client,
    Client,
    Client,
  ];
  const townB = await signInOn(
    app,
    await makeAccount(t, { roles: ['town_officer'], scope: region(tree.towns[1].code) }),
  );

  // Written off on time with decimal funds.
  let h1 = await report(ownerA, { title: '护栏破损', enterpriseId: a.id });
  h1 = await rectify(ownerA, h1, 1234.56, '2026-03-20');
  at('2026-03-10T10:00:00');
  h1 = await complete(ownerA, h1, { fundsSpent: 1000.1 });
  h1 = await step(townA, h1, 'verify');
  // Written off late, reopened in the next month, written off again: two write-offs.
  at('2026-03-02T11:00:00');
  let h2 = await report(ownerA, { title: '配电箱门未关闭', enterpriseId: a.id });
  h2 = await rectify(ownerA, h2, 300, '2026-03-05');
  at('2026-03-09T10:00:00');
  h2 = await complete(ownerA, h2);
  h2 = await step(townA, h2, 'verify');
  at('2026-04-03T10:00:00');
  h2 = await step(townA, h2, 'reopen', { comment: '复查发现仍未整改' });
  h2 = await rectify(ownerA, h2, 50, '2026-04-30');
  at('2026-04-20T10:00:00');
  h2 = await complete(ownerA, h2);
  h2 = await step(townA, h2, 'verify');
  // Rejected.
  const h3 = await report(ownerA, { title: '不是隐患', enterpriseId: a.id });
  await step(townA, h3, 'reject', { comment: '不属于事故隐患' });
  // A major hazard in town B, listed by the county.
  at('2026-05-06T09:00:00');
  let h5 = await report(ownerB, { title: '储罐区防火堤破损', enterpriseId: b.id });
  h5 = await step(townB, h5, 'accept', {
    fields: { level: 'major', determinationBasis: { standard: 'hazardous_chemicals_2017', article: '示例1' } },
  });
  await step(county, h5, 'list_supervision', {
    fields: { listedUnit: `region:${tree.county.code}` },
    deadline: '2026-12-20',
    comment: '县安委办挂牌督办',
  });
  // Open and overdue in town B; a hazard at the county itself; one reported in town A and moved to town B.
  let h6 = await report(ownerB, { title: '叉车无证驾驶', enterpriseId: b.id });
  h6 = await step(townB, h6, 'accept', { fields: { level: 'ordinary' } });
  await step(ownerB, h6, 'rectify_by_deadline', { fields: { ...FIVE, funds: 2000 }, deadline: '2026-06-15' });
  // Merged (into h6): reported, not found.
  const h4 = await report(ownerB, { title: '叉车无证驾驶（重复）', enterpriseId: b.id });
  await step(townB, h4, 'merge', { fields: { mergedInto: h6.id } });
  await report(county, { title: '县城主干道施工围挡缺失', regionCode: tree.county.code, source: 'grid_patrol' });
  const h7 = await report(townA, { title: '村道边坡松动', regionCode: tree.villages[0].code, source: 'grid_patrol' });
  await t.database.db.execute(sql`update cases set region_code = ${tree.villages[1].code},
      region_path = (select path from regions where code = ${tree.villages[1].code}) where id = ${h7.id}`);
  // Open, its deadline passed at 10:00 today (a time of day no workflow deadline has, so set in SQL).
  at('2026-10-20T08:00:00');
  let h8 = await report(ownerA, { title: '消防通道堵塞', enterpriseId: a.id });
  h8 = await rectify(ownerA, h8, 10, '2026-10-25');
  await t.database.db.execute(sql`update cases set deadline = '2026-10-20T10:00:00+08:00' where id = ${h8.id}`);
  at('2026-10-20T12:00:00');
}, 120_000);

afterAll(async () => {
  await app.close();
});

async function ctxOf(client: Client): Promise<Ctx> {
  const account = await findAccount(t.database.db, client.id);
  const actor = await actorOf(t.database.db, account!, 'session');
  return { db: t.database.db, requestId: 'test', now: clock, locale: 'zh-CN', deps, actor };
}

const PERIODS = [
  '',
  'from=2026-03-01&to=2026-03-31',
  'from=2026-03-09&to=2026-03-09',
  'from=2025-12-01&to=2026-10-20',
  'from=2026-04-01&to=2026-06-30',
  'from=2026-10-20&to=2026-10-20',
  // Partial months at both ends around whole ones, and two partial months with none whole between.
  'from=2026-03-09&to=2026-05-10',
  'from=2026-03-10&to=2026-04-20',
  'from=2026-02-28&to=2026-04-30',
];

/** The HTTP answer (cells where they answer) against the same query counted over the hazards. */
async function expectSameAsHazards(client: Client, query: string) {
  const res = await client.get(`/api/v1/hazards/statistics?${query}`);
  expect(res.statusCode, res.body).toBe(200);
  const parsed = ZHazardStatisticsQuery.parse(Object.fromEntries(new URLSearchParams(query)));
  const plain = await hazardStatistics(await ctxOf(client), parsed, 'hazards');
  expect(res.json(), query).toEqual(JSON.parse(JSON.stringify(plain)));
}

async function planOf(client: Client, query: Partial<THazardStatisticsQuery>) {
  const ctx = await ctxOf(client);
  const q = ZHazardStatisticsQuery.parse(query);
  const root = q.groupBy === 'region' ? await regionRootOf(ctx.db, ctx.actor, q.regionCode) : null;
  return cellsPlan(ctx.db, ctx.actor, q, groupingOf(q.groupBy, root));
}

describe('statistics cells (decision 007)', () => {
  it('answer the county’s by-region, by-month and total tables, and not what they cannot know', async () => {
    expect(await planOf(county, { groupBy: 'region' })).toEqual({
      region: { code: tree.county.code, path: expect.any(String) },
    });
    expect(await planOf(county, { groupBy: 'month' })).toBeDefined();
    expect(await planOf(county, { groupBy: 'month', regionCode: tree.towns[0].code })).toBeDefined();
    // A town's rows are villages, which have no cells; filters the cells do not know; an enterprise's scope.
    expect(await planOf(townA, { groupBy: 'region' })).toBeUndefined();
    expect(await planOf(county, { groupBy: 'region', level: 'major' })).toBeUndefined();
    expect(await planOf(county, { groupBy: 'sector' })).toBeUndefined();
    expect(await planOf(ownerA, { groupBy: 'month' })).toBeUndefined();
  });

  it('give the same figures as the plain GROUP BY for every row, period and grouping', async () => {
    for (const period of PERIODS) {
      await expectSameAsHazards(county, `groupBy=region&${period}`);
      await expectSameAsHazards(county, `groupBy=month&${period}`);
      await expectSameAsHazards(county, `groupBy=month&regionCode=${tree.towns[1].code}&${period}`);
      await expectSameAsHazards(townA, `groupBy=month&${period}`);
    }
  });

  it('show the county’s own row, the twice written-off hazard once, and today’s passed deadline', async () => {
    type Body = { groups: Array<{ key: string; self?: boolean; figures: Record<string, number> }> };
    const year = (await county.get('/api/v1/hazards/statistics?groupBy=region&from=2026-01-01')).json() as Body;
    expect(year.groups.map((g) => g.key)).toEqual([tree.towns[0].code, tree.towns[1].code, '']);
    const [a, b, own] = year.groups;
    expect(own).toMatchObject({ self: true, figures: { reported: 1, found: 1 } });
    // Town A: h1 and h2 written off (h2 twice, its last one on time), h8 overdue since 10:00 today.
    expect(a!.figures).toMatchObject({ reported: 4, found: 3, rectified: 2, rectifiedOnTime: 2, overdueNow: 1 });
    // Town B: the moved hazard, the listed major one, the one past its deadline.
    expect(b!.figures).toMatchObject({ reported: 4, majorOpen: 1, majorListed: 1 });
    // In March h2's write-off was late.
    const march = (await county.get('/api/v1/hazards/statistics?groupBy=region&from=2026-03-01&to=2026-03-31')).json();
    expect((march as Body).groups[0]!.figures).toMatchObject({ rectified: 2, rectifiedOnTime: 1 });
  });

  it('are what a rebuild from every hazard in the database gives, cell by cell, before and after a fold', async () => {
    // The cells' rows summed per key: the settled row and the deltas the triggers appended since the last fold.
    const differences = async () => {
      const { rows } = await t.database.db.execute<{ n: number }>(sql`
        with rebuilt as (
          select x.region_code, x.kind, x.day, sum(x.reported) as reported, sum(x.found) as found,
            sum(x.found_rectified) as found_rectified, sum(x.funds_planned) as funds_planned,
            sum(x.funds_spent) as funds_spent, sum(x.rectified) as rectified, sum(x.on_time) as on_time,
            sum(x.open) as open, sum(x.major_open) as major_open, sum(x.major_listed) as major_listed
          from cases c cross join lateral hazard_stat_deltas(1, c) x group by 1, 2, 3),
        cells as (
          select region_code, kind, day, sum(reported) as reported, sum(found) as found,
            sum(found_rectified) as found_rectified, sum(funds_planned) as funds_planned,
            sum(funds_spent) as funds_spent, sum(rectified) as rectified, sum(on_time) as on_time,
            sum(open) as open, sum(major_open) as major_open, sum(major_listed) as major_listed
          from hazard_stat_cells group by 1, 2, 3
          having (sum(reported), sum(found), sum(found_rectified), sum(funds_planned), sum(funds_spent),
                  sum(rectified), sum(on_time), sum(open), sum(major_open), sum(major_listed))
              <> (0, 0, 0, 0, 0, 0, 0, 0, 0, 0))
        select count(*)::int as n from rebuilt r full join cells c using (region_code, kind, day)
        where (r.reported, r.found, r.found_rectified, r.funds_planned, r.funds_spent, r.rectified, r.on_time, r.open,
               r.major_open, r.major_listed)
          is distinct from (c.reported, c.found, c.found_rectified, c.funds_planned, c.funds_spent, c.rectified,
               c.on_time, c.open, c.major_open, c.major_listed)`);
      return rows[0]!.n;
    };
    const shape = async () => {
      const { rows } = await t.database.db.execute<{ pending: number; keys: number; settled: number; empty: number }>(
        sql`select count(*) filter (where pending)::int as pending,
                   count(distinct (region_code, kind, day))::int as keys,
                   count(*) filter (where not pending)::int as settled,
                   count(*) filter (where not pending and reported = 0 and found = 0 and found_rectified = 0
                     and funds_planned = 0 and funds_spent = 0 and rectified = 0 and on_time = 0 and open = 0
                     and major_open = 0 and major_listed = 0)::int as empty
              from hazard_stat_cells`,
      );
      return rows[0]!;
    };
    expect((await shape()).pending).toBeGreaterThan(0);
    expect(await differences()).toBe(0);
    const { folded } = await foldCounterDeltas(t.database.db);
    expect(folded).toBeGreaterThan(0);
    // Folded: one settled row per key and none left at zero, with the same sums.
    const after = await shape();
    expect(after).toEqual({ pending: 0, keys: after.settled, settled: after.settled, empty: 0 });
    expect(await differences()).toBe(0);
    const pairs = await t.database.db.execute<{ n: number }>(sql`
      with rebuilt as (
        select f.case_id, f.at, f.next_at, f.on_time
        from hazard_write_offs(array(select id from cases where write_offs >= 2)) f where f.next_at is not null)
      select count(*)::int as n from rebuilt r full join hazard_write_off_pairs p using (case_id, at)
      where (r.next_at, r.on_time) is distinct from (p.next_at, p.on_time)`);
    expect(pairs.rows[0]!.n).toBe(0);
  });

  it('are what rebuildCaseDerived makes from scratch after a bulk load, with the counters and write-off facts', async () => {
    const digest = async (client: pg.PoolClient) => {
      const { rows } = await client.query(`select
        (select md5(string_agg(c::text, ',' order by region_code, kind, day)) from hazard_stat_cells c) as cells,
        (select md5(string_agg(c::text, ',' order by type, region_code, state, level)) from case_region_counts c) as counts,
        (select md5(string_agg(p::text, ',' order by case_id, at)) from hazard_write_off_pairs p) as pairs,
        (select md5(string_agg(concat_ws('|', id, write_offs, written_off_at, written_off_on_time), ',' order by id))
           from cases) as facts`);
      return rows[0];
    };
    const client = await t.database.pool.connect();
    try {
      await client.query('begin isolation level repeatable read');
      // A rebuild writes settled rows only: compare it with the cells folded.
      await client.query('select fold_counter_deltas()');
      const before = await digest(client);
      await client.query('update cases set write_offs = 0, written_off_at = null, written_off_on_time = null');
      await rebuildCaseDerived(client);
      expect(await digest(client)).toEqual(before);
    } finally {
      await client.query('rollback');
      client.release();
    }
  });

  it('use the workflow’s terminal and not-found states', async () => {
    const [sample] = (
      await t.database.db.execute<{ id: string }>(sql`select id from cases where type = 'hazard' limit 1`)
    ).rows;
    const closed = terminalStates(HAZARD_WORKFLOW);
    for (const state of HAZARD_STATES) {
      const { rows } = await t.database.db.execute<{ found: number; open: number }>(sql`
        select coalesce(sum(x.found), 0)::int as found, coalesce(sum(x.open), 0)::int as open
        from cases c cross join lateral hazard_stat_deltas(1,
          jsonb_populate_record(null::cases, to_jsonb(c) || jsonb_build_object('state', ${state}::text))) x
        where c.id = ${sample!.id} and x.parent_code is null and x.kind in ('created', 'open')`);
      expect(rows[0]!.found, state).toBe(['rejected', 'merged'].includes(state) ? 0 : 1);
      expect(rows[0]!.open, state).toBe(closed.includes(state) ? 0 : 1);
    }
  });
});
