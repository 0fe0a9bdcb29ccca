import { ZHazardListQuery } from '@redline/contracts';
import { HAZARD_WORKFLOW } from '@redline/domain';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from '../../../test/api-client';
import {
  makeAccount,
  makeEnterprise,
  makeTree,
  systemWho,
  type TestApp,
  type Tree,
  testApp,
} from '../../../test/harness';
import { AppError } from '../../http/errors';
import { createCase } from '../cases/create-case';
import { systemActor } from '../scope/actor';
import { EXPORT_COLUMNS, exportPages, planExport } from './export';

let t: TestApp;
let tree: Tree;
let county: ApiClient;
let town: ApiClient;
let owner: ApiClient;
let enterpriseId: string;
let enterpriseName: string;

type Item = { id: string; number: string; version: number; state: string; title: string };

async function report(client: ApiClient, body: Record<string, unknown>) {
  const res = await client.post('/api/v1/hazards', { source: 'grid_patrol', ...body });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().hazard as Item;
}
async function step(client: ApiClient, h: Item, transition: string, body: Record<string, unknown> = {}) {
  const res = await client.post(`/api/v1/hazards/${h.id}/transitions`, { transition, version: h.version, ...body });
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as Item;
}

beforeAll(async () => {
  t = await testApp();
  tree = await makeTree(t);
  const enterprise = await makeEnterprise(t, { regionCode: tree.villages[0].code, gridCode: tree.grids[0].code });
  [enterpriseId, enterpriseName] = [enterprise.id, enterprise.name];
  [county, town, owner] = await Promise.all([
    makeAccount(t, { roles: ['safety_office'], scope: { kind: 'region', regionCode: tree.county.code } }),
    makeAccount(t, { roles: ['town_officer'], scope: { kind: 'region', regionCode: tree.towns[0].code } }),
    makeAccount(t, { roles: ['enterprise_user'], scope: { kind: 'enterprise', enterpriseId } }),
  ]);
  // A mix: states, levels, sources, with and without an enterprise; titles that need CSV quoting or defusing.
  const a = await report(owner, { title: '配电箱门未关闭, "二号"车间', enterpriseId, source: 'self_inspection' });
  const b = await report(town, { title: '=HYPERLINK("http://x")', regionCode: tree.villages[0].code });
  await report(county, { title: '村道边坡松动\n第二行', regionCode: tree.villages[1].code });
  await report(owner, { title: '灭火器过期', enterpriseId, source: 'self_inspection' });
  await step(town, b, 'reject', { comment: '不属于事故隐患' });
  const accepted = await step(town, a, 'accept', { fields: { level: 'ordinary' } });
  await step(owner, accepted, 'rectify_by_deadline', {
    fields: { measures: '关门加锁', responsiblePerson: '张三', funds: 1234.5, contingencyPlan: '警示' },
    deadline: '2099-12-31',
  });
});

