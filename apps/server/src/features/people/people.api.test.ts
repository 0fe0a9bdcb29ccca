import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  makeAccount,
  makeEnterprise,
  makeTree,
  systemWho,
  type TestApp,
  type Tree,
  testApp,
} from '../../../test/harness';
import { auditLog } from '../audit/schema';
import { insertDepartment } from '../departments/service';
import { people } from './schema';
import { insertPerson } from './service';

let t: TestApp;
let tree: Tree;
let other: Tree;
let officer: Awaited<ReturnType<typeof makeAccount>>;
let departmentId: string;
let otherDepartmentId: string;

const rowsNamed = (name: string) => t.database.db.select().from(people).where(eq(people.name, name));
const rowOf = async (id: string) => (await t.database.db.select().from(people).where(eq(people.id, id)))[0];
const seed = (name: string, regionCode: string, extra: { mobile?: string; enterpriseId?: string } = {}) =>
  t.database.db.transaction((tx) => insertPerson(tx, systemWho(), { name, regionCode, ...extra }, null));
const department = (tr: Tree) =>
  t.database.db.transaction(async (tx) => {
    const row = await insertDepartment(
      tx,
      systemWho(),
      { name: '应急管理局', regionCode: tr.county.code, kind: 'department', sectorCodes: [] },
      null,
    );
    return row.id as string;
  });

beforeAll(async () => {
  t = await testApp();
  tree = await makeTree(t);
  other = await makeTree(t);
  departmentId = await department(tree);
  otherDepartmentId = await department(other);
  officer = await makeAccount(t, { roles: ['town_officer'], scope: { kind: 'region', regionCode: tree.county.code } });
});

describe('GET /people', () => {
  it('lists people in scope by region subtree and name or mobile, and answers one by id', async () => {
    const a = await seed('钱七', tree.towns[0].code, { mobile: '13700000001' });
    const b = await seed('孙八', tree.villages[1].code, { mobile: '13600000002' });
    await seed('李外', other.towns[0].code);
    const ids = async (query: string) =>
      (await officer.get(`/api/v1/people?${query}`)).json().items.map((p: { id: string }) => p.id);
    const all = await officer.get('/api/v1/people?sort=mobile');
    expect(all.statusCode).toBe(200);
    expect(all.json()).toMatchObject({
      total: 2,
      items: [{ id: b.id, regionName: tree.villages[1].name }, { id: a.id }],
    });
    expect(await ids(`regionCode=${tree.towns[1].code}`)).toEqual([b.id]);
    expect(await ids(`q=${encodeURIComponent('钱')}`)).toEqual([a.id]);
    expect(await ids('q=1370')).toEqual([a.id]);
    const one = await officer.get(`/api/v1/people/${a.id}`);
    expect(one.json()).toEqual({
      id: a.id,
      name: '钱七',
      mobile: '13700000001',
      title: null,
      regionCode: tree.towns[0].code,
      regionName: tree.towns[0].name,
      departmentId: null,
      enterpriseId: null,
    });
  });

  it('answers 404 for a person outside scope and limits an enterprise user to its own people', async () => {
    const outsider = await seed('周外', other.county.code);
    expect((await officer.get(`/api/v1/people/${outsider.id}`)).statusCode).toBe(404);
    const firm = await makeEnterprise(t, { regionCode: tree.towns[0].code });
    const staff = await seed('吴员工', tree.towns[0].code, { enterpriseId: firm.id });
    const user = await makeAccount(t, {
      roles: ['enterprise_user'],
      scope: { kind: 'enterprise', enterpriseId: firm.id },
    });
    const res = await user.get('/api/v1/people');
    expect(res.json().items.map((p: { id: string }) => p.id)).toEqual([staff.id]);
  });
});

