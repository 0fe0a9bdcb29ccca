import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeAccount, makeTree, type TestApp, type Tree, testApp } from '../../../test/harness';
import { auditLog } from '../audit/schema';
import { departmentSectors, departments } from './schema';

let t: TestApp;
let tree: Tree;
let other: Tree;
type Client = Awaited<ReturnType<typeof makeAccount>>;
let admin: Client;
let office: Client;
let emergency: { id: string };

const regionScope = (regionCode: string) => ({ kind: 'region' as const, regionCode });
const byName = async (regionCode: string, name: string) =>
  (
    await t.database.db
      .select()
      .from(departments)
      .where(and(eq(departments.regionCode, regionCode), eq(departments.name, name)))
  )[0];
const dutiesOf = async (id: string) =>
  (await t.database.db.select().from(departmentSectors).where(eq(departmentSectors.departmentId, id)))
    .map((d) => d.sectorCode)
    .sort();

beforeAll(async () => {
  t = await testApp();
  tree = await makeTree(t);
  other = await makeTree(t);
  admin = await makeAccount(t, { roles: ['admin'], scope: regionScope(tree.county.code) });
  office = await makeAccount(t, { roles: ['safety_office'], scope: regionScope(tree.county.code) });
  const res = await admin.post('/api/v1/departments', {
    name: '应急管理局',
    regionCode: tree.county.code,
    sectorCodes: ['fireworks', 'hazardous_chemicals'],
  });
  emergency = res.json();
});

describe('POST /departments', () => {
  it('creates a department with its duty set, in catalogue order, with an audit entry', async () => {
    const res = await office.post('/api/v1/departments', {
      name: '安委办',
      regionCode: tree.towns[0].code,
      kind: 'safety_committee_office',
      sectorCodes: ['urban_gas', 'coal_mine', 'coal_mine'],
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toEqual({
      id: expect.any(String),
      name: '安委办',
      regionCode: tree.towns[0].code,
      regionName: tree.towns[0].name,
      kind: 'safety_committee_office',
      sectorCodes: ['coal_mine', 'urban_gas'],
    });
    const audit = await t.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'department.create'), eq(auditLog.entityId, res.json().id)));
    expect(audit.map((a) => a.actorId)).toEqual([office.id]);
  });

  it('refuses a region outside scope (403) and other roles (403), writing nothing', async () => {
    const outside = await admin.post('/api/v1/departments', { name: '越界局', regionCode: other.county.code });
    expect(outside.statusCode).toBe(403);
    expect(outside.json().code).toBe('SCOPE.OUT_OF_SCOPE');
    expect(await byName(other.county.code, '越界局')).toBeUndefined();
    const inspector = await makeAccount(t, { roles: ['inspector'], scope: regionScope(tree.county.code) });
    const forbidden = await inspector.post('/api/v1/departments', { name: '越权局', regionCode: tree.county.code });
    expect(forbidden.statusCode).toBe(403);
    expect(await byName(tree.county.code, '越权局')).toBeUndefined();
  });

  it('names each unknown sector code and an unknown region, in English on request, writing nothing', async () => {
    admin.locale = 'en';
    const res = await admin.post('/api/v1/departments', {
      name: '住建局',
      regionCode: tree.county.code,
      sectorCodes: ['construction', 'no_such_sector', 'urban_gas', 'nor_this'],
    });
    admin.locale = 'zh-CN';
    expect(res.statusCode).toBe(400);
    expect(res.json().details).toEqual([
      {
        path: 'sectorCodes.1',
        code: 'VALIDATION.UNKNOWN_REFERENCE',
        message: 'Sectors refers to a record that does not exist.',
      },
      {
        path: 'sectorCodes.3',
        code: 'VALIDATION.UNKNOWN_REFERENCE',
        message: 'Sectors refers to a record that does not exist.',
      },
    ]);
    expect(await byName(tree.county.code, '住建局')).toBeUndefined();
    const region = await admin.post('/api/v1/departments', { name: '住建局', regionCode: '999999' });
    expect(region.json().details).toEqual([
      { path: 'regionCode', code: 'VALIDATION.UNKNOWN_REFERENCE', message: '所属区划引用的记录不存在。' },
    ]);
    const shape = await admin.post('/api/v1/departments', {
      name: '',
      regionCode: 'x',
      kind: 'bureau',
      sectorCodes: ['Bad'],
    });
    expect(shape.json().details.map((d: { path: string }) => d.path)).toEqual([
      'name',
      'regionCode',
      'kind',
      'sectorCodes.0',
    ]);
  });

  it('answers 409 for a name already used in the region', async () => {
    const res = await admin.post('/api/v1/departments', { name: '应急管理局', regionCode: tree.county.code });
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe('CONFLICT.DUPLICATE');
  });
});

