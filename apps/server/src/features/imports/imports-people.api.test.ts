import { eq, inArray } from 'drizzle-orm';
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
import { insertDepartment } from '../departments/service';
import { enterprises } from '../enterprises/schema';
import { people } from '../people/schema';

const XLSX = { 'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' };
const CSV = { 'content-type': 'text/csv' };

let t: TestApp;
let tree: Tree;
let other: Tree;
let officer: Awaited<ReturnType<typeof makeAccount>>;
let departmentId: string;

const csv = (rows: string[][]) =>
  Buffer.from(
    `\uFEFF姓名,手机号,职务,所属区划代码,所属部门,所属企业统一社会信用代码\r\n${rows.map((r) => r.join(',')).join('\r\n')}\r\n`,
  );
const named = (names: string[]) => t.database.db.select().from(people).where(inArray(people.name, names));

beforeAll(async () => {
  t = await testApp();
  tree = await makeTree(t);
  other = await makeTree(t);
  departmentId = await t.database.db.transaction(async (tx) => {
    const who = systemWho();
    await insertDepartment(
      tx,
      who,
      { name: '应急管理局', regionCode: tree.county.code, kind: 'department', sectorCodes: [] },
      null,
    );
    const town = await insertDepartment(
      tx,
      who,
      { name: '应急管理局', regionCode: tree.towns[0].code, kind: 'department', sectorCodes: [] },
      null,
    );
    return town.id as string;
  });
  officer = await makeAccount(t, { roles: ['town_officer'], scope: { kind: 'region', regionCode: tree.county.code } });
});

describe('POST /imports/people', () => {
  it('imports people, finding the nearest department by name and the enterprise by credit code', async () => {
    const firm = await makeEnterprise(t, { regionCode: tree.towns[0].code });
    const res = await officer.post(
      '/api/v1/imports/people',
      csv([
        ['导入甲', '13700000011', '安全员', tree.villages[0].code, '应急管理局', firm.uscc.toLowerCase()],
        ['导入乙', '', '', tree.towns[1].code, '', ''],
      ]),
      CSV,
    );
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ kind: 'people', total: 2, imported: 2, skipped: 0, errors: [] });
    const stored = await named(['导入甲', '导入乙']);
    const [a, b] = ['导入甲', '导入乙'].map((name) => stored.find((p) => p.name === name));
    expect(a).toMatchObject({ mobile: '13700000011', title: '安全员', departmentId, enterpriseId: firm.id });
    expect(a!.regionPath.endsWith(`/${tree.villages[0].code}/`)).toBe(true);
    expect(b).toMatchObject({ mobile: null, departmentId: null, enterpriseId: null });
    const audit = await t.database.db.select().from(auditLog).where(eq(auditLog.action, 'person.import'));
    expect(audit.some((e) => e.actorId === officer.id)).toBe(true);
  });

  it('imports nothing when a row is invalid, reporting unknown, invisible and out-of-scope references', async () => {
    const theirFirm = await makeEnterprise(t, { regionCode: other.towns[0].code });
    const res = await officer.post(
      '/api/v1/imports/people',
      csv([
        ['导入丙', '13700000012', '', tree.towns[0].code, '', ''],
        ['导入丁', '1370000', '', tree.towns[0].code, '不存在的部门', theirFirm.uscc],
        ['导入戊', '', '', other.towns[0].code, '', ''],
        ['', '', '', '999999', '', ''],
      ]),
      CSV,
    );
    expect(res.statusCode).toBe(400);
    expect(res.json().message).toBe('有 3 行数据不合格，未导入任何数据。');
    expect(
      res.json().details.map((e: { row: number; column: string; code: string }) => [e.row, e.column, e.code]),
    ).toEqual([
      [3, '手机号', 'VALIDATION.INVALID_FORMAT'],
      [3, '所属部门', 'VALIDATION.UNKNOWN_REFERENCE'],
      [3, '所属企业统一社会信用代码', 'VALIDATION.UNKNOWN_REFERENCE'],
      [4, '所属区划代码', 'SCOPE.OUT_OF_SCOPE'],
      [5, '姓名', 'VALIDATION.REQUIRED'],
      [5, '所属区划代码', 'VALIDATION.UNKNOWN_REFERENCE'],
    ]);
    expect(await named(['导入丙', '导入丁', '导入戊'])).toEqual([]);
  });

  it('refuses inspectors, who do not import people', async () => {
    const inspector = await makeAccount(t, {
      roles: ['inspector'],
      scope: { kind: 'region', regionCode: tree.county.code },
    });
    const res = await inspector.post(
      '/api/v1/imports/people',
      csv([['导入己', '', '', tree.towns[0].code, '', '']]),
      CSV,
    );
    expect(res.statusCode).toBe(403);
    expect(await named(['导入己'])).toEqual([]);
  });
});

describe('the downloaded template', () => {
  it('imports once its example row is replaced with real data', async () => {
    const admin = await makeAccount(t, { roles: ['admin'], scope: { kind: 'region', regionCode: tree.county.code } });
    const download = await admin.get('/api/v1/imports/enterprises/template.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(download.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    const uscc = await newUscc(t);
    sheet.getCell('A2').value = uscc;
    sheet.getCell('C2').value = tree.towns[0].code;
    sheet.getCell('D2').value = tree.grids[0].code;
    const body = Buffer.from(await workbook.xlsx.writeBuffer());
    const res = await admin.post('/api/v1/imports/enterprises', body, XLSX);
    expect(res.json()).toMatchObject({ total: 1, imported: 1, errors: [] });
    const [row] = await t.database.db.select().from(enterprises).where(eq(enterprises.uscc, uscc));
    expect(row).toMatchObject({
      name: '示例化工有限公司',
      sectorCodes: ['hazardous_chemicals', 'industry_trade'],
      employees: 120,
      status: 'operating',
    });
  });
});
