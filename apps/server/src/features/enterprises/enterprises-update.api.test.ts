import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeAccount, makeEnterprise, makeTree, type TestApp, type Tree, testApp } from '../../../test/harness';
import { auditLog } from '../audit/schema';
import { enterprises } from './schema';

let t: TestApp;
let tree: Tree;
let other: Tree;
let admin: Awaited<ReturnType<typeof makeAccount>>;

const rowOf = async (id: string) => (await t.database.db.select().from(enterprises).where(eq(enterprises.id, id)))[0];
const mine = () => makeEnterprise(t, { regionCode: tree.towns[0].code, gridCode: tree.grids[0].code });

beforeAll(async () => {
  t = await testApp();
  tree = await makeTree(t);
  other = await makeTree(t);
  admin = await makeAccount(t, { roles: ['safety_office'], scope: { kind: 'region', regionCode: tree.county.code } });
});

describe('PATCH /enterprises/:id', () => {
  it('changes the given fields, keeps the rest, and audits before and after', async () => {
    const e = await mine();
    const res = await admin.patch(`/api/v1/enterprises/${e.id}`, {
      name: '改名后的有限公司',
      status: 'closed',
      tags: ['small_micro'],
      principalMobile: '13912345678',
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      id: e.id,
      uscc: e.uscc,
      name: '改名后的有限公司',
      status: 'closed',
      tags: ['small_micro'],
    });
    expect(res.json().gridCode).toBe(tree.grids[0].code);
    const [audit] = await t.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'enterprise.update'), eq(auditLog.entityId, e.id)));
    expect(audit?.actorId).toBe(admin.id);
    expect(audit?.diff).toMatchObject({
      name: { from: e.name, to: '改名后的有限公司' },
      status: { from: 'operating', to: 'closed' },
    });
  });

  it('moves an enterprise to another region in scope, re-deriving its region path', async () => {
    const e = await mine();
    const stale = await admin.patch(`/api/v1/enterprises/${e.id}`, { regionCode: tree.towns[1].code });
    expect(stale.statusCode).toBe(400);
    expect(stale.json().details).toEqual([
      { path: 'gridCode', code: 'ENTERPRISE.GRID_OUTSIDE_REGION', message: '网格不在所属区划范围内。' },
    ]);
    const res = await admin.patch(`/api/v1/enterprises/${e.id}`, {
      regionCode: tree.towns[1].code,
      gridCode: tree.grids[1].code,
    });
    expect(res.statusCode).toBe(200);
    expect((await rowOf(e.id))?.regionPath).toMatch(new RegExp(`/${tree.towns[1].code}/$`));
  });

  it('never changes the credit code, and reports bad fields without writing', async () => {
    const e = await mine();
    const res = await admin.patch(`/api/v1/enterprises/${e.id}`, { uscc: '91140500MA0000000X', name: '新名称' });
    expect(res.statusCode).toBe(400);
    expect(res.json().details).toEqual([
      { path: 'uscc', code: 'VALIDATION.UNKNOWN_FIELD', message: '不支持的字段 统一社会信用代码。' },
    ]);
    admin.locale = 'en';
    const bad = await admin.patch(`/api/v1/enterprises/${e.id}`, {
      safetyManagerMobile: '1234',
      sectorCodes: ['nope_sector'],
    });
    admin.locale = 'zh-CN';
    expect(bad.json().details).toEqual([
      {
        path: 'safetyManagerMobile',
        code: 'VALIDATION.INVALID_FORMAT',
        message: "Safety manager's mobile has an invalid format.",
      },
    ]);
    const unknown = await admin.patch(`/api/v1/enterprises/${e.id}`, { sectorCodes: ['nope_sector'] });
    expect(unknown.json().details).toEqual([
      { path: 'sectorCodes.0', code: 'VALIDATION.UNKNOWN_REFERENCE', message: '行业领域引用的记录不存在。' },
    ]);
    const row = await rowOf(e.id);
    expect([row?.uscc, row?.name, row?.sectorCodes]).toEqual([e.uscc, e.name, e.sectorCodes]);
  });

  it('answers 404 outside scope and 403 when moving out of scope, changing nothing', async () => {
    const theirs = await makeEnterprise(t, { regionCode: other.towns[0].code });
    expect((await admin.patch(`/api/v1/enterprises/${theirs.id}`, { name: '越界' })).statusCode).toBe(404);
    const e = await mine();
    const res = await admin.patch(`/api/v1/enterprises/${e.id}`, { regionCode: other.towns[0].code, gridCode: null });
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('SCOPE.OUT_OF_SCOPE');
    expect((await rowOf(e.id))?.regionCode).toBe(tree.towns[0].code);
  });

  it('lets an enterprise user change its own enterprise only; other roles get 403', async () => {
    const e = await mine();
    const user = await makeAccount(t, {
      roles: ['enterprise_user'],
      scope: { kind: 'enterprise', enterpriseId: e.id },
    });
    const own = await user.patch(`/api/v1/enterprises/${e.id}`, { principalName: '赵六', employees: 35 });
    expect(own.statusCode).toBe(200);
    expect(own.json()).toMatchObject({ principalName: '赵六', employees: 35 });
    const neighbour = await mine();
    expect((await user.patch(`/api/v1/enterprises/${neighbour.id}`, { principalName: '越权' })).statusCode).toBe(404);
    const leader = await makeAccount(t, { roles: ['leader'], scope: { kind: 'region', regionCode: tree.county.code } });
    const res = await leader.patch(`/api/v1/enterprises/${e.id}`, { principalName: '领导' });
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('AUTH.FORBIDDEN');
    expect((await rowOf(e.id))?.principalName).toBe('赵六');
    expect((await rowOf(neighbour.id))?.principalName).toBeNull();
  });
});
