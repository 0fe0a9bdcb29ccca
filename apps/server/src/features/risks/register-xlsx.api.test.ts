import { and, count, eq, like } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from '../../../test/api-client';
import { makeAccount, makeEnterprise, makeTree, type TestApp, type Tree, testApp } from '../../../test/harness';
import { auditLog } from '../audit/schema';
import { REGISTER_COLUMNS } from './register-columns';
import { riskUnits } from './schema';

const XLSX = { 'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' };
const HEADERS = REGISTER_COLUMNS.map((c) => c.header);

let t: TestApp;
let tree: Tree;
let sourceId: string;
let owner: ApiClient & { id: string };
let inspector: ApiClient & { id: string };
let admin: ApiClient & { id: string };

/** A fresh enterprise in the tree and one account of its own. */
async function freshEnterprise() {
  const firm = await makeEnterprise(t, { regionCode: tree.villages[1].code, gridCode: tree.grids[1].code });
  const user = await makeAccount(t, {
    roles: ['enterprise_user'],
    scope: { kind: 'enterprise', enterpriseId: firm.id },
  });
  return { id: firm.id, user };
}

const created = async (res: Promise<{ statusCode: number; body: string; json: () => { id: string } }>) => {
  const r = await res;
  expect(r.statusCode, r.body).toBe(201);
  return r.json().id;
};

beforeAll(async () => {
  t = await testApp();
  tree = await makeTree(t);
  const source = await freshEnterprise();
  sourceId = source.id;
  owner = source.user;
  [inspector, admin] = await Promise.all([
    makeAccount(t, { roles: ['inspector'], scope: { kind: 'region', regionCode: tree.county.code } }),
    makeAccount(t, { roles: ['admin'], scope: { kind: 'region', regionCode: tree.county.code } }),
  ]);
  // A known register: a tank with two events (LEC with a residual assessment; the matrix), a bare activity unit.
  const tank = await created(
    owner.post(`/api/v1/enterprises/${sourceId}/risk-units`, {
      objectName: '储罐区',
      name: '1 号甲醇储罐',
      kind: 'facility',
      department: '储运部',
      responsiblePerson: '王五',
      locationText: '罐区东侧',
      hazardFactors: ['化学性因素：易燃液体泄漏', '物理性因素：高温、高压'],
      accidentTypes: ['08', '18'],
    }),
  );
  const fire = await created(
    owner.post(`/api/v1/risk-units/${tank}/events`, {
      name: '储罐冒罐泄漏引发火灾爆炸',
      inherent: { method: 'lec', l: 6, e: 6, c: 15 }, // D = 540: 重大 (§4.2)
      residual: { method: 'lec', l: 1, e: 6, c: 15 }, // D = 90: 一般
    }),
  );
  await created(
    owner.post(`/api/v1/risk-events/${fire}/measures`, {
      description: '储罐设高液位报警和联锁切断',
      classify: 'engineering',
      checkContent: '液位计、高液位报警和联锁是否完好投用',
      schedule: { cycle: 'shift', every: 1, days: 'all', shiftHours: 8 },
      post: '罐区操作工',
    }),
  );
  await created(
    owner.post(`/api/v1/risk-events/${fire}/measures`, {
      description: '制定储罐区应急处置方案并每半年演练',
      classify: 'emergency',
    }),
  );
  await created(
    owner.post(`/api/v1/risk-units/${tank}/events`, {
      name: '人员进入罐区未穿防静电服',
      inherent: { method: 'matrix', likelihood: 3, severity: 4 }, // R = 12: 一般 (§4.3)
    }),
  );
  await created(
    owner.post(`/api/v1/enterprises/${sourceId}/risk-units`, {
      objectName: '检维修作业',
      name: '动火作业',
      kind: 'activity',
    }),
  );
});