describe('GET /departments', () => {
  it('lists departments in scope with filters by region subtree, sector and name', async () => {
    const all = await office.get(`/api/v1/departments?regionCode=${tree.county.code}`);
    expect(all.statusCode).toBe(200);
    expect(all.json().items.map((d: { name: string }) => d.name)).toEqual(['应急管理局', '安委办']);
    const town = await office.get(`/api/v1/departments?regionCode=${tree.towns[0].code}`);
    expect(town.json().items.map((d: { name: string }) => d.name)).toEqual(['安委办']);
    const sector = await office.get(`/api/v1/departments?regionCode=${tree.county.code}&sectorCode=fireworks`);
    expect(sector.json()).toMatchObject({
      total: 1,
      items: [{ id: emergency.id, sectorCodes: ['hazardous_chemicals', 'fireworks'] }],
    });
    const q = await office.get(`/api/v1/departments?q=${encodeURIComponent('应急')}&sort=-name`);
    expect(q.json().items.map((d: { id: string }) => d.id)).toEqual([emergency.id]);
  });

  it('shows nothing outside scope, and nothing to accounts without a region scope', async () => {
    const otherAdmin = await makeAccount(t, { roles: ['admin'], scope: regionScope(other.county.code) });
    expect((await otherAdmin.get(`/api/v1/departments?regionCode=${tree.county.code}`)).json().total).toBe(0);
    const worker = await makeAccount(t, {
      roles: ['grid_worker'],
      scope: { kind: 'grids', gridCodes: [tree.grids[0].code] },
    });
    expect((await worker.get('/api/v1/departments')).json().total).toBe(0);
    expect((await admin.get('/api/v1/departments?sectorCode=Bad')).statusCode).toBe(400);
  });
});

describe('GET /departments/:id', () => {
  it('answers a department in scope, 404 outside it and 400 for a malformed id', async () => {
    const res = await admin.get(`/api/v1/departments/${emergency.id}`);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ name: '应急管理局', regionName: tree.county.name, kind: 'department' });
    const otherAdmin = await makeAccount(t, { roles: ['admin'], scope: regionScope(other.county.code) });
    expect((await otherAdmin.get(`/api/v1/departments/${emergency.id}`)).statusCode).toBe(404);
    expect((await admin.get('/api/v1/departments/not-a-uuid')).statusCode).toBe(400);
  });
});

describe('PATCH /departments/:id', () => {
  it('renames and replaces the duty set, auditing before and after', async () => {
    const created = (
      await admin.post('/api/v1/departments', {
        name: '交通局',
        regionCode: tree.county.code,
        sectorCodes: ['road_transport'],
      })
    ).json();
    const res = await office.patch(`/api/v1/departments/${created.id}`, {
      name: '交通运输局',
      sectorCodes: ['waterway_transport', 'road_transport', 'school_bus'],
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      name: '交通运输局',
      sectorCodes: ['road_transport', 'waterway_transport', 'school_bus'],
    });
    const cleared = await office.patch(`/api/v1/departments/${created.id}`, { sectorCodes: [] });
    expect(cleared.json()).toMatchObject({ name: '交通运输局', sectorCodes: [] });
    const audit = await t.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'department.update'), eq(auditLog.entityId, created.id)));
    expect(audit).toHaveLength(2);
  });

  it('answers 404 outside scope, 403 for other roles and 400 for unknown sectors, changing nothing', async () => {
    const otherAdmin = await makeAccount(t, { roles: ['admin'], scope: regionScope(other.county.code) });
    expect((await otherAdmin.patch(`/api/v1/departments/${emergency.id}`, { name: '越界' })).statusCode).toBe(404);
    const leader = await makeAccount(t, { roles: ['leader'], scope: regionScope(tree.county.code) });
    expect((await leader.patch(`/api/v1/departments/${emergency.id}`, { name: '越权' })).statusCode).toBe(403);
    const bad = await admin.patch(`/api/v1/departments/${emergency.id}`, { name: '改名', sectorCodes: ['no_such'] });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().details).toEqual([
      expect.objectContaining({ path: 'sectorCodes.0', code: 'VALIDATION.UNKNOWN_REFERENCE' }),
    ]);
    expect(await byName(tree.county.code, '应急管理局')).toBeDefined();
    expect(await dutiesOf(emergency.id)).toEqual(['fireworks', 'hazardous_chemicals']);
  });
});
