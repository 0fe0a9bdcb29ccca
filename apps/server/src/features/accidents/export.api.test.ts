import { ZAccidentListQuery } from '@redline/contracts';
import { localDateOf, startOfLocalDate } from '@redline/domain';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from '../../../test/api-client';
import { makeAccount, makeEnterprise, makeTree, type TestApp, type Tree, testApp } from '../../../test/harness';
import { toErrorBody } from '../../http/error-handler';
import { AppError } from '../../http/errors';
import { systemActor } from '../scope/actor';
import { exportLedger, LEDGER_COLUMNS } from './export';
import { sameDayLastYear } from './statistics';

let t: TestApp;
let tree: Tree;
let other: Tree;
let office: ApiClient;
let outsider: ApiClient;
let enterprise: { id: string; name: string; uscc: string };
let mine: { id: string; number: string };
let foreign: { id: string; number: string };

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const MINUTE = 60_000;

function body(regionCode: string, occurredAt: Date, extra: Record<string, unknown> = {}) {
  return {
    title: '某厂房坍塌事故',
    occurredAt: occurredAt.toISOString(),
    learnedAt: new Date(occurredAt.getTime() + 30 * 1000).toISOString(),
    locationText: '某镇某村厂房',
    regionCode,
    sector: 'industry_trade',
    categoryCode: '10',
    industryCode: 'C3011',
    deaths: 1,
    missing: 0,
    seriousInjuries: 0,
    minorInjuries: 0,
    directLossCny: 100_000,
    sceneSituation: '厂房东侧钢结构坍塌',
    briefCourse: '吊装作业时钢梁失稳',
    measuresTaken: '现场封控，搜救',
    reporterName: '李四',
    ...extra,
  };
}

async function report(client: ApiClient, payload: Record<string, unknown>) {
  const res = await client.post('/api/v1/accidents', payload);
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { id: string; number: string };
}

async function workbookOf(client: ApiClient, url: string) {
  const res = await client.get(url);
  expect(res.statusCode, res.body.slice(0, 300)).toBe(200);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
  return { res, workbook };
}

const valuesOf = (row: ExcelJS.Row, width: number) =>
  Array.from({ length: width }, (_, i) => {
    const v = row.getCell(i + 1).value;
    return v === undefined ? null : v;
  });

beforeAll(async () => {
  t = await testApp();
  [tree, other] = await Promise.all([makeTree(t), makeTree(t)]);
  enterprise = await makeEnterprise(t, { regionCode: tree.villages[0].code });
  [office, outsider] = await Promise.all([
    makeAccount(t, { roles: ['safety_office'], scope: { kind: 'region', regionCode: tree.county.code } }),
    makeAccount(t, { roles: ['safety_office'], scope: { kind: 'region', regionCode: other.county.code } }),
  ]);
  // A fixed past accident whose every column is known: the county learned of it 2 hours on (迟报), and its 2 missing
  // count as dead now that the 30-day window has closed (1 + 2 = 3 deaths: 较大事故, Decree 493 Art. 3).
  mine = await report(
    office,
    body(tree.villages[0].code, new Date('2025-06-01T10:20:00+08:00'), {
      title: '=某化工厂坍塌事故',
      learnedAt: '2025-06-01T12:20:00+08:00',
      enterpriseId: enterprise.id,
      deaths: 1,
      missing: 2,
      seriousInjuries: 3,
      minorInjuries: 4,
      directLossCny: 1_234_567.89,
    }),
  );
  await report(
    office,
    body(tree.villages[1].code, new Date(Date.now() - 2 * MINUTE), { sector: 'road_traffic', categoryCode: '02' }),
  );
  foreign = await report(outsider, body(other.villages[0].code, new Date(Date.now() - 2 * MINUTE)));
});