async function exported(client: ApiClient = owner, id = sourceId) {
  const res = await client.get(`/api/v1/enterprises/${id}/risk-register.xlsx`);
  expect(res.statusCode, res.body).toBe(200);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
  return { res, workbook, file: res.rawPayload };
}

/** The ledger's data rows as { header: value } (row 3 is the header). */
function ledger(workbook: ExcelJS.Workbook) {
  const sheet = workbook.getWorksheet('风险分级管控清单')!;
  const header = (sheet.getRow(3).values as unknown[]).slice(1) as string[];
  const rows: Array<Record<string, unknown>> = [];
  for (let r = 4; r <= sheet.rowCount; r++) {
    const values = (sheet.getRow(r).values as unknown[]).slice(1);
    rows.push(Object.fromEntries(header.map((h, i) => [h, values[i] ?? null])));
  }
  return { sheet, header, rows };
}

/** A register without its ids (and the counters that are not part of it), to compare two enterprises'. */
const content = async (client: ApiClient, id: string) => {
  const res = await client.get(`/api/v1/enterprises/${id}/risk-register`);
  expect(res.statusCode).toBe(200);
  return JSON.parse(JSON.stringify(res.json().units), (key, value) =>
    key === 'id' || key === 'openHazards' ? undefined : value,
  );
};

async function sheetOf(rows: Array<Record<string, unknown>>) {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('清单');
  sheet.addRow(HEADERS);
  for (const r of rows) sheet.addRow(HEADERS.map((h) => r[h] ?? null));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe('GET /enterprises/:id/risk-register.xlsx', () => {
  it('writes the register as a 风险分级管控清单: one row per measure, graded, with a frozen header', async () => {
    const { res, workbook } = await exported();
    expect(res.headers['content-type']).toBe(XLSX['content-type']);
    const day = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10).replaceAll('-', '');
    expect(res.headers['content-disposition']).toContain(`filename="risk-register-${day}.xlsx"`);
    expect(res.headers['content-disposition']).toMatch(/; filename\*=UTF-8''%[0-9A-F]{2}/);
    expect(res.headers['content-disposition']).toContain(encodeURIComponent(`-风险分级管控清单-${day}.xlsx`));
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['风险分级管控清单', '导出说明']);
    const { sheet, header, rows } = ledger(workbook);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 3 });
    expect(String(sheet.getCell(1, 1).value)).toMatch(/安全风险分级管控清单$/);
    expect(header).toEqual(HEADERS);
    expect(header.slice(0, 11)).toEqual([
      '序号',
      '风险分析对象',
      '风险分析单元',
      '类型',
      '责任部门',
      '责任人',
      '位置',
      '危险有害因素',
      '可能导致的事故类型',
      '风险事件',
      '评价方法',
    ]);
    // Units by object: 储罐区 (2 + 1 rows), then 检维修作业 (a bare unit).
    expect(rows.map((r) => [r.序号, r.风险分析单元, r.风险事件, r.管控措施])).toEqual([
      [1, '1 号甲醇储罐', '储罐冒罐泄漏引发火灾爆炸', '储罐设高液位报警和联锁切断'],
      [2, '1 号甲醇储罐', '储罐冒罐泄漏引发火灾爆炸', '制定储罐区应急处置方案并每半年演练'],
      [3, '1 号甲醇储罐', '人员进入罐区未穿防静电服', null],
      [4, '动火作业', null, null],
    ]);
    expect(rows[0]).toMatchObject({
      类型: '设备设施',
      危险有害因素: '化学性因素：易燃液体泄漏\n物理性因素：高温、高压',
      可能导致的事故类型: '火灾、其他爆炸', // GB 6441 names
      评价方法: 'LEC',
      'L（可能性）': 6,
      'E（暴露频繁程度）': 6,
      'C（后果）': 15,
      固有风险值: 540,
      固有风险等级: '重大风险',
      措施类别: '工程技术',
      残余风险值: 90,
      残余风险等级: '一般风险',
      管控层级: '班组级、岗位级', // the residual level counts; yellow is the team's and the post's (§4.4)
      检查内容: '液位计、高液位报警和联锁是否完好投用',
      检查周期: '每班（8 小时一班）',
      岗位: '罐区操作工',
    });
    expect(rows[1]).toMatchObject({ 措施类别: '应急处置', 检查周期: null, 残余风险等级: '一般风险' });
    expect(rows[2]).toMatchObject({ 评价方法: 'LS', 'L（可能性）': 3, 'S（严重性）': 4, 'E（暴露频繁程度）': null });
    expect(rows[2]).toMatchObject({ 固有风险值: 12, 固有风险等级: '一般风险', 残余风险值: null });
    expect(rows[3]).toMatchObject({ 类型: '作业活动', 风险事件: null });
  });

  it('is readable by anyone who sees the enterprise, and does not exist for others', async () => {
    expect((await exported(inspector)).res.statusCode).toBe(200);
    const stranger = await freshEnterprise();
    expect((await stranger.user.get(`/api/v1/enterprises/${sourceId}/risk-register.xlsx`)).statusCode).toBe(404);
  });
});

