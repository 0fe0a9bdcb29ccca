import { HAZARD_STATES } from '@redline/contracts';
import { HAZARD_WORKFLOW, rateOf, terminalStates } from '@redline/domain';
import { asc, inArray } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from '../../../test/api-client';
import { makeTestDeps } from '../../../test/deps';
import { makeAccount, makeEnterprise, makeTree, type TestApp, type Tree, testApp } from '../../../test/harness';
import { type Client, complete, type Detail, report, signInOn, step } from '../../../test/hazard-steps';
import { buildApp } from '../../http/app';
import { caseEvents, cases } from '../cases/schema';

/*
 * A known mix of hazards driven through the workflow on a clock of our own (an app built on the test database whose
 * `now` the test moves forward), so "found in the period", "completed late" and "overdue now" happen for real rather
 * than by editing rows. The period is Q3 2026 (2026-07-01 … 2026-09-30, Asia/Shanghai); `now` ends at 2026-10-20.
 *
 *   h0 town A  reported 06-25 (before), rectified immediately, completed 07-03 after its 1-working-day deadline,
 *              written off 07-05: rectified in Q3, late; not found in Q3
 *   h1 town A  07-10, by deadline 07-31, funds 5000, completed 07-20 (spent 4800), written off 07-22: on time
 *   h2 town A  07-10, by deadline 07-25, funds 1000, completed 08-05 (spent 900) late, written off 08-06
 *   h5 town A  07-15, rejected (not a hazard): reported, not found
 *   h6 town A  07-16, merged into h1: reported, not found
 *   h7 town A  07-18 (Sat), rectified immediately (deadline Mon 07-20), completed 07-19, written off 07-19, then
 *              reopened 09-10: its write-off still counts; open again and overdue on its acceptance clock
 *   h3 town B  08-01, by deadline 08-15, funds 2000, still rectifying: overdue now
 *   h4 town B  08-10, major (basis, report, plan), funds 100000, by deadline 12-31, listed by the county: major open
 *              and listed
 *   h8 town A  09-28, a public place reported by the town, no level: found, overdue on its acceptance clock
 *   h9 town A  10-05 (after the period): no period figure; overdue now (acceptance)
 *   hX another county, rectified in Q3: never counted for this county
 */

let t: TestApp;
let app: FastifyInstance;
let clock = new Date('2026-06-25T10:00:00+08:00');
let tree: Tree;
let other: Tree;
let county: Client;
let townA: Client;
let townB: Client;
let ownerA: Client;
let ownerB: Client;
let outsider: Client;
let entA: string;
let entB: string;
const h: Record<string, Detail> = {};

const FIVE = { measures: '更换破损护栏', responsiblePerson: '张三', contingencyPlan: '设置警戒区' };
const REPORT = { currentCondition: '储罐区防火堤破损', causes: '年久失修', harmAndDifficultyAnalysis: '危害大' };
const PLAN = {
  objectives: '消除缺陷',
  materials: '混凝土',
  responsibleOrganisation: '设备部',
  rectificationRequirements: '按设计修复',
  safetyMeasures: '停用储罐',
};
const Q3 = 'from=2026-07-01&to=2026-09-30';
const at = (local: string) => {
  clock = new Date(`${local}+08:00`);
};