describe('GET /accidents/export.xlsx (the accident ledger)', () => {
  it('has the title, the filter line, the documented header (frozen), one row per accident and a totals row', async () => {
    const query = `regionCode=${tree.county.code}`;
    const { res, workbook } = await workbookOf(office, `/api/v1/accidents/export.xlsx?${query}`);
    expect(res.headers['content-type']).toBe(XLSX);
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.headers['content-disposition']).toMatch(
      new RegExp(
        `^attachment; filename="accidents-\\d{8}\\.xlsx"; filename\\*=UTF-8''${encodeURIComponent('事故台账-')}\\d{8}\\.xlsx$`,
      ),
    );
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['事故台账', '导出说明']);
    const sheet = workbook.getWorksheet('事故台账')!;
    expect(sheet.getCell(1, 1).value).toBe(`${tree.county.name}生产安全事故台账`);
    expect(String(sheet.getCell(2, 1).value)).toContain(`区划：${tree.county.name}（${tree.county.code}）`);
    expect(String(sheet.getCell(2, 1).value)).toContain('共 2 起');
    const width = LEDGER_COLUMNS.length;
    expect(valuesOf(sheet.getRow(3), width)).toEqual([
      '编号',
      '事故名称',
      '发生时间',
      '区划',
      '地点',
      '事故单位',
      '统一社会信用代码',
      '行业',
      '事故类别',
      '国民经济行业代码',
      '死亡',
      '下落不明',
      '计入死亡',
      '重伤（含急性工业中毒）',
      '轻伤',
      '直接经济损失（元）',
      '事故等级',
      '迟报/漏报/谎报/瞒报',
      '调查状态',
      '调查期限',
    ]);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 3 });
    expect(sheet.getColumn(2).width).toBe(30);

    const listed = (await office.get(`/api/v1/accidents?${query}&pageSize=100`)).json() as {
      items: Array<{ number: string; casualties: Record<string, number>; countedDeaths: number }>;
    };
    const numbers = listed.items.map((i) => i.number);
    expect(numbers).toHaveLength(2);
    expect([sheet.getCell(4, 1).value, sheet.getCell(5, 1).value]).toEqual(numbers); // the list's order, latest first

    const row = valuesOf(sheet.getRow(3 + numbers.indexOf(mine.number) + 1), width);
    expect(row).toEqual([
      mine.number,
      "'=某化工厂坍塌事故", // a formula is defused, never run
      '2025-06-01 10:20',
      tree.villages[0].name,
      '某镇某村厂房',
      enterprise.name,
      enterprise.uscc,
      '工商贸其他',
      '10 坍塌',
      'C3011',
      1,
      2,
      3, // the missing counted as dead after the window (Art. 13; 30 days)
      3,
      4,
      1_234_567.89,
      '较大事故', // graded on the 3 counted deaths
      '迟报',
      '调查中',
      '2025-07-31 10:20', // 60 days from the accident (Art. 29)
    ]);
    expect(sheet.getRow(4).getCell(16).numFmt).toBe('#,##0.00');

    const totals = valuesOf(sheet.getRow(6), width);
    const sum = (k: string) => listed.items.reduce((n, i) => n + i.casualties[k]!, 0);
    expect(totals.slice(0, 2)).toEqual(['合计', '2 起']);
    const counted = listed.items.reduce((n, i) => n + i.countedDeaths, 0);
    expect(totals.slice(10, 16)).toEqual([
      sum('deaths'),
      sum('missing'),
      counted,
      sum('seriousInjuries'),
      sum('minorInjuries'),
      1_334_567.89,
    ]);
    expect(sheet.getRow(6).getCell(1).font?.bold).toBe(true);
    expect(sheet.rowCount).toBe(6);
  });

  it('takes the list’s filters and stays inside the caller’s scope: another county’s accident is absent', async () => {
    const all = (await workbookOf(office, '/api/v1/accidents/export.xlsx')).workbook.getWorksheet('事故台账')!;
    const numbers: unknown[] = [];
    all.eachRow((row, n) => {
      if (n > 3) numbers.push(row.getCell(1).value);
    });
    expect(numbers).toContain(mine.number);
    expect(numbers).not.toContain(foreign.number);
    // The other county's office sees its own accident and not ours.
    const theirs = (await workbookOf(outsider, '/api/v1/accidents/export.xlsx')).workbook.getWorksheet('事故台账')!;
    expect(theirs.getCell(4, 1).value).toBe(foreign.number);
    expect(theirs.getCell(5, 1).value).toBe('合计');

    const filtered = await workbookOf(
      office,
      `/api/v1/accidents/export.xlsx?regionCode=${tree.county.code}&sector=road_traffic&sort=occurredAt`,
    );
    const sheet = filtered.workbook.getWorksheet('事故台账')!;
    expect(filtered.res.headers['x-total-count']).toBe('1');
    expect([sheet.getCell(4, 8).value, sheet.getCell(5, 1).value]).toEqual(['道路交通', '合计']);
    expect(String(sheet.getCell(2, 1).value)).toContain('行业：道路交通');
    const notes = filtered.workbook.getWorksheet('导出说明')!;
    const pairs = new Map<unknown, unknown>();
    notes.eachRow((r) => pairs.set(r.getCell(1).value, r.getCell(2).value));
    expect(pairs.get('记录条数')).toBe(1);
    expect(pairs.get('筛选：行业')).toBe('道路交通');

    // A region outside the scope matches nothing; a bad filter is 400 before anything is built.
    const outside = await workbookOf(office, `/api/v1/accidents/export.xlsx?regionCode=${other.county.code}`);
    expect(outside.res.headers['x-total-count']).toBe('0');
    const bad = await office.get('/api/v1/accidents/export.xlsx?grade=bogus');
    expect([bad.statusCode, bad.json().code]).toEqual([400, 'REQUEST.VALIDATION']);
    const grid = await makeAccount(t, {
      roles: ['grid_worker'],
      scope: { kind: 'grids', gridCodes: [tree.grids[0].code] },
    });
    expect((await grid.get('/api/v1/accidents/export.xlsx')).statusCode).toBe(403);
  });

  it('refuses a ledger larger than its limit with 400 ACCIDENT.EXPORT_TOO_LARGE', async () => {
    const query = ZAccidentListQuery.parse({ regionCode: tree.county.code });
    const refused = await exportLedger(t.database.db, systemActor(), query, new Date(), 1).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(AppError);
    expect((refused as AppError).code).toBe('ACCIDENT.EXPORT_TOO_LARGE');
    const { status, body } = toErrorBody(refused, 'zh-CN', 'test');
    expect(status).toBe(400);
    expect(body.message).toBe('符合条件的事故有 2 起，超过单次导出上限 1 起，请缩小筛选范围。');
    const fits = await exportLedger(t.database.db, systemActor(), query, new Date(), 2);
    expect(fits.total).toBe(2);
  });
});