describe('POST /imports/risk_register', () => {
  it('imports an exported file into an empty enterprise: the same register', async () => {
    const { file } = await exported();
    const target = await freshEnterprise();
    const res = await target.user.post('/api/v1/imports/risk_register', file, XLSX);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ kind: 'risk_register', total: 4, imported: 4, skipped: 0, errors: [] });
    expect(await content(target.user, target.id)).toEqual(await content(owner, sourceId));
    const audits = await t.database.db
      .select({ n: count() })
      .from(auditLog)
      .where(and(eq(auditLog.actorId, target.user.id), like(auditLog.action, 'risk_%')));
    expect(audits[0]!.n).toBe(2 + 2 + 2); // 2 units, 2 events, 2 measures, each with its audit entry

    // Again into the same register: its units are there already, and an import never overwrites.
    const again = await target.user.post('/api/v1/imports/risk_register', file, XLSX);
    expect(again.statusCode).toBe(400);
    expect(again.json().details[0]).toMatchObject({
      row: 4,
      column: '风险分析单元',
      code: 'RISK.UNIT_EXISTS',
      message: '本企业的清单中已有风险分析单元“储罐区 / 1 号甲醇储罐”，导入不会覆盖已有单元。',
    });
  });

  it('round-trips a whole sector of the starter library (every kind of check cycle)', async () => {
    const [from, to] = [await freshEnterprise(), await freshEnterprise()];
    const copied = await from.user.post(`/api/v1/enterprises/${from.id}/risk-register/library`, {
      sector: 'building_construction',
    });
    expect(copied.statusCode, copied.body).toBe(201);
    const { file } = await exported(from.user, from.id);
    const res = await to.user.post('/api/v1/imports/risk_register', file, XLSX);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().imported).toBe(copied.json().measures);
    // The library keys stay behind: an imported register is the enterprise's own.
    expect(await content(to.user, to.id)).toEqual(await content(from.user, from.id));
  });

  it('refuses bad rows cell by cell, in the caller’s language, and writes nothing', async () => {
    const target = await freshEnterprise();
    const unit = { 风险分析对象: '装卸区', 风险分析单元: '装卸栈台', 类型: '设备设施', 可能导致的事故类型: '火灾' };
    const event = { 风险事件: '装卸泄漏', 评价方法: 'LEC', 'L（可能性）': 3, 'E（暴露频繁程度）': 6, 'C（后果）': 15 };
    const file = await sheetOf([
      { ...unit, ...event, 措施类别: '管理', 管控措施: '装卸前检查静电接地', 检查周期: '每天' },
      { ...unit, ...event, 'L（可能性）': 5, 管控措施: '装卸时专人监护', 措施类别: '管理' },
      { ...unit, 可能导致的事故类型: '火灾、爆炸' },
      { ...unit, 风险分析单元: '泵房', 风险事件: '泵体泄漏', 评价方法: 'LS', 'L（可能性）': 2, 'S（严重性）': 6 },
      { ...unit, 风险分析单元: '管廊', 类型: '作业活动', 管控措施: '巡检', 措施类别: '管理', 检查周期: '经常' },
      { ...unit, ...event, 类型: '作业活动', 措施类别: '管理', 管控措施: '装卸鹤管定期检查', 检查周期: '每月' },
      { 风险分析对象: '装卸区', 类型: '设备设施' },
    ]);
    const res = await target.user.post('/api/v1/imports/risk_register', file, XLSX);
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ code: 'IMPORT.INVALID_ROWS' });
    const details = res.json().details as Array<Record<string, unknown>>;
    expect(details.map((d) => [d.row, d.column, d.code])).toEqual([
      [3, 'L（可能性）', 'RISK.FACTOR_NOT_IN_TABLE'], // one cause per cell: not also 'differs from row 2'
      [4, '可能导致的事故类型', 'RISK.UNKNOWN_ACCIDENT_TYPE'],
      [5, 'S（严重性）', 'RISK.FACTOR_NOT_IN_TABLE'],
      [6, '风险事件', 'VALIDATION.REQUIRED'],
      [6, '检查周期', 'RISK.UNKNOWN_CYCLE'],
      [7, '类型', 'IMPORT.INCONSISTENT_WITH_ROW'],
      [8, '风险分析单元', 'VALIDATION.REQUIRED'],
    ]);
    expect(details[0]!.message).toBe('L（可能性）的取值 5 不在评价表中，可选：10,6,3,1,0.5,0.2,0.1。');
    expect(details[1]!.message).toBe(
      '“爆炸”不是 GB 6441 的事故类别，请填写类别名称（如 火灾、中毒和窒息）或代码 01–20。',
    );
    expect(details[5]!.message).toBe('类型与第 2 行不同：同一风险分析单元的各行应填写相同内容。');
    target.user.locale = 'en';
    const english = (await target.user.post('/api/v1/imports/risk_register', file, XLSX)).json().details;
    expect(english[4].message).toMatch(/^Cannot read the check cycle “经常”/);
    expect(english[0].message).toBe(
      'L (likelihood) value 5 is not in the assessment table; allowed: 10,6,3,1,0.5,0.2,0.1.',
    );
    const units = await t.database.db
      .select({ n: count() })
      .from(riskUnits)
      .where(eq(riskUnits.enterpriseId, target.id));
    expect(units[0]!.n).toBe(0);
  });

  it('lets only the enterprise’s own accounts (and an administrator naming it) import into its register', async () => {
    const target = await freshEnterprise();
    const file = await sheetOf([{ 风险分析对象: '仓库', 风险分析单元: '成品仓库', 类型: '设备设施' }]);
    const url = `/api/v1/imports/risk_register?enterpriseId=${target.id}`;
    expect((await owner.post(url, file, XLSX)).statusCode).toBe(404);
    expect((await inspector.post(url, file, XLSX)).statusCode).toBe(403);
    const unnamed = await admin.post('/api/v1/imports/risk_register', file, XLSX);
    expect(unnamed.statusCode).toBe(400);
    expect(unnamed.json().details[0]).toMatchObject({ path: 'enterpriseId', code: 'VALIDATION.REQUIRED' });
    const res = await admin.post(url, file, XLSX);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ imported: 1 });
    expect((await content(target.user, target.id)).map((u: { name: string }) => u.name)).toEqual(['成品仓库']);
    const template = await target.user.get('/api/v1/imports/risk_register/template.xlsx');
    expect(template.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(template.rawPayload as unknown as ArrayBuffer);
    expect((workbook.worksheets[0]!.getRow(1).values as unknown[]).slice(1)).toEqual(HEADERS);
  });
});
