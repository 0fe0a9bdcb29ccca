import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeAccount, makeTree, type TestApp, type Tree, testApp, uniqueNumber } from '../../../test/harness';
import { auditLog } from '../audit/schema';
import { grids } from '../regions/schema';

let t: TestApp;
let tree: Tree;
let other: Tree;
type Client = Awaited<ReturnType<typeof makeAccount>>;
let admin: Client;

const countyAdmin = (tr: Tree) =>
  makeAccount(t, { roles: ['admin'], scope: { kind: 'region', regionCode: tr.county.code } });
const gridRow = async (code: string) => (await t.database.db.select().from(grids).where(eq(grids.code, code)))[0];

beforeAll(async () => {
  t = await testApp();
  tree = await makeTree(t);
  other = await makeTree(t);
  admin = await countyAdmin(tree);
});

describe('GET /grids', () => {
  it('lists the grids in scope, below a region and matching q', async () => {
    const all = await admin.get(`/api/v1/grids?regionCode=${tree.county.code}`);
    expect(all.statusCode).toBe(200);
    expect(all.json()).toMatchObject({ total: 2, page: 1, pageSize: 20 });
    expect(all.json().items).toEqual([
      {
        code: tree.grids[0].code,
        name: tree.grids[0].name,
        villageCode: tree.villages[0].code,
        villageName: tree.villages[0].name,
      },
      {
        code: tree.grids[1].code,
        name: tree.grids[1].name,
        villageCode: tree.villages[1].code,
        villageName: tree.villages[1].name,
      },
    ]);
    const town = await admin.get(`/api/v1/grids?regionCode=${tree.towns[1].code}`);
    expect(town.json().items.map((g: { code: string }) => g.code)).toEqual([tree.grids[1].code]);
    const found = await admin.get(`/api/v1/grids?q=${encodeURIComponent(tree.grids[0].name)}`);
    expect(found.json().items.map((g: { code: string }) => g.code)).toEqual([tree.grids[0].code]);
  });

  it('keeps a grid worker to their own grids even when filtering by a wider region', async () => {
    const worker = await makeAccount(t, {
      roles: ['grid_worker'],
      scope: { kind: 'grids', gridCodes: [tree.grids[0].code] },
    });
    const res = await worker.get(`/api/v1/grids?regionCode=${tree.county.code}`);
    expect(res.statusCode).toBe(200);
    expect(res.json().items.map((g: { code: string }) => g.code)).toEqual([tree.grids[0].code]);
  });

  it('shows nothing of another subtree', async () => {
    const res = await admin.get(`/api/v1/grids?regionCode=${other.county.code}`);
    expect(res.json()).toMatchObject({ items: [], total: 0 });
  });

  it('refuses unknown query parameters', async () => {
    const res = await admin.get('/api/v1/grids?region=1');
    expect(res.statusCode).toBe(400);
    expect(res.json().details).toEqual([
      expect.objectContaining({ path: 'query.region', code: 'VALIDATION.UNKNOWN_FIELD' }),
    ]);
  });
});

describe('GET /grids/:code', () => {
  it('answers a grid in scope and 404 for one outside', async () => {
    const res = await admin.get(`/api/v1/grids/${tree.grids[1].code}`);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ code: tree.grids[1].code, villageName: tree.villages[1].name });
    expect((await admin.get(`/api/v1/grids/${other.grids[0].code}`)).statusCode).toBe(404);
  });
});