describe('GET /accident-statistics/export.xlsx (the control-indicator table)', () => {
  it('has a row per direct subordinate region, the 本级 remainder and the region as the total, each as GET /accident-statistics', async () => {
    const today = localDateOf(new Date());
    const year = Number(today.slice(0, 4));
    const county = await makeTree(t);
    const boss = await makeAccount(t, {
      roles: ['safety_office'],
      scope: { kind: 'region', regionCode: county.county.code },
    });
    const recent = new Date(Date.now() - MINUTE);
    // This year: 2 deaths in the first town, 1 on the county itself; last year on the same day: 1 death in town 1.
    await report(boss, body(county.villages[0].code, recent, { deaths: 2, directLossCny: 300_000 }));
    await report(boss, body(county.county.code, recent, { deaths: 1, directLossCny: 50_000 }));
    await report(
      boss,
      body(county.villages[0].code, startOfLocalDate(sameDayLastYear(today)), { deaths: 1, directLossCny: 100_000 }),
    );
    const put = await boss.put(`/api/v1/control-indicators/${county.county.code}/${year}`, {
      deathCap: 3,
      gdpYi: 150,
      employees: 50_000,
      motorVehicles: 20_000,
    });
    expect(put.statusCode, put.body).toBe(200);

    const url = `/api/v1/accident-statistics/export.xlsx?regionCode=${county.county.code}&asOf=${today}`;
    const { res, workbook } = await workbookOf(boss, url);
    expect(res.headers['content-type']).toBe(XLSX);
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.headers['content-disposition']).toContain(
      `filename*=UTF-8''${encodeURIComponent(`${county.county.name}生产安全事故控制指标完成情况表-${today}.xlsx`)}`,
    );
    const sheet = workbook.getWorksheet('控制指标完成情况')!;
    expect(sheet.getCell(1, 1).value).toBe(`${county.county.name}生产安全事故控制指标完成情况表`);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 4, xSplit: 2 });
    const width = 19;
    expect(valuesOf(sheet.getRow(4), width).slice(2)).toEqual([
      '事故起数',
      '死亡人数',
      '直接经济损失（元）',
      '事故起数',
      '死亡人数',
      '直接经济损失（元）',
      '事故起数',
      '死亡人数',
      '直接经济损失',
      '全年控制指标',
      '已用（%）',
      '预警',
      '亿元GDP死亡率',
      '工矿商贸十万从业人员死亡率',
      '道路交通万车死亡率',
      '煤矿百万吨死亡率',
      '一票否决',
    ]);
    expect([sheet.getCell(3, 1).value, sheet.getCell(3, 3).value, sheet.getCell(3, 6).value]).toEqual([
      '区划代码',
      '本年累计',
      '去年同期',
    ]);
    const rows = [5, 6, 7, 8].map((r) => valuesOf(sheet.getRow(r), width));
    expect(rows.map((r) => r.slice(0, 2))).toEqual([
      [county.towns[0].code, county.towns[0].name],
      [county.towns[1].code, county.towns[1].name],
      [county.county.code, `${county.county.name}（本级）`],
      [county.county.code, `${county.county.name}（合计）`],
    ]);
    // Town 1: 1 accident and 2 deaths against 1 and 1 last year: +0.0 % and +100.0 %; no cap of its own.
    expect(rows[0]!.slice(2, 14)).toEqual([1, 2, 300_000, 1, 1, 100_000, 0, 100, 200, '—', '—', '—']);
    expect(rows[1]!.slice(2, 11)).toEqual([0, 0, 0, 0, 0, 0, '—', '—', '—']);
    expect(rows[2]!.slice(2, 9)).toEqual([1, 1, 50_000, 0, 0, 0, '—']);
    // The total is the county's own statistics: 3 deaths of a cap of 3 = 100 %, warned; rates over its denominators.
    const stats = (await boss.get(`/api/v1/accident-statistics?regionCode=${county.county.code}&asOf=${today}`)).json();
    expect(rows[3]!.slice(2)).toEqual([
      2,
      3,
      350_000,
      1,
      1,
      100_000,
      100,
      200,
      250,
      3,
      100,
      '是',
      stats.rates.perGdp,
      stats.rates.per100kEmployees,
      0, // no road-traffic deaths over a known number of vehicles: 0, not "—"
      '—', // no coal output given
      '否',
    ]);
    expect([stats.rates.perGdp, stats.rates.per100kEmployees]).toEqual([0.02, 6]); // 3 ÷ 150 亿元; 3 ÷ 50,000 × 10万
    expect(sheet.getRow(8).getCell(2).font?.bold).toBe(true);
    expect(sheet.rowCount).toBe(8);
    for (const [i, town] of county.towns.entries()) {
      const own = (await boss.get(`/api/v1/accident-statistics?regionCode=${town.code}&asOf=${today}`)).json();
      expect(rows[i]!.slice(2, 5)).toEqual([own.current.accidents, own.current.deaths, own.current.directLossCny]);
    }
    expect(workbook.getWorksheet('填报说明')).toBeDefined();
  });

  it('answers a region outside the scope 404, and a veto rule triggered by name', async () => {
    const outside = await office.get(`/api/v1/accident-statistics/export.xlsx?regionCode=${other.county.code}`);
    expect(outside.statusCode).toBe(404);
    const put = await office.put(`/api/v1/accident-settings/${tree.county.code}`, {
      warningPercent: 80,
      vetoRules: [{ kind: 'accident_grade', atLeast: 'large', sectors: ['industry_trade', 'coal_mine'] }],
    });
    expect(put.statusCode, put.body).toBe(200);
    // The 较大事故 of 2025 triggers the rule in the 2025 table (vetoes are local practice, domain-reference §5).
    const { workbook } = await workbookOf(
      office,
      `/api/v1/accident-statistics/export.xlsx?regionCode=${tree.county.code}&asOf=2025-12-31`,
    );
    const sheet = workbook.getWorksheet('控制指标完成情况')!;
    let total: ExcelJS.Row | undefined;
    sheet.eachRow((row) => {
      if (row.getCell(2).value === `${tree.county.name}（合计）`) total = row;
    });
    expect(total!.getCell(3).value).toBe(1);
    expect(total!.getCell(19).value).toBe('工商贸其他、煤矿发生较大事故及以上');
    expect(sheet.getCell(5, 19).value).toBe('工商贸其他、煤矿发生较大事故及以上'); // town 1 inherits the rule
    expect(sheet.getCell(6, 19).value).toBe('否');
  });
});
