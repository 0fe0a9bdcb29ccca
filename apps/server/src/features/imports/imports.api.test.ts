import { and, eq, inArray, sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  makeAccount,
  makeEnterprise,
  makeTree,
  newUscc,
  systemWho,
  type TestApp,
  type Tree,
  testApp,
} from '../../../test/harness';
import { auditLog } from '../audit/schema';
import { enterprises } from '../enterprises/schema';
import { ENTERPRISE_COLUMNS } from './columns';
import { importRecords } from './service';

const XLSX = { 'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' };
const CSV = { 'content-type': 'text/csv' };

let t: TestApp;
let tree: Tree;
let other: Tree;
let admin: Awaited<ReturnType<typeof makeAccount>>;

type Cells = Partial<Record<(typeof ENTERPRISE_COLUMNS)[number]['key'], unknown>>;
const HEADERS = ENTERPRISE_COLUMNS.map((c) => c.header);
const line = (cells: Cells) => ENTERPRISE_COLUMNS.map((c) => cells[c.key] ?? null);

async function xlsx(rows: Cells[]) {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('企业');
  sheet.addRow(HEADERS);
  for (const r of rows) sheet.addRow(line(r));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
const found = async (usccs: string[]) =>
  (await t.database.db.select({ uscc: enterprises.uscc }).from(enterprises).where(inArray(enterprises.uscc, usccs)))
    .map((r) => r.uscc)
    .sort();
const valid = async (over: Cells = {}): Promise<Cells> => ({
  uscc: await newUscc(t),
  name: '导入测试有限公司',
  regionCode: tree.towns[0].code,
  gridCode: tree.grids[0].code,
  sectorCodes: '危险化学品、fireworks',
  ...over,
});

beforeAll(async () => {
  t = await testApp();
  tree = await makeTree(t);
  other = await makeTree(t);
  admin = await makeAccount(t, { roles: ['admin'], scope: { kind: 'region', regionCode: tree.county.code } });
});

describe('GET /imports/:kind/template', () => {
  it('serves an .xlsx template with the Chinese header row, an example row and notes', async () => {
    const res = await admin.get('/api/v1/imports/enterprises/template.xlsx');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toBe(XLSX['content-type']);
    expect(res.headers['content-disposition']).toContain('enterprises-template.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const [sheet, notes] = workbook.worksheets;
    expect((sheet!.getRow(1).values as unknown[]).slice(1)).toEqual(HEADERS);
    expect(HEADERS.slice(0, 3)).toEqual(['统一社会信用代码', '企业名称', '所属区划代码']);
    expect(sheet!.getRow(2).getCell(8).value).toBe('危险化学品、工贸');
    expect(sheet!.rowCount).toBe(2);
    const text = JSON.stringify(notes!.getSheetValues());
    expect(text).toContain('已存在于系统中的行按“重复”报错');
    expect(text).toContain('hazardous_chemicals');
  });

  it('serves a UTF-8 CSV template with a byte order mark, and refuses roles that do not import the kind', async () => {
    const res = await admin.get('/api/v1/imports/people/template.csv');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect([...res.rawPayload.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(res.body.slice(1).split('\r\n')[0]).toBe('姓名,手机号,职务,所属区划代码,所属部门,所属企业统一社会信用代码');
    const inspector = await makeAccount(t, {
      roles: ['inspector'],
      scope: { kind: 'region', regionCode: tree.county.code },
    });
    expect((await inspector.get('/api/v1/imports/people/template.csv')).statusCode).toBe(403);
    expect((await inspector.get('/api/v1/imports/enterprises/template.csv')).statusCode).toBe(200);
  });
});

describe('POST /imports/enterprises', () => {
  it('imports every row of a valid file, in one audit entry per batch', async () => {
    const rows = [
      await valid({ lng: 112.86, lat: 35.49, employees: 80, status: '停产整顿', tags: '重大危险源企业、small_micro' }),
      await valid({
        regionCode: Number(tree.towns[1].code),
        gridCode: null,
        sectorCodes: 'urban_gas',
        principalMobile: 13800138000,
      }),
      await valid({
        regionCode: tree.county.code,
        gridCode: tree.grids[1].code,
        sectorCodes: '工贸,冶金',
        status: 'closed',
      }),
    ];
    const res = await admin.post('/api/v1/imports/enterprises', await xlsx(rows), XLSX);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ kind: 'enterprises', total: 3, imported: 3, skipped: 0, errors: [] });
    const stored = await t.database.db
      .select()
      .from(enterprises)
      .where(
        inArray(
          enterprises.uscc,
          rows.map((r) => String(r.uscc)),
        ),
      );
    const first = stored.find((s) => s.uscc === rows[0]!.uscc)!;
    expect(first).toMatchObject({
      status: 'suspended',
      tags: ['major_hazard_source', 'small_micro'],
      sectorCodes: ['hazardous_chemicals', 'fireworks'],
    });
    expect(stored.find((s) => s.uscc === rows[1]!.uscc)).toMatchObject({
      principalMobile: '13800138000',
      regionCode: tree.towns[1].code,
    });
    const audit = await t.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'enterprise.import'), eq(auditLog.actorId, admin.id)));
    expect(audit).toHaveLength(1);
    expect(audit[0]!.diff).toMatchObject({ count: { to: 3 } });
  });

  it('imports nothing when any row is invalid, and lists every error by row and Chinese column', async () => {
    const good = await valid();
    const wrong = await newUscc(t);
    const badCheck = wrong.slice(0, 17) + (wrong[17] === '0' ? '1' : '0');
    const existing = await makeEnterprise(t, { regionCode: tree.towns[0].code });
    const rows = [
      good,
      await valid({ uscc: badCheck }),
      await valid({ uscc: good.uscc }),
      await valid({ sectorCodes: '不存在的领域' }),
      await valid({ uscc: existing.uscc, employees: 'many' }),
      await valid({ principalMobile: '12', regionCode: '999999', gridCode: null }),
    ];
    const res = await admin.post('/api/v1/imports/enterprises', await xlsx(rows), XLSX);
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json()).toMatchObject({ code: 'IMPORT.INVALID_ROWS', message: '有 5 行数据不合格，未导入任何数据。' });
    expect(res.json().details).toEqual([
      {
        row: 3,
        column: '统一社会信用代码',
        value: badCheck,
        code: 'USCC.CHECK_MISMATCH',
        message: `统一社会信用代码校验位错误：应为 ${wrong[17]}，实际为 ${badCheck[17]}（GB 32100-2015）。`,
      },
      {
        row: 4,
        column: '统一社会信用代码',
        value: good.uscc,
        code: 'IMPORT.DUPLICATE_IN_FILE',
        message: '统一社会信用代码与第 2 行重复。',
      },
      {
        row: 5,
        column: '行业领域',
        value: '不存在的领域',
        code: 'VALIDATION.UNKNOWN_REFERENCE',
        message: '行业领域引用的记录不存在。',
      },
      { row: 6, column: '从业人数', value: 'many', code: 'VALIDATION.INVALID_FORMAT', message: '从业人数格式不正确。' },
      {
        row: 6,
        column: '统一社会信用代码',
        value: existing.uscc,
        code: 'CONFLICT.DUPLICATE',
        message: '统一社会信用代码已存在。',
      },
      {
        row: 7,
        column: '主要负责人电话',
        value: '12',
        code: 'VALIDATION.INVALID_FORMAT',
        message: '主要负责人电话格式不正确。',
      },
      {
        row: 7,
        column: '所属区划代码',
        value: '999999',
        code: 'VALIDATION.UNKNOWN_REFERENCE',
        message: '所属区划引用的记录不存在。',
      },
    ]);
    expect(await found([String(good.uscc)])).toEqual([]);
  });

  it('with partial=true imports the valid rows and answers the errors, in English on request', async () => {
    const good = await valid({ name: '部分导入有限公司' });
    const bad = await valid({ name: '', principalMobile: '123' });
    admin.locale = 'en';
    const res = await admin.post('/api/v1/imports/enterprises?partial=true', await xlsx([bad, good]), XLSX);
    admin.locale = 'zh-CN';
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ total: 2, imported: 1, skipped: 1 });
    expect(res.json().errors).toEqual([
      { row: 2, column: '企业名称', value: '', code: 'VALIDATION.REQUIRED', message: 'Name is required.' },
      {
        row: 2,
        column: '主要负责人电话',
        value: '123',
        code: 'VALIDATION.INVALID_FORMAT',
        message: "Principal person's mobile has an invalid format.",
      },
    ]);
    expect(await found([String(good.uscc), String(bad.uscc)])).toEqual([good.uscc]);
  });

  it('reports rows outside the caller’s scope and a grid outside the region', async () => {
    const officer = await makeAccount(t, {
      roles: ['town_officer'],
      scope: { kind: 'region', regionCode: tree.towns[0].code },
    });
    const outside = await valid({ regionCode: tree.towns[1].code, gridCode: tree.grids[1].code });
    const elsewhere = await valid({ regionCode: other.towns[0].code, gridCode: null });
    const strayGrid = await valid({ gridCode: tree.grids[1].code });
    const res = await officer.post(
      '/api/v1/imports/enterprises',
      await xlsx([await valid(), outside, elsewhere, strayGrid]),
      XLSX,
    );
    expect(res.statusCode, res.body).toBe(400);
    expect(
      res.json().details.map((e: { row: number; column: string; code: string }) => [e.row, e.column, e.code]),
    ).toEqual([
      [3, '所属区划代码', 'SCOPE.OUT_OF_SCOPE'],
      [4, '所属区划代码', 'SCOPE.OUT_OF_SCOPE'],
      [5, '网格编码', 'ENTERPRISE.GRID_OUTSIDE_REGION'],
    ]);
    expect(res.json().details[0].message).toBe('超出本账号的数据范围。');
    expect(await found([String(outside.uscc), String(elsewhere.uscc)])).toEqual([]);
  });

  it('reads a UTF-8 CSV with a BOM, and refuses a file that is not a spreadsheet or lacks columns', async () => {
    const row = await valid();
    const csv = `\uFEFF${HEADERS.join(',')}\r\n${line(row)
      .map((v) => (v === null ? '' : `"${v}"`))
      .join(',')}\r\n`;
    const ok = await admin.post('/api/v1/imports/enterprises', Buffer.from(csv), {
      'content-type': 'application/octet-stream',
    });
    expect(ok.json()).toMatchObject({ total: 1, imported: 1 });
    const pdf = await admin.post('/api/v1/imports/enterprises', Buffer.from('%PDF-1.4 not a spreadsheet'), XLSX);
    expect(pdf.statusCode).toBe(400);
    expect(pdf.json()).toMatchObject({
      code: 'IMPORT.UNREADABLE_FILE',
      message: expect.stringContaining('不是有效的 .xlsx 文件'),
    });
    const columns = await admin.post(
      '/api/v1/imports/enterprises',
      Buffer.from('企业名称,地址\r\n某公司,某地\r\n'),
      CSV,
    );
    expect(columns.statusCode).toBe(400);
    expect(columns.json().message).toBe(
      '无法读取文件：缺少列：统一社会信用代码、所属区划代码、行业领域（请使用导入模板）',
    );
  });

  it('refuses roles that do not import', async () => {
    const worker = await makeAccount(t, {
      roles: ['grid_worker'],
      scope: { kind: 'grids', gridCodes: [tree.grids[0].code] },
    });
    const row = await valid();
    const res = await worker.post('/api/v1/imports/enterprises', await xlsx([row]), XLSX);
    expect(res.statusCode, res.body).toBe(403);
    expect(await found([String(row.uscc)])).toEqual([]);
  });
});

