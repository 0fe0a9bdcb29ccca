import { beforeAll, describe, expect, it } from 'vitest';
import { makeAccount, makeTree, type TestApp, type Tree, testApp } from '../../../test/harness';

let t: TestApp;
let tree: Tree;
let other: Tree;

beforeAll(async () => {
  t = await testApp();
  tree = await makeTree(t);
  other = await makeTree(t);
});

const countyAdmin = () => makeAccount(t, { roles: ['admin'], scope: { kind: 'region', regionCode: tree.county.code } });

describe('GET /regions', () => {
  it("starts the tree at the account's scope and lists children with counts", async () => {
    const admin = await countyAdmin();
    const roots = await admin.get('/api/v1/regions?roots=true');
    expect(roots.statusCode).toBe(200);
    expect(roots.json().items.map((r: { code: string }) => r.code)).toEqual([tree.county.code]);
    expect(roots.json().items[0]).toMatchObject({ level: 'county', childCount: 2, gridCount: 0 });
    const children = await admin.get(`/api/v1/regions?parentCode=${tree.county.code}`);
    expect(children.json()).toMatchObject({ total: 2, page: 1, pageSize: 20 });
    expect(children.json().items.map((r: { code: string }) => r.code)).toEqual(tree.towns.map((x) => x.code));
    const village = await admin.get(`/api/v1/regions/${tree.villages[0].code}`);
    expect(village.json()).toMatchObject({ level: 'village', gridCount: 1, parentCode: tree.towns[0].code });
  });

  it('lists a whole subtree, filters by level and name, sorts and pages', async () => {
    const admin = await countyAdmin();
    const subtree = await admin.get(`/api/v1/regions?under=${tree.county.code}&sort=-code&pageSize=2`);
    expect(subtree.json().total).toBe(5);
    expect(subtree.json().items).toHaveLength(2);
    expect(subtree.json().items[0].code).toBe(tree.villages[1].code);
    const villages = await admin.get(`/api/v1/regions?under=${tree.county.code}&level=village`);
    expect(
      villages
        .json()
        .items.map((r: { code: string }) => r.code)
        .sort(),
    ).toEqual(tree.villages.map((v) => v.code).sort());
    const byName = await admin.get(`/api/v1/regions?q=${encodeURIComponent(tree.towns[1].name)}`);
    expect(byName.json().items.map((r: { code: string }) => r.code)).toEqual([tree.towns[1].code]);
  });

  it('hides regions outside the scope: 404 for one, absent from lists', async () => {
    const admin = await countyAdmin();
    expect((await admin.get(`/api/v1/regions/${other.county.code}`)).statusCode).toBe(404);
    expect((await admin.get(`/api/v1/regions/${tree.city.code}`)).statusCode).toBe(404);
    const list = await admin.get(`/api/v1/regions?parentCode=${other.county.code}`);
    expect(list.json().total).toBe(0);
    const under = await admin.get(`/api/v1/regions?under=${other.county.code}`);
    expect(under.json().total).toBe(0);
  });

  it('gives a grid worker only the villages of the grids', async () => {
    const worker = await makeAccount(t, {
      roles: ['grid_worker'],
      scope: { kind: 'grids', gridCodes: [tree.grids[1].code] },
    });
    const roots = await worker.get('/api/v1/regions?roots=true');
    expect(roots.json().items.map((r: { code: string }) => r.code)).toEqual([tree.villages[1].code]);
    expect((await worker.get(`/api/v1/regions/${tree.villages[0].code}`)).statusCode).toBe(404);
  });

  it('refuses unknown query parameters and bad values with field details', async () => {
    const admin = await countyAdmin();
    const res = await admin.get('/api/v1/regions?pageSize=500&colour=red&level=planet');
    expect(res.statusCode).toBe(400);
    const body = res.json();
    expect(body.code).toBe('REQUEST.VALIDATION');
    expect(body.requestId).toEqual(expect.any(String));
    const paths = body.details.map((d: { path: string }) => d.path).sort();
    expect(paths).toEqual(['query.colour', 'query.level', 'query.pageSize']);
    expect(body.details.find((d: { path: string }) => d.path === 'query.pageSize').message).toBe(
      '每页条数不能大于 200。',
    );
  });

  it('needs an account', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/regions' });
    expect(res.statusCode).toBe(401);
    expect(res.json()).toMatchObject({ code: 'AUTH.REQUIRED', message: '请先登录。' });
  });
});

