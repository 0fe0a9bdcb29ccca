import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  makeAccount,
  makeEnterprise,
  makeTree,
  newUscc,
  type TestApp,
  type Tree,
  testApp,
} from '../../../test/harness';
import { auditLog } from '../audit/schema';
import { enterprises } from './schema';

let t: TestApp;
let tree: Tree;
let other: Tree;
type Client = Awaited<ReturnType<typeof makeAccount>>;
let admin: Client;

const rowOf = async (uscc: string) =>
  (await t.database.db.select().from(enterprises).where(eq(enterprises.uscc, uscc)))[0];
const body = async (over: Record<string, unknown> = {}) => ({
  uscc: await newUscc(t),
  name: '晋城示例化工有限公司',
  regionCode: tree.towns[0].code,
  gridCode: tree.grids[0].code,
  sectorCodes: ['hazardous_chemicals'],
  ...over,
});
/** The same code with a wrong check character. */
const withWrongCheck = (uscc: string) => uscc.slice(0, 17) + (uscc[17] === '0' ? '1' : '0');

beforeAll(async () => {
  t = await testApp();
  tree = await makeTree(t);
  other = await makeTree(t);
  admin = await makeAccount(t, { roles: ['admin'], scope: { kind: 'region', regionCode: tree.county.code } });
});