describe('POST /people', () => {
  it('registers a person in a department and an enterprise in scope, with an audit entry', async () => {
    const firm = await makeEnterprise(t, { regionCode: tree.towns[1].code });
    const res = await officer.post('/api/v1/people', {
      name: '郑九',
      mobile: '13800001234',
      title: '安全员',
      regionCode: tree.towns[1].code,
      departmentId,
      enterpriseId: firm.id,
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      name: '郑九',
      regionName: tree.towns[1].name,
      departmentId,
      enterpriseId: firm.id,
    });
    const audit = await t.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'person.create'), eq(auditLog.entityId, res.json().id)));
    expect(audit.map((a) => a.actorId)).toEqual([officer.id]);
  });

  it('refuses invisible references with 400, a region outside scope with 403, other roles with 403', async () => {
    const theirFirm = await makeEnterprise(t, { regionCode: other.towns[0].code });
    const refs = await officer.post('/api/v1/people', {
      name: '王越界',
      regionCode: tree.towns[0].code,
      departmentId: otherDepartmentId,
      enterpriseId: theirFirm.id,
    });
    expect(refs.statusCode).toBe(400);
    expect(refs.json().details).toEqual([
      { path: 'departmentId', code: 'VALIDATION.UNKNOWN_REFERENCE', message: '部门引用的记录不存在。' },
      { path: 'enterpriseId', code: 'VALIDATION.UNKNOWN_REFERENCE', message: '企业引用的记录不存在。' },
    ]);
    const outside = await officer.post('/api/v1/people', { name: '王越界', regionCode: other.towns[0].code });
    expect(outside.statusCode).toBe(403);
    expect(outside.json().code).toBe('SCOPE.OUT_OF_SCOPE');
    const inspector = await makeAccount(t, {
      roles: ['inspector'],
      scope: { kind: 'region', regionCode: tree.county.code },
    });
    const role = await inspector.post('/api/v1/people', { name: '王越界', regionCode: tree.towns[0].code });
    expect(role.statusCode).toBe(403);
    expect(role.json().code).toBe('AUTH.FORBIDDEN');
    expect(await rowsNamed('王越界')).toEqual([]);
  });

  it('reports bad fields in Chinese and English and writes nothing', async () => {
    const zh = await officer.post('/api/v1/people', { name: '', mobile: '10086', regionCode: '12' });
    expect(zh.statusCode).toBe(400);
    expect(zh.json().details).toEqual([
      { path: 'name', code: 'VALIDATION.REQUIRED', message: '名称为必填项。' },
      { path: 'mobile', code: 'VALIDATION.INVALID_FORMAT', message: '手机号格式不正确。' },
      { path: 'regionCode', code: 'VALIDATION.INVALID_FORMAT', message: '所属区划格式不正确。' },
    ]);
    officer.locale = 'en';
    const en = await officer.post('/api/v1/people', { name: '冯无效', regionCode: '999999' });
    officer.locale = 'zh-CN';
    expect(en.json().details).toEqual([
      {
        path: 'regionCode',
        code: 'VALIDATION.UNKNOWN_REFERENCE',
        message: 'Region refers to a record that does not exist.',
      },
    ]);
    expect(await rowsNamed('冯无效')).toEqual([]);
  });
});

describe('PATCH /people/:id', () => {
  it('changes a person in scope with an audit entry', async () => {
    const p = await seed('陈十', tree.towns[0].code);
    const res = await officer.patch(`/api/v1/people/${p.id}`, { title: '站长', departmentId });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ name: '陈十', title: '站长', departmentId });
    const [audit] = await t.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'person.update'), eq(auditLog.entityId, p.id)));
    expect(audit?.diff).toMatchObject({ title: { from: null, to: '站长' } });
  });

  it('answers 404 outside scope, 403 moving out or for other roles, 400 for bad input — changing nothing', async () => {
    const theirs = await seed('褚外', other.towns[0].code);
    expect((await officer.patch(`/api/v1/people/${theirs.id}`, { title: '越界' })).statusCode).toBe(404);
    const p = await seed('卫一', tree.towns[0].code);
    expect((await officer.patch(`/api/v1/people/${p.id}`, { regionCode: other.towns[0].code })).statusCode).toBe(403);
    const worker = await makeAccount(t, {
      roles: ['grid_worker'],
      scope: { kind: 'grids', gridCodes: [tree.grids[0].code] },
    });
    expect((await worker.patch(`/api/v1/people/${p.id}`, { title: '越权' })).statusCode).toBe(403);
    const bad = await officer.patch(`/api/v1/people/${p.id}`, { mobile: 'abc', extra: 1 });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().details.map((d: { path: string }) => d.path)).toEqual(['mobile', 'extra']);
    const row = await rowOf(p.id);
    expect([row?.regionCode, row?.title, row?.mobile]).toEqual([tree.towns[0].code, null, null]);
  });
});
