import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { makeAccount, makeTree, testApp, uniqueNumber } from '../../../test/harness';
import { auditLog } from '../audit/schema';
import { accounts } from './schema';

const t = await testApp();
const db = t.database.db;

async function setup() {
  const [tree, other] = [await makeTree(t), await makeTree(t)];
  const admin = await makeAccount(t, { roles: ['admin'], scope: { kind: 'region', regionCode: tree.county.code } });
  const town = await makeAccount(t, {
    roles: ['town_officer'],
    scope: { kind: 'region', regionCode: tree.towns[0].code },
  });
  const outside = await makeAccount(t, {
    roles: ['town_officer'],
    scope: { kind: 'region', regionCode: other.towns[0].code },
  });
  return { tree, other, admin, town, outside };
}

const rowOf = async (id: string) => (await db.select().from(accounts).where(eq(accounts.id, id)))[0]!;
const newMobile = async () => `138${String(await uniqueNumber(t)).padStart(8, '0')}`;

describe('PATCH /accounts/:id', () => {
  it('changes name, mobile, roles and scope in one audited write', async () => {
    const { tree, admin, town } = await setup();
    const mobile = await newMobile();
    const res = await admin.patch(`/api/v1/accounts/${town.id}`, {
      displayName: '新名字',
      mobile,
      roles: ['town_officer', 'leader'],
      scope: { kind: 'grids', gridCodes: [tree.grids[0].code] },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      displayName: '新名字',
      mobile,
      roles: ['town_officer', 'leader'],
      scope: { kind: 'grids', grids: [{ code: tree.grids[0].code, name: tree.grids[0].name }] },
    });
    const row = await rowOf(town.id);
    expect(row).toMatchObject({ scopeKind: 'grids', scopeRegionCode: null, scopeGridCodes: [tree.grids[0].code] });
    expect(row.scopePath.endsWith(`/${tree.villages[0].code}/`)).toBe(true);
    const [entry] = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'account.update'), eq(auditLog.entityId, town.id)));
    expect(entry!.actorId).toBe(admin.id);
    expect(entry!.diff).toMatchObject({ displayName: { to: '新名字' }, scopeKind: { from: 'region', to: 'grids' } });
    // The changed scope applies at the next request of that account.
    expect((await town.get('/api/v1/auth/session')).json().account.scope.kind).toBe('grids');
  });

  it('refuses a scope outside the admin scope with 403 and keeps the account as it was', async () => {
    const { other, admin, town } = await setup();
    const res = await admin.patch(`/api/v1/accounts/${town.id}`, {
      displayName: '不应保存',
      scope: { kind: 'region', regionCode: other.county.code },
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('SCOPE.OUT_OF_SCOPE');
    const row = await rowOf(town.id);
    expect(row.displayName).not.toBe('不应保存');
    expect(row.scopeRegionCode).not.toBe(other.county.code);
  });

  it('answers 404 for an account outside the scope and changes nothing', async () => {
    const { admin, outside } = await setup();
    const res = await admin.patch(`/api/v1/accounts/${outside.id}`, { displayName: '越权修改' });
    expect(res.statusCode).toBe(404);
    expect((await rowOf(outside.id)).displayName).not.toBe('越权修改');
  });

  it('answers bad input with field details and a taken mobile with 409', async () => {
    const { admin, town, outside } = await setup();
    const bad = await admin.patch(`/api/v1/accounts/${town.id}`, { mobile: '12345', roles: [], username: 'x' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().details).toEqual(
      expect.arrayContaining([
        { path: 'mobile', code: 'VALIDATION.INVALID_FORMAT', message: '手机号格式不正确。' },
        { path: 'roles', code: 'VALIDATION.REQUIRED', message: '角色为必填项。' },
        { path: 'username', code: 'VALIDATION.UNKNOWN_FIELD', message: '不支持的字段 账号名。' },
      ]),
    );
    const taken = await newMobile();
    await db.update(accounts).set({ mobile: taken }).where(eq(accounts.id, outside.id));
    admin.locale = 'en';
    const dup = await admin.patch(`/api/v1/accounts/${town.id}`, { displayName: '重复手机', mobile: taken });
    expect(dup.statusCode).toBe(409);
    expect(dup.json()).toMatchObject({ code: 'CONFLICT.DUPLICATE', message: 'Mobile already exists.' });
    const row = await rowOf(town.id);
    expect(row.mobile).toBeNull();
    expect(row.displayName).not.toBe('重复手机');
  });

  it('is for admins only', async () => {
    const { town } = await setup();
    const res = await town.patch(`/api/v1/accounts/${town.id}`, { roles: ['admin'] });
    expect(res.statusCode).toBe(403);
    expect((await rowOf(town.id)).roles).toEqual(['town_officer']);
  });
});