describe('POST /enterprises', () => {
  it('registers an enterprise with its region path, a GCJ-02 presenter and an audit entry', async () => {
    const input = await body({
      uscc: '',
      lng: 112.86,
      lat: 35.49,
      employees: 120,
      status: 'suspended',
      tags: ['key_supervision'],
    });
    input.uscc = (await newUscc(t)).toLowerCase();
    const res = await admin.post('/api/v1/enterprises', input);
    expect(res.statusCode).toBe(201);
    const uscc = input.uscc.toUpperCase();
    expect(res.json()).toMatchObject({
      uscc,
      name: '晋城示例化工有限公司',
      regionCode: tree.towns[0].code,
      regionName: tree.towns[0].name,
      gridCode: tree.grids[0].code,
      coordinateSystem: 'GCJ-02',
      lng: 112.86,
      employees: 120,
      status: 'suspended',
      tags: ['key_supervision'],
      principalName: null,
    });
    const row = await rowOf(uscc);
    expect(row?.regionPath).toBe(`/${tree.province.code}/${tree.city.code}/${tree.county.code}/${tree.towns[0].code}/`);
    const audit = await t.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'enterprise.create'), eq(auditLog.entityId, row!.id)));
    expect(audit.map((a) => a.actorId)).toEqual([admin.id]);
  });

  it('explains a wrong credit code check character in Chinese and in English, writing nothing', async () => {
    const good = await newUscc(t);
    const bad = withWrongCheck(good);
    const zh = await admin.post('/api/v1/enterprises', await body({ uscc: bad }));
    expect(zh.statusCode).toBe(400);
    expect(zh.json().details).toEqual([
      {
        path: 'uscc',
        code: 'USCC.CHECK_MISMATCH',
        message: `统一社会信用代码校验位错误：应为 ${good[17]}，实际为 ${bad[17]}（GB 32100-2015）。`,
      },
    ]);
    admin.locale = 'en';
    const en = await admin.post('/api/v1/enterprises', await body({ uscc: bad }));
    admin.locale = 'zh-CN';
    expect(en.json().message).toBe('The request has invalid fields.');
    expect(en.json().details[0].message).toBe(
      `Credit code check character is wrong: expected ${good[17]}, got ${bad[17]} (GB 32100-2015).`,
    );
    expect(await rowOf(bad)).toBeUndefined();
  });

  it('lists a wrong check character together with the other field problems in one answer', async () => {
    const bad = withWrongCheck(await newUscc(t));
    const res = await admin.post(
      '/api/v1/enterprises',
      await body({ uscc: bad, principalMobile: '123', employees: -1 }),
    );
    expect(res.statusCode).toBe(400);
    expect(
      res
        .json()
        .details.map((d: { path: string; code: string }) => `${d.path}:${d.code}`)
        .sort(),
    ).toEqual([
      'employees:VALIDATION.TOO_SMALL',
      'principalMobile:VALIDATION.INVALID_FORMAT',
      'uscc:USCC.CHECK_MISMATCH',
    ]);
    expect(await rowOf(bad)).toBeUndefined();
  });

  it('refuses unknown sectors, unknown grids and grids outside the region, with field details', async () => {
    const uscc = await newUscc(t);
    const sectors = await admin.post(
      '/api/v1/enterprises',
      await body({ uscc, sectorCodes: ['fireworks', 'no_such_sector'] }),
    );
    expect(sectors.statusCode).toBe(400);
    expect(sectors.json().details).toEqual([
      { path: 'sectorCodes.1', code: 'VALIDATION.UNKNOWN_REFERENCE', message: '行业领域引用的记录不存在。' },
    ]);
    const outside = await admin.post('/api/v1/enterprises', await body({ uscc, gridCode: tree.grids[1].code }));
    expect(outside.json().details).toEqual([
      { path: 'gridCode', code: 'ENTERPRISE.GRID_OUTSIDE_REGION', message: '网格不在所属区划范围内。' },
    ]);
    const unknown = await admin.post(
      '/api/v1/enterprises',
      await body({ uscc, gridCode: 'NO-SUCH-GRID', regionCode: '999999' }),
    );
    expect(unknown.json().details.map((d: { path: string; code: string }) => [d.path, d.code])).toEqual([
      ['regionCode', 'VALIDATION.UNKNOWN_REFERENCE'],
      ['gridCode', 'VALIDATION.UNKNOWN_REFERENCE'],
    ]);
    const contract = await admin.post(
      '/api/v1/enterprises',
      await body({ uscc, name: '', principalMobile: '12345', sectorCodes: [] }),
    );
    expect(contract.json().details.map((d: { path: string }) => d.path)).toEqual([
      'name',
      'sectorCodes',
      'principalMobile',
    ]);
    expect(await rowOf(uscc)).toBeUndefined();
  });

  it('answers 409 with the field for a credit code already registered', async () => {
    const existing = await makeEnterprise(t, { regionCode: tree.towns[1].code });
    const res = await admin.post('/api/v1/enterprises', await body({ uscc: existing.uscc, name: '重复企业' }));
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({
      code: 'CONFLICT.DUPLICATE',
      message: '统一社会信用代码已存在。',
      details: { field: 'uscc' },
    });
    expect((await rowOf(existing.uscc))?.name).toBe(existing.name);
  });

  it('refuses a region outside scope, or sectors a department account does not supervise, with 403', async () => {
    const uscc = await newUscc(t);
    const outside = await admin.post(
      '/api/v1/enterprises',
      await body({ uscc, regionCode: other.towns[0].code, gridCode: null }),
    );
    expect(outside.statusCode).toBe(403);
    expect(outside.json().code).toBe('SCOPE.OUT_OF_SCOPE');
    const inspector = await makeAccount(t, {
      roles: ['inspector'],
      scope: { kind: 'region', regionCode: tree.county.code, sectorCodes: ['fireworks'] },
    });
    const unsupervised = await inspector.post('/api/v1/enterprises', await body({ uscc }));
    expect(unsupervised.statusCode).toBe(403);
    expect(await rowOf(uscc)).toBeUndefined();
    const supervised = await inspector.post('/api/v1/enterprises', await body({ uscc, sectorCodes: ['fireworks'] }));
    expect(supervised.statusCode).toBe(201);
  });

  it('refuses roles that do not register enterprises', async () => {
    const worker = await makeAccount(t, {
      roles: ['grid_worker'],
      scope: { kind: 'grids', gridCodes: [tree.grids[0].code] },
    });
    const input = await body();
    const res = await worker.post('/api/v1/enterprises', input);
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('AUTH.FORBIDDEN');
    expect(await rowOf(input.uscc)).toBeUndefined();
  });
});

describe('GET /enterprises/:id', () => {
  it('answers an enterprise in scope and 404 outside it', async () => {
    const mine = await makeEnterprise(t, { regionCode: tree.towns[1].code, gridCode: tree.grids[1].code });
    const res = await admin.get(`/api/v1/enterprises/${mine.id}`);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ id: mine.id, regionName: tree.towns[1].name, coordinateSystem: 'GCJ-02' });
    const theirs = await makeEnterprise(t, { regionCode: other.towns[0].code });
    expect((await admin.get(`/api/v1/enterprises/${theirs.id}`)).statusCode).toBe(404);
    const bad = await admin.get('/api/v1/enterprises/not-a-uuid');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().details[0]).toMatchObject({ path: 'params.id' });
  });
});