describe('importRecords without HTTP (the CLI path)', () => {
  it('imports unscoped and reports progress', async () => {
    const rows = [
      await valid({ regionCode: other.towns[0].code, gridCode: other.grids[0].code }),
      await valid({ regionCode: other.county.code, gridCode: null }),
    ];
    const progress: Array<[number, number]> = [];
    const result = await importRecords(t.database.db, systemWho(), 'enterprises', await xlsx(rows), 'xlsx', {
      partial: false,
      actor: null,
      locale: 'zh-CN',
      onProgress: (done, total) => progress.push([done, total]),
    });
    expect(result).toMatchObject({ total: 2, imported: 2, skipped: 0 });
    expect(progress).toEqual([[2, 2]]);
    const [n] = (
      await t.database.db.execute(
        sql`select count(*)::int as n from enterprises where region_path like ${`/${other.province.code}/${other.city.code}/${other.county.code}/%`}`,
      )
    ).rows as [{ n: number }];
    expect(n.n).toBe(2);
  });

  it('returns invalid rows as a value and writes nothing without partial', async () => {
    const good = await valid({ regionCode: other.county.code, gridCode: null });
    const bad = await valid({ regionCode: other.county.code, gridCode: null, sectorCodes: '' });
    const result = await importRecords(t.database.db, systemWho(), 'enterprises', await xlsx([good, bad]), 'xlsx', {
      partial: false,
      actor: null,
      locale: 'en',
    });
    expect(result).toMatchObject({ total: 2, imported: 0, skipped: 2 });
    expect(result.errors).toEqual([
      { row: 3, column: '行业领域', value: '', code: 'VALIDATION.REQUIRED', message: 'Sectors is required.' },
    ]);
    expect(await found([String(good.uscc)])).toEqual([]);
  });
});