const list = async (client: ApiClient, query: string) => {
  const res = await client.get(`/api/v1/hazards?pageSize=200&${query}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as { total: number; items: Item[] };
};

async function csvOf(client: ApiClient, query: string) {
  const res = await client.get(`/api/v1/hazards/export.csv?${query}`);
  expect(res.statusCode, res.body.slice(0, 300)).toBe(200);
  return res;
}

describe('GET /hazards/export.csv', () => {
  it('is UTF-8 with a byte order mark and CRLF, the documented header, and the list’s hazards in its order', async () => {
    const query = `regionCode=${tree.county.code}`;
    const res = await csvOf(county, query);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toMatch(
      /^attachment; filename="hazards-\d{8}\.csv"; filename\*=UTF-8''/,
    );
    const bytes = res.rawPayload;
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8');
    expect(text.split('\r\n')[0]).toBe(`\uFEFF${EXPORT_COLUMNS.map((c) => c.header).join(',')}`);
    expect(text.endsWith('\r\n')).toBe(true);
    const rows: string[][] = parse(text.slice(1), { relax_column_count: false });
    const [header, ...data] = rows;
    expect(header!.slice(0, 22)).toEqual([
      '编号',
      '标题',
      '状态',
      '等级',
      '来源',
      '类别',
      '类型',
      '区划代码',
      '区划名称',
      '网格',
      '企业名称',
      '统一社会信用代码',
      '行业领域',
      '整改方式',
      '整改期限',
      '是否逾期',
      '挂牌督办',
      '整改资金（元）',
      '实际投入（元）',
      '责任人',
      '上报时间',
      '更新时间',
    ]);
    const listed = await list(county, query);
    expect(res.headers['x-total-count']).toBe(String(listed.total));
    expect(data.map((r) => r[0])).toEqual(listed.items.map((i) => i.number));
    const byTitle = (title: string) => data.find((r) => r[1] === title)!;
    const a = byTitle('配电箱门未关闭, "二号"车间'); // quoted, comma and quotes survive
    expect(a.slice(2, 5)).toEqual(['整改中', '一般隐患', '企业自查']);
    expect(a[10]).toBe(enterpriseName);
    expect(a[13]).toBe('限期整改');
    expect(a[14]).toBe('2099-12-31 23:59');
    expect(a[15]).toBe('否');
    expect(a[17]).toBe('1234.5');
    expect(a[19]).toBe('张三');
    expect(a[20]).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
    expect(byTitle('\'=HYPERLINK("http://x")')[2]).toBe('不予受理'); // a formula is defused, not run
    expect(byTitle('村道边坡松动\n第二行')[8]).toBe(tree.villages[1].name);
  });

  it('takes exactly the list’s filters and sort: the same hazards, in the same order, and the same total', async () => {
    const queries = [
      `regionCode=${tree.towns[0].code}&state=reported,accepted,rectifying`,
      `regionCode=${tree.county.code}&level=ordinary&sort=-number`,
      `regionCode=${tree.county.code}&source=self_inspection&sort=deadline`,
      `regionCode=${tree.county.code}&sort=-deadline`,
      `regionCode=${tree.county.code}&q=${encodeURIComponent('灭火器')}`,
      `enterpriseId=${enterpriseId}&overdue=false`,
      `regionCode=${tree.county.code}&state=written_off`,
    ];
    for (const query of queries) {
      const res = await csvOf(county, query);
      const [, ...data]: string[][] = parse(res.rawPayload.toString('utf8').slice(1));
      const listed = await list(county, query);
      expect(
        data.map((r) => r[0]),
        query,
      ).toEqual(listed.items.map((i) => i.number));
      expect(res.headers['x-total-count'], query).toBe(String(listed.total));
    }
  });

  it('stays within the caller’s scope: an enterprise exports its own hazards only', async () => {
    const res = await csvOf(owner, '');
    const [, ...data]: string[][] = parse(res.rawPayload.toString('utf8').slice(1));
    expect(data.length).toBe(2);
    expect(data.every((r) => r[10] === enterpriseName)).toBe(true);
  });

  it('answers bad filters 400 with nothing streamed', async () => {
    const res = await county.get('/api/v1/hazards/export.csv?state=bogus');
    expect([res.statusCode, res.json().code]).toEqual([400, 'REQUEST.VALIDATION']);
    const anonymous = await t.app.inject({ method: 'GET', url: '/api/v1/hazards/export.csv' });
    expect(anonymous.statusCode).toBe(401);
  });
});

describe('GET /hazards/export.xlsx', () => {
  it('opens as a workbook with the same columns and rows, and a notes sheet with the filters', async () => {
    const query = `regionCode=${tree.county.code}&state=reported,accepted,rectifying`;
    const res = await county.get(`/api/v1/hazards/export.xlsx?${query}`);
    expect(res.statusCode, res.body.slice(0, 200)).toBe(200);
    expect(res.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['隐患清单', '导出说明']);
    const sheet = workbook.getWorksheet('隐患清单')!;
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(EXPORT_COLUMNS.map((c) => c.header));
    const numbers: unknown[] = [];
    sheet.eachRow((row, n) => {
      if (n > 1) numbers.push(row.getCell(1).value);
    });
    expect(numbers).toEqual((await list(county, query)).items.map((i) => i.number));
    const rectifying = [] as unknown[][];
    sheet.eachRow((row) => {
      if (row.getCell(3).value === '整改中') rectifying.push((row.values as unknown[]).slice(1));
    });
    expect(rectifying[0]![17]).toBe(1234.5); // money is a number cell
    const notes = workbook.getWorksheet('导出说明')!;
    const pairs = new Map<unknown, unknown>();
    notes.eachRow((row) => pairs.set(row.getCell(1).value, row.getCell(2).value));
    expect(pairs.get('记录条数')).toBe(numbers.length);
    expect(pairs.get('筛选：状态')).toBe('待受理、已受理、整改中');
  });
});

describe('export paging and limits', () => {
  it('pages through with a keyset that keeps the list’s order across ties and null deadlines', async () => {
    // Six hazards created at one instant (ties on the report time), three with deadlines and three without.
    const who = { ...systemWho(), now: new Date() };
    await t.database.db.transaction(async (tx) => {
      for (let i = 0; i < 6; i++) {
        await createCase(tx, who, {
          type: 'hazard',
          workflow: HAZARD_WORKFLOW,
          title: `同一时刻${i}`,
          regionCode: tree.villages[1].code,
          deadline: i % 2 ? new Date(Date.now() + (i + 1) * 86_400_000) : null,
        });
      }
    });
    for (const sort of [undefined, 'deadline', '-deadline', 'number', '-createdAt', 'updatedAt']) {
      const query = ZHazardListQuery.parse({
        regionCode: tree.towns[1].code,
        pageSize: '200',
        ...(sort ? { sort } : {}),
      });
      const plan = await planExport(t.database.db, systemActor(), query, new Date(), 100);
      const paged: string[] = [];
      for await (const page of exportPages(t.database.db, { ...plan, pageSize: 2 })) {
        expect(page.length).toBeLessThanOrEqual(2);
        paged.push(...page.map((r) => r.number));
      }
      const listed = await list(county, `regionCode=${tree.towns[1].code}${sort ? `&sort=${sort}` : ''}`);
      expect(paged, String(sort)).toEqual(listed.items.map((i) => i.number));
      expect(plan.total).toBe(listed.total);
    }
  });

  it('refuses an export larger than its limit before writing anything', async () => {
    const query = ZHazardListQuery.parse({ regionCode: tree.county.code });
    const refused = await planExport(t.database.db, systemActor(), query, new Date(), 2).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(AppError);
    expect((refused as AppError).code).toBe('HAZARD.EXPORT_TOO_LARGE');
  });
});
