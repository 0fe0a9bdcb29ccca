import { count, eq, like } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from '../../../test/api-client';
import { makeAccount, makeEnterprise, makeTree, type TestApp, type Tree, testApp } from '../../../test/harness';
import { auditLog } from '../audit/schema';
import { caseEvents, cases } from '../cases/schema';
import { LEDGER_COLUMNS } from './ledger-columns';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

let t: TestApp;
let tree: Tree;
let other: Tree;
let county: ApiClient & { id: string };
let owner: ApiClient & { id: string };
let enterprise: { id: string; uscc: string };

beforeAll(async () => {
  t = await testApp();
  [tree, other] = await Promise.all([makeTree(t), makeTree(t)]);
  const e = await makeEnterprise(t, { regionCode: tree.villages[0].code, gridCode: tree.grids[0].code });
  enterprise = { id: e.id, uscc: e.uscc };
  [county, owner] = await Promise.all([
    makeAccount(t, { roles: ['safety_office'], scope: { kind: 'region', regionCode: tree.county.code } }),
    makeAccount(t, { roles: ['enterprise_user'], scope: { kind: 'enterprise', enterpriseId: e.id } }),
  ]);
});

/** An .xlsx ledger: the template's header (zh-CN) and one row per record, cells by column key. */
async function ledger(rows: Array<Record<string, string | number>>, columns = LEDGER_COLUMNS.map((c) => c.key)) {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('隐患台账');
  sheet.addRow(columns.map((key) => LEDGER_COLUMNS.find((c) => c.key === key)!.header));
  for (const row of rows) sheet.addRow(columns.map((key) => row[key] ?? null));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const upload = (client: ApiClient, file: Buffer, query = '') =>
  client.request('POST', `/api/v1/hazards/import${query}`, file, { 'content-type': XLSX });

/** The hazards under a test county (an import that fails writes none). */
async function written(tr: Tree = tree) {
  const [hazards] = await t.database.db
    .select({ n: count() })
    .from(cases)
    .where(like(cases.regionPath, `%/${tr.county.code}/%`));
  return hazards!.n;
}

/** Audit entries a request wrote (none, for an import that was refused). */
async function auditedBy(res: { json: () => { requestId: string } }) {
  const [audits] = await t.database.db
    .select({ n: count() })
    .from(auditLog)
    .where(eq(auditLog.requestId, res.json().requestId));
  return audits!.n;
}

const FIVE = { measures: '关门加锁', responsiblePerson: '张三', funds: 500, contingencyPlan: '设置警戒区' };
const MAJOR = {
  basisStandard: 'hazardous_chemicals_2017',
  basisArticle: '示例1',
  currentCondition: '防火堤破损',
  causes: '年久失修',
  harmAndDifficultyAnalysis: '危害大',
  objectives: '消除缺陷',
  materials: '混凝土',
  responsibleOrganisation: '设备部',
  rectificationRequirements: '按设计修复',
  safetyMeasures: '停用储罐',
};

describe('GET /hazards/import-template.xlsx', () => {
  it('has the ledger sheet with the documented header and examples, and a 填写说明 sheet', async () => {
    const res = await county.get('/api/v1/hazards/import-template.xlsx');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toContain("filename*=UTF-8''");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['隐患台账', '填写说明']);
    const header = (workbook.getWorksheet('隐患台账')!.getRow(1).values as string[]).slice(1);
    expect(header).toEqual(LEDGER_COLUMNS.map((c) => (c.required ? `${c.header}*` : c.header)));
    const notes: string[] = [];
    workbook.getWorksheet('填写说明')!.eachRow((row) => notes.push(String(row.getCell(1).value ?? '')));
    for (const c of LEDGER_COLUMNS) expect(notes).toContain(c.header);
    expect(notes).toContain('行业领域');
  });

  it('round trip: the template with its examples pointed at a real region imports as they say', async () => {
    const res = await county.get('/api/v1/hazards/import-template.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('隐患台账')!;
    const at = LEDGER_COLUMNS.findIndex((c) => c.key === 'regionCode') + 1;
    const number = LEDGER_COLUMNS.findIndex((c) => c.key === 'ledgerNumber') + 1;
    for (const r of [2, 3]) {
      sheet.getRow(r).getCell(at).value = tree.villages[0].code;
      sheet.getRow(r).getCell(number).value = `RT-${tree.county.code}-${r}`;
    }
    const file = Buffer.from(await workbook.xlsx.writeBuffer());
    const imported = await upload(county, file);
    expect(imported.statusCode, imported.body).toBe(200);
    const result = imported.json();
    expect(result).toMatchObject({ kind: 'hazards', total: 2, imported: 2, skipped: 0, errors: [] });
    expect(result.hazards.map((h: { row: number; state: string }) => [h.row, h.state])).toEqual([
      [2, 'written_off'],
      [3, 'reported'],
    ]);

    // The written-off one carries its history: found, completed and written off on the ledger's days.
    const id = result.hazards[0].id as string;
    const [row] = await t.database.db.select().from(cases).where(eq(cases.id, id));
    expect(row!.createdAt.toISOString()).toBe('2026-03-04T16:00:00.000Z'); // 2026-03-05 00:00 Asia/Shanghai
    expect(row!.fields).toMatchObject({
      level: 'ordinary',
      measures: '关闭配电箱门并加锁，张贴警示标识',
      funds: 500,
      fundsSpent: 480,
      rectificationMode: 'by_deadline',
      imported: { row: 2, state: 'written_off', ledgerNumber: `RT-${tree.county.code}-2` },
    });
    const events = await t.database.db.select().from(caseEvents).where(eq(caseEvents.caseId, id));
    expect(events.map((e) => [e.kind, e.transition, e.toState, e.at.toISOString()])).toEqual([
      ['created', null, 'reported', '2026-03-04T16:00:00.000Z'],
      ['transition', 'import', 'awaiting_verification', '2026-03-17T16:00:00.000Z'],
      ['transition', 'import', 'written_off', '2026-03-18T16:00:00.000Z'],
    ]);
    expect(events[1]!.data).toMatchObject({ previousDeadline: '2026-03-20T15:59:59.999Z', imported: { row: 2 } });

    // Statistics count it where the ledger puts it: found in March, written off on time in Q1.
    const q1 = await county.get(`/api/v1/hazards/statistics?groupBy=level&from=2026-01-01&to=2026-03-31`);
    expect(q1.json().totals).toMatchObject({ found: 2, foundRectified: 1, rectified: 1, rectifiedOnTime: 1 });

    // The same ledger again: every number is already imported, and nothing is written.
    const before = await written();
    const again = await upload(county, file);
    expect([again.statusCode, again.json().code]).toEqual([400, 'IMPORT.INVALID_ROWS']);
    expect(again.json().details).toEqual([
      expect.objectContaining({ row: 2, column: '原台账编号', code: 'CONFLICT.DUPLICATE' }),
      expect.objectContaining({ row: 3, column: '原台账编号', code: 'CONFLICT.DUPLICATE' }),
    ]);
    expect(await written()).toBe(before);
    expect(await auditedBy(again)).toBe(0);
  });
});

describe('POST /hazards/import', () => {
  const good = (title: string) => ({
    title,
    foundOn: '2026-05-01',
    source: '企业自查',
    enterpriseUscc: enterprise.uscc,
    level: '一般隐患',
    state: '整改中',
    deadline: '2026-05-20',
    ...FIVE,
  });

  it('all or nothing: one bad row and nothing is written; every error names row, column, value, code, message', async () => {
    const before = await written();
    const file = await ledger([
      good('好的一行'),
      {
        title: '坏的一行',
        foundOn: '2099-01-01',
        source: '路人甲',
        regionCode: tree.villages[0].code,
        state: '已销号',
      },
      { ...good('重大缺方案'), level: '重大隐患', basisStandard: 'hazardous_chemicals_2017', basisArticle: '示例1' },
    ]);
    const res = await upload(county, file);
    expect([res.statusCode, res.json().code]).toEqual([400, 'IMPORT.INVALID_ROWS']);
    expect(res.json().message).toBe('有 2 行数据不合格，未导入任何数据。');
    const errors = res.json().details as Array<Record<string, unknown>>;
    expect(errors).toContainEqual({
      row: 3,
      column: '隐患来源',
      value: '路人甲',
      code: 'HAZARD.IMPORT_UNKNOWN_WORD',
      message: expect.stringContaining('隐患来源“路人甲”不是可选值'),
    });
    expect(errors).toContainEqual(
      expect.objectContaining({ row: 3, column: '发现日期', value: '2099-01-01', code: 'HAZARD.IMPORT_FUTURE_DATE' }),
    );
    expect(errors).toContainEqual(
      expect.objectContaining({
        row: 3,
        column: '整改完成日期',
        code: 'VALIDATION.REQUIRED',
        message: '整改完成日期为必填项。',
      }),
    );
    expect(errors).toContainEqual(expect.objectContaining({ row: 3, column: '销号日期', code: 'VALIDATION.REQUIRED' }));
    expect(errors).toContainEqual(expect.objectContaining({ row: 3, column: '隐患等级', code: 'VALIDATION.REQUIRED' }));
    // A major hazard in rectification needs its report and plan (Decree 16 Art. 14, 15), as the workflow does.
    const major = errors.filter((e) => e.row === 4).map((e) => e.column);
    expect(major).toEqual(expect.arrayContaining(['隐患现状', '产生原因', '治理目标和任务', '安全措施']));
    expect(errors.some((e) => e.row === 2)).toBe(false);
    expect(await written()).toBe(before);
    expect(await auditedBy(res)).toBe(0);
  });

  it('partial: the valid rows are imported, the invalid ones listed; English messages for an English caller', async () => {
    const file = await ledger([
      good('部分导入一'),
      { ...good('日期颠倒'), state: '已销号', completedOn: '2026-04-01', writtenOffOn: '2026-05-03' },
      { ...good('重大整改中'), level: '重大隐患', ...MAJOR },
    ]);
    owner.locale = 'en';
    const res = await upload(owner, file, '?partial=true');
    owner.locale = 'zh-CN';
    expect(res.statusCode, res.body).toBe(200);
    const result = res.json();
    expect(result).toMatchObject({ total: 3, imported: 2, skipped: 1 });
    expect(result.errors).toEqual([
      {
        row: 3,
        column: '整改完成日期',
        value: '2026-04-01',
        code: 'HAZARD.IMPORT_DATE_ORDER',
        message: 'Completed on cannot be earlier than Found on.',
      },
    ]);
    const [first, major] = result.hazards as Array<{ id: string; state: string }>;
    expect([first!.state, major!.state]).toEqual(['rectifying', 'rectifying']);
    const [row] = await t.database.db.select().from(cases).where(eq(cases.id, first!.id));
    // Rectifying under the ledger's deadline, which has passed: overdue at once, like any other.
    expect(row!.deadline!.toISOString()).toBe('2026-05-20T15:59:59.999Z');
    expect(row!.enterpriseId).toBe(enterprise.id);
    const list = await county.get(`/api/v1/hazards?overdue=true&enterpriseId=${enterprise.id}&pageSize=200`);
    expect(list.json().items.map((h: { id: string }) => h.id)).toContain(first!.id);
  });

  it('checks every row like a report: scope, references, a missing place; a missing column refuses the file', async () => {
    const before = await written(other);
    const file = await ledger([
      { title: '外县', foundOn: '2026-05-01', source: '网格巡查', regionCode: other.villages[0].code },
      { title: '没有地点', foundOn: '2026-05-01', source: '网格巡查' },
      { title: '未知企业', foundOn: '2026-05-01', source: '网格巡查', enterpriseUscc: '91110000MA0000000X' },
    ]);
    const res = await upload(county, file);
    expect(res.statusCode).toBe(400);
    expect((res.json().details as Array<Record<string, unknown>>).map((e) => [e.row, e.column, e.code])).toEqual([
      [2, '所属区划代码', 'SCOPE.OUT_OF_SCOPE'],
      [3, '所属区划代码', 'HAZARD.PLACE_REQUIRED'],
      [4, '企业统一社会信用代码', 'VALIDATION.UNKNOWN_REFERENCE'],
    ]);
    expect(await written(other)).toBe(before);
    expect(await auditedBy(res)).toBe(0);

    const noTitle = await ledger([{ foundOn: '2026-05-01' }], ['foundOn', 'source']);
    const refused = await upload(county, noTitle);
    expect([refused.statusCode, refused.json().code]).toEqual([400, 'IMPORT.UNREADABLE_FILE']);
    expect(refused.json().message).toContain('隐患名称');
    const notAFile = await upload(county, Buffer.from('PK not a zip'));
    expect([notAFile.statusCode, notAFile.json().code]).toEqual([400, 'IMPORT.UNREADABLE_FILE']);
  });

  it('refuses a file of more than 1000 rows whole, before reading any row', async () => {
    const rows = Array.from({ length: 1001 }, (_, i) => good(`第${i}条`));
    const res = await upload(county, await ledger(rows, ['title', 'foundOn', 'source', 'enterpriseUscc']));
    expect([res.statusCode, res.json().code]).toEqual([400, 'HAZARD.IMPORT_TOO_MANY_ROWS']);
    expect(res.json().message).toBe('文件有 1001 行数据，超过单次导入上限 1000 行，请分批导入。');
    expect(await auditedBy(res)).toBe(0);
  });

  it('is for those who may report: an administrator without a business role may not import', async () => {
    const admin = await makeAccount(t, { roles: ['admin'], scope: { kind: 'region', regionCode: tree.county.code } });
    const res = await upload(admin, await ledger([good('管理员')]));
    expect([res.statusCode, res.json().code]).toEqual([403, 'AUTH.FORBIDDEN']);
    const ids = await t.database.db.select({ id: cases.id }).from(cases).where(eq(cases.title, '管理员'));
    expect(ids).toEqual([]);
  });
});