describe('POST /grids', () => {
  it('creates a grid in a village in scope, with an audit entry', async () => {
    const code = `G${await uniqueNumber(t)}`;
    const officer = await makeAccount(t, {
      roles: ['town_officer'],
      scope: { kind: 'region', regionCode: tree.towns[0].code },
    });
    const res = await officer.post('/api/v1/grids', {
      code,
      name: '甲社区第2网格',
      villageCode: tree.villages[0].code,
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toEqual({
      code,
      name: '甲社区第2网格',
      villageCode: tree.villages[0].code,
      villageName: tree.villages[0].name,
    });
    expect((await officer.get(`/api/v1/grids/${code}`)).statusCode).toBe(200);
    const audit = await t.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entity, 'grid'), eq(auditLog.entityId, code)));
    expect(audit.map((a) => [a.action, a.actorId])).toEqual([['grid.create', officer.id]]);
  });

  it('refuses a village outside scope with 403 and writes nothing', async () => {
    const code = `G${await uniqueNumber(t)}`;
    const officer = await makeAccount(t, {
      roles: ['town_officer'],
      scope: { kind: 'region', regionCode: tree.towns[0].code },
    });
    const res = await officer.post('/api/v1/grids', { code, name: '越界网格', villageCode: tree.villages[1].code });
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('SCOPE.OUT_OF_SCOPE');
    expect(await gridRow(code)).toBeUndefined();
  });

  it('refuses roles other than admin and town_officer', async () => {
    const code = `G${await uniqueNumber(t)}`;
    const inspector = await makeAccount(t, {
      roles: ['inspector'],
      scope: { kind: 'region', regionCode: tree.county.code },
    });
    const res = await inspector.post('/api/v1/grids', { code, name: '网格', villageCode: tree.villages[0].code });
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('AUTH.FORBIDDEN');
    expect(await gridRow(code)).toBeUndefined();
  });

  it('requires a village-level region, explained in English on request', async () => {
    const code = `G${await uniqueNumber(t)}`;
    admin.locale = 'en';
    const res = await admin.post('/api/v1/grids', { code, name: '街道网格', villageCode: tree.towns[0].code });
    admin.locale = 'zh-CN';
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ code: 'REQUEST.VALIDATION', message: 'The request has invalid fields.' });
    expect(res.json().details).toEqual([
      { path: 'villageCode', code: 'GRID.NOT_IN_VILLAGE', message: 'A grid must sit in a village-level region.' },
    ]);
    expect(await gridRow(code)).toBeUndefined();
  });

  it('reports field problems in Chinese and writes nothing', async () => {
    const res = await admin.post('/api/v1/grids', { code: 'bad code!', name: ' ', villageCode: tree.villages[0].code });
    expect(res.statusCode).toBe(400);
    expect(res.json().details).toEqual([
      { path: 'code', code: 'VALIDATION.INVALID_FORMAT', message: '代码格式不正确。' },
      { path: 'name', code: 'VALIDATION.REQUIRED', message: '名称为必填项。' },
    ]);
    const code = `G${await uniqueNumber(t)}`;
    const unknown = await admin.post('/api/v1/grids', { code, name: '网格', villageCode: '999999999999' });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().details).toEqual([
      expect.objectContaining({ path: 'villageCode', code: 'VALIDATION.UNKNOWN_REFERENCE' }),
    ]);
    expect(await gridRow(code)).toBeUndefined();
  });

  it('answers 409 for a code already taken', async () => {
    const res = await admin.post('/api/v1/grids', {
      code: tree.grids[0].code,
      name: '重复',
      villageCode: tree.villages[0].code,
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe('CONFLICT.DUPLICATE');
    expect((await gridRow(tree.grids[0].code))?.name).toBe(tree.grids[0].name);
  });
});

describe('PATCH /grids/:code', () => {
  it('renames a grid in scope with an audit entry', async () => {
    const res = await admin.patch(`/api/v1/grids/${tree.grids[1].code}`, { name: '乙村新网格' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ code: tree.grids[1].code, name: '乙村新网格' });
    const audit = await t.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'grid.update'), eq(auditLog.entityId, tree.grids[1].code)));
    expect(audit).toHaveLength(1);
  });

  it('answers 404 outside scope, 403 for other roles, 400 for a bad name — changing nothing', async () => {
    const code = other.grids[0].code;
    expect((await admin.patch(`/api/v1/grids/${code}`, { name: '越界' })).statusCode).toBe(404);
    const worker = await makeAccount(t, { roles: ['grid_worker'], scope: { kind: 'grids', gridCodes: [code] } });
    expect((await worker.patch(`/api/v1/grids/${code}`, { name: '越权' })).statusCode).toBe(403);
    const otherAdmin = await countyAdmin(other);
    const bad = await otherAdmin.patch(`/api/v1/grids/${code}`, { name: '', villageCode: tree.villages[0].code });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().details.map((d: { path: string }) => d.path)).toEqual(['name', 'villageCode']);
    expect((await gridRow(code))?.name).toBe(other.grids[0].name);
  });
});