beforeAll(async () => {
  t = await testApp();
  const deps = makeTestDeps(t.database.db, () => clock);
  // Sessions live across the months this test moves through.
  deps.policies = { ...deps.policies, session: { idleMinutes: 10_000_000, absoluteHours: 1_000_000 } };
  app = await buildApp({ deps, pool: t.database.pool, logger: false, webDir: null });
  [tree, other] = await Promise.all([makeTree(t), makeTree(t)]);
  const [a, b] = await Promise.all([
    makeEnterprise(t, { regionCode: tree.villages[0].code, gridCode: tree.grids[0].code }),
    makeEnterprise(t, { regionCode: tree.villages[1].code, gridCode: tree.grids[1].code }),
  ]);
  [entA, entB] = [a.id, b.id];
  const region = (code: string) => ({ kind: 'region' as const, regionCode: code });
  const accounts = await Promise.all([
    makeAccount(t, { roles: ['safety_office'], scope: region(tree.county.code) }),
    makeAccount(t, { roles: ['town_officer'], scope: region(tree.towns[0].code) }),
    makeAccount(t, { roles: ['town_officer'], scope: region(tree.towns[1].code) }),
    makeAccount(t, { roles: ['enterprise_user'], scope: { kind: 'enterprise', enterpriseId: entA } }),
    makeAccount(t, { roles: ['enterprise_user'], scope: { kind: 'enterprise', enterpriseId: entB } }),
    makeAccount(t, { roles: ['town_officer'], scope: region(other.towns[0].code) }),
  ]);
  [county, townA, townB, ownerA, ownerB, outsider] = (await Promise.all(accounts.map((a) => signInOn(app, a)))) as [
    Client,
    Client,
    Client,
    Client,
    Client,
    Client,
  ];

  at('2026-06-25T10:00:00');
  h.h0 = await report(ownerA, { title: '配电箱门未关闭', enterpriseId: entA });
  h.h0 = await step(townA, h.h0, 'accept', { fields: { level: 'ordinary' } });
  h.h0 = await step(ownerA, h.h0, 'rectify_immediately');
  at('2026-07-03T09:00:00');
  h.h0 = await complete(ownerA, h.h0);
  at('2026-07-05T09:00:00');
  h.h0 = await step(townA, h.h0, 'verify');

  at('2026-07-10T09:00:00');
  h.h1 = await report(ownerA, { title: '护栏破损', enterpriseId: entA });
  h.h2 = await report(ownerA, { title: '安全出口指示灯损坏', enterpriseId: entA });
  h.hX = await report(outsider, { title: '外县隐患', regionCode: other.villages[0].code, source: 'grid_patrol' });
  h.h1 = await step(townA, h.h1, 'accept', { fields: { level: 'ordinary' } });
  h.h2 = await step(townA, h.h2, 'accept', { fields: { level: 'ordinary' } });
  h.hX = await step(outsider, h.hX, 'accept', { fields: { level: 'ordinary' } });
  h.h1 = await step(ownerA, h.h1, 'rectify_by_deadline', { fields: { ...FIVE, funds: 5000 }, deadline: '2026-07-31' });
  h.h2 = await step(ownerA, h.h2, 'rectify_by_deadline', { fields: { ...FIVE, funds: 1000 }, deadline: '2026-07-25' });
  h.hX = await step(outsider, h.hX, 'rectify_immediately');
  h.hX = await complete(outsider, h.hX);
  h.hX = await step(outsider, h.hX, 'verify');
  at('2026-07-15T09:00:00');
  h.h5 = await report(ownerA, { title: '不是隐患', enterpriseId: entA });
  h.h5 = await step(townA, h.h5, 'reject', { comment: '不属于事故隐患' });
  at('2026-07-16T09:00:00');
  h.h6 = await report(ownerA, { title: '护栏破损（重复）', enterpriseId: entA });
  h.h6 = await step(townA, h.h6, 'merge', { fields: { mergedInto: h.h1.id } });
  at('2026-07-18T09:00:00');
  h.h7 = await report(ownerA, { title: '灭火器过期', enterpriseId: entA });
  h.h7 = await step(townA, h.h7, 'accept', { fields: { level: 'ordinary' } });
  h.h7 = await step(ownerA, h.h7, 'rectify_immediately');
  at('2026-07-19T09:00:00');
  h.h7 = await complete(ownerA, h.h7);
  h.h7 = await step(townA, h.h7, 'verify');
  at('2026-07-20T09:00:00');
  h.h1 = await complete(ownerA, h.h1, { fundsSpent: 4800 });
  at('2026-07-22T09:00:00');
  h.h1 = await step(townA, h.h1, 'verify');

  at('2026-08-01T09:00:00');
  h.h3 = await report(ownerB, { title: '叉车无证驾驶', enterpriseId: entB });
  h.h3 = await step(townB, h.h3, 'accept', { fields: { level: 'ordinary' } });
  h.h3 = await step(ownerB, h.h3, 'rectify_by_deadline', { fields: { ...FIVE, funds: 2000 }, deadline: '2026-08-15' });
  at('2026-08-05T09:00:00');
  h.h2 = await complete(ownerA, h.h2, { fundsSpent: 900 });
  at('2026-08-06T09:00:00');
  h.h2 = await step(townA, h.h2, 'verify');
  at('2026-08-10T09:00:00');
  h.h4 = await report(ownerB, { title: '储罐区防火堤破损', enterpriseId: entB });
  const basis = { standard: 'hazardous_chemicals_2017', article: '示例1' };
  h.h4 = await step(townB, h.h4, 'accept', { fields: { level: 'major', determinationBasis: basis } });
  h.h4 = await step(ownerB, h.h4, 'rectify_by_deadline', {
    fields: { ...FIVE, funds: 100000, ...REPORT, ...PLAN },
    deadline: '2026-12-31',
  });
  h.h4 = await step(county, h.h4, 'list_supervision', {
    fields: { listedUnit: `region:${tree.county.code}` },
    deadline: '2026-12-20',
    comment: '县安委办挂牌督办',
  });

  at('2026-09-10T09:00:00');
  h.h7 = await step(townA, h.h7, 'reopen', { comment: '复查发现仍未整改' });
  at('2026-09-28T09:00:00');
  h.h8 = await report(townA, { title: '村道边坡松动', regionCode: tree.villages[0].code, source: 'grid_patrol' });
  at('2026-10-05T09:00:00');
  h.h9 = await report(ownerA, { title: '四季度隐患', enterpriseId: entA });
  at('2026-10-20T12:00:00');
}, 120_000);