describe('POST /regions and PATCH /regions/:code', () => {
  it('creates a town under a county in scope, with an audit entry in the same transaction', async () => {
    const admin = await countyAdmin();
    const code = `${tree.county.code}201`;
    const res = await admin.post('/api/v1/regions', {
      code,
      name: '新建乡',
      level: 'town',
      parentCode: tree.county.code,
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ code, level: 'town', parentCode: tree.county.code, childCount: 0 });
    const audit = await t.database.pool.query(
      'select actor_id, action, request_id from audit_log where entity = $1 and entity_id = $2',
      ['region', code],
    );
    expect(audit.rows).toEqual([
      { actor_id: admin.id, action: 'region.create', request_id: res.headers['x-request-id'] },
    ]);
  });

  it('rejects a code that breaks the statistical code rules, in zh-CN and English, and writes nothing', async () => {
    const admin = await countyAdmin();
    // domain-reference §8.2: a town code is the county's 6 digits and 3 more.
    const wrongPrefix = `${other.county.code}105`;
    const res = await admin.post('/api/v1/regions', {
      code: wrongPrefix,
      name: '错镇',
      level: 'town',
      parentCode: tree.county.code,
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().details[0]).toMatchObject({ path: 'code', code: 'REGION.PARENT_PREFIX' });
    admin.locale = 'en';
    const format = await admin.post('/api/v1/regions', {
      code: `${tree.county.code}000`,
      name: 'x',
      level: 'town',
      parentCode: tree.county.code,
    });
    expect(format.json().details[0]).toMatchObject({ path: 'code', code: 'REGION.CODE_FORMAT' });
    expect(format.json().details[0].message).toContain('town');
    const rows = await t.database.pool.query('select 1 from regions where code in ($1, $2)', [
      wrongPrefix,
      `${tree.county.code}000`,
    ]);
    expect(rows.rowCount).toBe(0);
  });

  it('rejects a duplicate code (409), a missing parent (400), a parent out of scope (400) and a root (403)', async () => {
    const admin = await countyAdmin();
    const dup = await admin.post('/api/v1/regions', {
      code: tree.towns[0].code,
      name: 'x',
      level: 'town',
      parentCode: tree.county.code,
    });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().message).toBe('代码已存在。');
    const outside = await admin.post('/api/v1/regions', {
      code: `${other.county.code}301`,
      name: 'x',
      level: 'town',
      parentCode: other.county.code,
    });
    expect(outside.statusCode).toBe(400);
    expect(outside.json().details[0]).toMatchObject({ path: 'parentCode', code: 'VALIDATION.UNKNOWN_REFERENCE' });
    const root = await admin.post('/api/v1/regions', {
      code: '830000',
      name: 'x',
      level: 'province',
      parentCode: null,
    });
    expect(root.statusCode).toBe(403);
  });

  it('lets only admins write', async () => {
    const officer = await makeAccount(t, {
      roles: ['town_officer'],
      scope: { kind: 'region', regionCode: tree.county.code },
    });
    const res = await officer.patch(`/api/v1/regions/${tree.towns[0].code}`, { name: '改名' });
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('AUTH.FORBIDDEN');
  });

  it('renames a region and marks a development zone; out of scope is 404', async () => {
    const admin = await countyAdmin();
    const res = await admin.patch(`/api/v1/regions/${tree.towns[1].code}`, { name: '更名镇', isDevelopmentZone: true });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ name: '更名镇', isDevelopmentZone: true });
    expect((await admin.patch(`/api/v1/regions/${other.towns[1].code}`, { name: 'x' })).statusCode).toBe(404);
    const bad = await admin.patch(`/api/v1/regions/${tree.towns[1].code}`, { name: 'x'.repeat(65) });
    expect(bad.json().details[0]).toMatchObject({ path: 'name', message: '名称最多 64 个字符。' });
  });
});