afterAll(async () => {
  await app.close();
});

type Figures = Record<string, number | null>;
type Stats = {
  groups: Array<{ key: string | null; label: string; self?: boolean; figures: Figures }>;
  totals: Figures;
  region: { code: string } | null;
};

async function stats(client: ApiClient, query: string): Promise<Stats> {
  const res = await client.get(`/api/v1/hazards/statistics?${query}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}

/**
 * The figures counted here from the rows and timelines this test created, the way docs/HAZARDS-EXPORT.md defines
 * them, independently of the SQL (JavaScript over plain rows).
 */
async function recount(ids: string[], from: string, to: string) {
  const start = new Date(`${from}T00:00:00+08:00`).getTime();
  const end = new Date(`${to}T23:59:59.999+08:00`).getTime();
  const now = clock.getTime();
  const rows = await t.database.db.select().from(cases).where(inArray(cases.id, ids));
  const events = await t.database.db
    .select()
    .from(caseEvents)
    .where(inArray(caseEvents.caseId, ids))
    .orderBy(asc(caseEvents.id));
  const closed = ['written_off', 'rejected', 'merged'];
  const inPeriod = (d: Date) => d.getTime() >= start && d.getTime() <= end;
  const writeOffs = (id: string) =>
    events.filter((e) => e.caseId === id && e.kind === 'transition' && e.toState === 'written_off');
  const found = rows.filter((r) => inPeriod(r.createdAt) && !['rejected', 'merged'].includes(r.state));
  let rectified = 0;
  let onTime = 0;
  for (const r of rows) {
    const last = writeOffs(r.id)
      .filter((e) => inPeriod(e.at))
      .at(-1);
    if (!last) continue;
    rectified++;
    const completing = events
      .filter(
        (e) => e.caseId === r.id && e.cycle === last.cycle && e.id < last.id && e.toState === 'awaiting_verification',
      )
      .at(-1);
    const deadline = completing?.data.previousDeadline as string | null | undefined;
    if (completing && (!deadline || completing.at.getTime() <= new Date(deadline).getTime())) onTime++;
  }
  const open = rows.filter((r) => !closed.includes(r.state));
  const sum = (name: string) =>
    found.reduce((s, r) => s + (typeof r.fields[name] === 'number' ? (r.fields[name] as number) : 0), 0);
  return {
    reported: rows.filter((r) => inPeriod(r.createdAt)).length,
    found: found.length,
    foundRectified: found.filter((r) => writeOffs(r.id).some((e) => e.at.getTime() <= now)).length,
    rectified,
    rectifiedOnTime: onTime,
    overdueNow: open.filter((r) => r.deadline && r.deadline.getTime() < now).length,
    fundsPlanned: sum('funds'),
    fundsSpent: sum('fundsSpent'),
    majorOpen: open.filter((r) => r.level === 'major').length,
    majorListed: open.filter((r) => r.level === 'major' && r.listedAt).length,
  };
}

const ids = (...names: string[]) => names.map((n) => h[n]!.id);
const TOWN_A = ['h0', 'h1', 'h2', 'h5', 'h6', 'h7', 'h8', 'h9'];
const TOWN_B = ['h3', 'h4'];

describe('GET /hazards/statistics', () => {
  it('counts the known mix for the county by town: the figures worked out by hand', async () => {
    const s = await stats(county, `groupBy=region&${Q3}`);
    expect(s.region?.code).toBe(tree.county.code);
    expect(s.groups.map((g) => g.key)).toEqual([tree.towns[0].code, tree.towns[1].code]);
    const [a, b] = s.groups;
    expect(a!.figures).toEqual({
      reported: 6,
      found: 4,
      foundRectified: 3,
      rectificationRate: 0.75,
      rectified: 4,
      rectifiedOnTime: 2,
      onTimeRate: 0.5,
      overdueNow: 3,
      fundsPlanned: 6000,
      fundsSpent: 5700,
      majorOpen: 0,
      majorListed: 0,
    });
    expect(b!.figures).toEqual({
      reported: 2,
      found: 2,
      foundRectified: 0,
      rectificationRate: 0,
      rectified: 0,
      rectifiedOnTime: 0,
      onTimeRate: null,
      overdueNow: 1,
      fundsPlanned: 102000,
      fundsSpent: 0,
      majorOpen: 1,
      majorListed: 1,
    });
    expect(s.totals).toMatchObject({ reported: 8, found: 6, foundRectified: 3, rectified: 4, overdueNow: 4 });
    expect(s.totals.rectificationRate).toBe(0.5);
  });

  it('equals a count made independently from the rows and timelines, per town and in total', async () => {
    const s = await stats(county, `groupBy=region&${Q3}`);
    const recounted = {
      a: await recount(ids(...TOWN_A), '2026-07-01', '2026-09-30'),
      b: await recount(ids(...TOWN_B), '2026-07-01', '2026-09-30'),
      all: await recount(ids(...TOWN_A, ...TOWN_B), '2026-07-01', '2026-09-30'),
    };
    expect(s.groups[0]!.figures).toMatchObject(recounted.a);
    expect(s.groups[1]!.figures).toMatchObject(recounted.b);
    expect(s.totals).toMatchObject(recounted.all);
    expect(s.totals.rectificationRate).toBe(rateOf(recounted.all.foundRectified, recounted.all.found));
    expect(s.totals.onTimeRate).toBe(rateOf(recounted.all.rectifiedOnTime, recounted.all.rectified));
  });

  it('never counts a hazard outside the caller’s scope; the other county sees only its own', async () => {
    const s = await stats(county, `groupBy=level&${Q3}`);
    expect(s.totals.rectified).toBe(4); // hX, written off in Q3 in another county, is not among them
    const theirs = await stats(outsider, `groupBy=region&${Q3}`);
    expect(theirs.totals).toMatchObject({ found: 1, rectified: 1, rectifiedOnTime: 1 });
    const mine = await stats(ownerB, `groupBy=level&${Q3}`);
    expect(mine.totals).toMatchObject({ found: 2, majorOpen: 1, rectified: 0 });
    // A region outside the caller's scope is answered as absent.
    const outside = await county.get(`/api/v1/hazards/statistics?regionCode=${other.county.code}`);
    expect([outside.statusCode, outside.json().code]).toEqual([404, 'NOT_FOUND']);
  });

  it('a town groups by its villages; a later reopen leaves the earlier write-off counted in its period', async () => {
    const s = await stats(townA, `groupBy=region&${Q3}`);
    expect(s.groups.map((g) => g.key)).toEqual([tree.villages[0].code]);
    expect(s.totals).toMatchObject({ rectified: 4, foundRectified: 3 });
    // h7 is open again (reported, cycle 2), yet its July write-off stays in July's figures.
    const months = await stats(townA, `groupBy=month&${Q3}`);
    expect(months.groups.map((g) => [g.key, g.figures.found, g.figures.rectified])).toEqual([
      ['2026-07', 3, 3],
      ['2026-08', 0, 1],
      ['2026-09', 1, 0],
    ]);
    expect(months.groups[0]!.figures.overdueNow).toBeNull(); // snapshots only in the totals of a by-month table
    expect(months.totals.overdueNow).toBe(3);
  });

  it('groups by level with a "not set" row for a hazard not yet graded, and by source and sector', async () => {
    const byLevel = await stats(county, `groupBy=level&${Q3}`);
    expect(byLevel.groups.map((g) => [g.key, g.figures.found])).toEqual([
      ['ordinary', 4],
      ['major', 1],
      [null, 1],
    ]);
    expect(byLevel.groups[2]!.label).toBe('未标注');
    const bySource = await stats(county, `groupBy=source&${Q3}`);
    const found = Object.fromEntries(bySource.groups.map((g) => [g.key, g.figures.found]));
    expect(found).toMatchObject({ self_inspection: 5, grid_patrol: 1, public_report: 0 });
    const bySector = await stats(county, `groupBy=sector&${Q3}`);
    expect(bySector.groups.find((g) => g.key === 'hazardous_chemicals')?.figures.found).toBe(5);
    expect(bySector.groups.at(-1)).toMatchObject({ key: null, figures: { found: 1 } });
  });

  it('defaults the period to this year so far and refuses a period that ends before it starts', async () => {
    const s = (await county.get('/api/v1/hazards/statistics')).json();
    expect(s.period).toEqual({ from: '2026-01-01', to: '2026-10-20' });
    expect(s.totals.found).toBe(8); // h0 and h9 too
    const bad = await county.get('/api/v1/hazards/statistics?from=2026-09-01&to=2026-08-01');
    expect([bad.statusCode, bad.json().code]).toEqual([400, 'REQUEST.VALIDATION']);
    const unknown = await county.get('/api/v1/hazards/statistics?groupBy=colour');
    expect(unknown.statusCode).toBe(400);
  });
});

describe('every figure opens as a list', () => {
  const listTotal = async (client: ApiClient, query: string) => {
    const res = await client.get(`/api/v1/hazards?pageSize=200&${query}`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json().total as number;
  };
  const items = async (client: ApiClient, query: string) => {
    const res = await client.get(`/api/v1/hazards/statistics/items?pageSize=200&${query}`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as { total: number; items: Array<{ id: string }> };
  };

  it('found, overdue, major open and listed equal the GET /hazards queries documented for them', async () => {
    const s = await stats(county, `groupBy=region&${Q3}`);
    const foundStates = HAZARD_STATES.filter((x) => x !== 'rejected' && x !== 'merged').join(',');
    const openStates = HAZARD_STATES.filter((x) => !terminalStates(HAZARD_WORKFLOW).includes(x)).join(',');
    for (const g of s.groups) {
      const region = `regionCode=${g.key}`;
      expect(await listTotal(county, `${region}&${Q3}&state=${foundStates}`)).toBe(g.figures.found);
      expect(await listTotal(county, `${region}&${Q3}`)).toBe(g.figures.reported);
      expect(await listTotal(county, `${region}&overdue=true`)).toBe(g.figures.overdueNow);
      expect(await listTotal(county, `${region}&level=major&state=${openStates}`)).toBe(g.figures.majorOpen);
      expect(await listTotal(county, `${region}&level=major&state=${openStates}&listed=true`)).toBe(
        g.figures.majorListed,
      );
    }
  });

  it('the drill-down lists exactly the hazards behind each figure, for a row and for the totals', async () => {
    const q = `groupBy=region&${Q3}`;
    const a = tree.towns[0].code;
    const rectified = await items(county, `${q}&measure=rectified&group=${a}`);
    expect(rectified.items.map((x) => x.id).sort()).toEqual(ids('h0', 'h1', 'h2', 'h7').sort());
    const onTime = await items(county, `${q}&measure=rectifiedOnTime&group=${a}`);
    expect(onTime.items.map((x) => x.id).sort()).toEqual(ids('h1', 'h7').sort());
    const foundRectified = await items(county, `${q}&measure=foundRectified`);
    expect(foundRectified.items.map((x) => x.id).sort()).toEqual(ids('h1', 'h2', 'h7').sort());
    const s = await stats(county, q);
    for (const measure of ['reported', 'found', 'overdueNow', 'majorOpen', 'majorListed'] as const) {
      expect((await items(county, `${q}&measure=${measure}`)).total, measure).toBe(s.totals[measure]);
    }
    const notSet = await items(county, `groupBy=level&${Q3}&measure=found&groupIsNull=true`);
    expect(notSet.items.map((x) => x.id)).toEqual(ids('h8'));
    const july = await items(townA, `groupBy=month&${Q3}&measure=rectified&group=2026-07`);
    expect(july.items.map((x) => x.id).sort()).toEqual(ids('h0', 'h1', 'h7').sort());
  });
});

describe('GET /hazards/quarterly-report.xlsx (Decree 16 Art. 14)', () => {
  const read = async (client: ApiClient, query: string) => {
    const res = await client.get(`/api/v1/hazards/quarterly-report.xlsx?${query}`);
    expect(res.statusCode, res.body.slice(0, 300)).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    return workbook;
  };
  const rowOf = (sheet: ExcelJS.Worksheet, label: string | number) => {
    let found: unknown[] | undefined;
    sheet.eachRow((row) => {
      if (row.getCell(1).value === label) found = (row.values as unknown[]).slice(1);
    });
    return found;
  };
  /** The figures of a summary row: the cells after its label. */
  const figuresOf = (sheet: ExcelJS.Worksheet, label: string) => rowOf(sheet, label)?.slice(1);
  const text = (sheet: ExcelJS.Worksheet) => {
    const parts: string[] = [];
    sheet.eachRow((row) => {
      for (const v of (row.values as unknown[]).slice(1)) if (typeof v === 'string') parts.push(v);
    });
    return parts.join('\n');
  };

  it('of a region: header, counts by level, signature line, rows per town and sector, major hazards', async () => {
    const workbook = await read(county, `year=2026&quarter=3&regionCode=${tree.county.code}`);
    expect(workbook.worksheets.map((w) => w.name)).toEqual([
      '统计分析表',
      '分区域统计',
      '分行业统计',
      '重大隐患清单',
      '填报说明',
    ]);
    const summary = workbook.getWorksheet('统计分析表')!;
    const all = text(summary);
    expect(all).toContain('事故隐患排查治理情况统计分析表');
    expect(all).toContain('（2026年第3季度）');
    expect(all).toContain(`填报单位（盖章）：${tree.county.name}`);
    expect(all).toContain('统计期间：2026-07-01 至 2026-09-30');
    expect(all).toContain('报送期限：2026-10-15前');
    expect(all).toContain('主要负责人（签字）');
    expect(figuresOf(summary, '排查发现隐患（项）')).toEqual([4, 1, 6]);
    expect(figuresOf(summary, '本季度整改销号隐患（项）')).toEqual([4, 0, 4]);
    expect(figuresOf(summary, '隐患整改率')).toEqual([0.75, 0, 0.5]);
    expect(figuresOf(summary, '按期整改率')).toEqual([0.5, '—', 0.5]);
    expect(figuresOf(summary, '计划整改资金（元）')).toEqual([8000, 100000, 108000]);
    expect(figuresOf(summary, '其中：挂牌督办（项）')).toEqual(['—', 1, 1]);

    const regions = workbook.getWorksheet('分区域统计')!;
    const townRow = rowOf(regions, tree.towns[1].code);
    expect(townRow?.slice(0, 5)).toEqual([tree.towns[1].code, tree.towns[1].name, 1, 1, 2]);
    expect(rowOf(regions, '合计')?.slice(2, 5)).toEqual([4, 1, 6]);

    const major = workbook.getWorksheet('重大隐患清单')!;
    const listed = rowOf(major, 1);
    expect(listed?.slice(1, 3)).toEqual([h.h4!.number, '储罐区防火堤破损']);
    expect(listed).toContain('整改中');
    expect(listed).toContain('是'); // listed for supervision
    expect(listed).toContain(`${tree.county.name}安委办`);
  });

  it('of an enterprise: its own account needs no id; another enterprise is absent; a region’s table is not its to ask', async () => {
    const workbook = await read(ownerA, 'year=2026&quarter=3');
    const summary = workbook.getWorksheet('统计分析表')!;
    expect(text(summary)).toContain('统一社会信用代码');
    expect(figuresOf(summary, '排查发现隐患（项）')).toEqual([3, 0, 3]);
    expect(text(workbook.getWorksheet('重大隐患清单')!)).toContain('本季度无重大事故隐患');
    const byOfficer = await read(townA, `year=2026&quarter=3&enterpriseId=${entA}`);
    expect(figuresOf(byOfficer.getWorksheet('统计分析表')!, '排查发现隐患（项）')).toEqual([3, 0, 3]);

    const elsewhere = await ownerA.get(
      `/api/v1/hazards/quarterly-report.xlsx?year=2026&quarter=3&enterpriseId=${entB}`,
    );
    expect(elsewhere.statusCode).toBe(404);
    const region = await ownerA.get(
      `/api/v1/hazards/quarterly-report.xlsx?year=2026&quarter=3&regionCode=${tree.county.code}`,
    );
    expect([region.statusCode, region.json().code]).toEqual([403, 'AUTH.FORBIDDEN']);
    const badQuarter = await county.get('/api/v1/hazards/quarterly-report.xlsx?year=2026&quarter=5');
    expect([badQuarter.statusCode, badQuarter.json().code]).toEqual([400, 'REQUEST.VALIDATION']);
  });
});
