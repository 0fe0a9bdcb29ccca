import { and, eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { ApiClient } from '../../../test/api-client';
import { makeAccount, makeEnterprise, makeTree, TEST_PASSWORD, testApp, uniqueNumber } from '../../../test/harness';
import { auditLog } from '../audit/schema';
import { accounts } from './schema';

const t = await testApp();
const db = t.database.db;

/** A county admin in a fresh tree, plus a second tree that lies outside its scope. */
async function setup() {
  const [tree, other] = [await makeTree(t), await makeTree(t)];
  const admin = await makeAccount(t, { roles: ['admin'], scope: { kind: 'region', regionCode: tree.county.code } });
  return { tree, other, admin };
}

async function newUser(prefix = 'acct') {
  const n = await uniqueNumber(t);
  return { username: `${prefix}${n}`, mobile: `139${String(n).padStart(8, '0')}` };
}

const countByName = async (username: string) =>
  (
    await db
      .select()
      .from(accounts)
      .where(eq(sql`lower(${accounts.username})`, username.toLowerCase()))
  ).length;

describe('POST /accounts', () => {
  it('creates an account in scope, audits it without the password hash, and it can sign in', async () => {
    const { tree, admin } = await setup();
    const { username, mobile } = await newUser();
    const body = {
      username,
      displayName: '张三',
      mobile,
      roles: ['town_officer'],
      scope: { kind: 'region', regionCode: tree.towns[0].code, sectorCodes: ['hazardous_chemicals'] },
      password: 'Strong#Pass1',
    };
    const res = await admin.post('/api/v1/accounts', body);
    expect(res.statusCode).toBe(201);
    const account = res.json();
    expect(account).toMatchObject({ username, displayName: '张三', mobile, roles: ['town_officer'], status: 'active' });
    expect(account.scope).toEqual({
      kind: 'region',
      regionCode: tree.towns[0].code,
      regionName: tree.towns[0].name,
      sectorCodes: ['hazardous_chemicals'],
    });
    expect(JSON.stringify(account)).not.toMatch(/password/i);
    const [row] = await db.select().from(accounts).where(eq(accounts.id, account.id));
    expect(row!.scopePath).toBe(`/${tree.province.code}/${tree.city.code}/${tree.county.code}/${tree.towns[0].code}/`);
    expect(row!.passwordHash).toMatch(/^\$argon2id\$/);
    const audit = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entity, 'account'), eq(auditLog.entityId, account.id)));
    expect(audit.map((a) => a.action)).toEqual(['account.create']);
    expect(audit[0]!.actorId).toBe(admin.id);
    expect(JSON.stringify(audit[0]!.diff)).not.toMatch(/passwordHash|argon2/);
    expect((await admin.get(`/api/v1/accounts/${account.id}`)).json()).toEqual(account);
    await new ApiClient(t.app).signIn(mobile, 'Strong#Pass1');
  });

  it('anchors a grids scope at the first grid village and an enterprise scope at its region', async () => {
    const { tree, admin } = await setup();
    const grid = await newUser('grid');
    const res = await admin.post('/api/v1/accounts', {
      ...{ username: grid.username, displayName: '网格员', roles: ['grid_worker'], password: TEST_PASSWORD },
      scope: { kind: 'grids', gridCodes: [tree.grids[1].code, tree.grids[0].code] },
    });
    expect(res.statusCode).toBe(201);
    expect(
      res
        .json()
        .scope.grids.map((g: { code: string }) => g.code)
        .sort(),
    ).toEqual([tree.grids[0].code, tree.grids[1].code].sort());
    const [gridRow] = await db.select().from(accounts).where(eq(accounts.id, res.json().id));
    expect(gridRow!.scopePath).toBe(
      `/${tree.province.code}/${tree.city.code}/${tree.county.code}/${tree.towns[1].code}/${tree.villages[1].code}/`,
    );

    const enterprise = await makeEnterprise(t, { regionCode: tree.villages[0].code });
    const ent = await newUser('ent');
    const res2 = await admin.post('/api/v1/accounts', {
      ...{ username: ent.username, displayName: '企业用户', roles: ['enterprise_user'], password: TEST_PASSWORD },
      scope: { kind: 'enterprise', enterpriseId: enterprise.id },
    });
    expect(res2.statusCode).toBe(201);
    expect(res2.json().scope).toMatchObject({ kind: 'enterprise', enterpriseId: enterprise.id });
    const [entRow] = await db.select().from(accounts).where(eq(accounts.id, res2.json().id));
    expect(entRow!.scopePath).toBe(enterprise.regionPath);
  });

  it('refuses a scope outside the admin scope with 403 and writes nothing', async () => {
    const { tree, other, admin } = await setup();
    const attempts = [
      { kind: 'region', regionCode: other.county.code },
      { kind: 'region', regionCode: tree.city.code },
      { kind: 'grids', gridCodes: [tree.grids[0].code, other.grids[0].code] },
    ];
    for (const scope of attempts) {
      const { username } = await newUser();
      const res = await admin.post('/api/v1/accounts', {
        ...{ username, displayName: '越权', roles: ['inspector'], password: TEST_PASSWORD },
        scope,
      });
      expect(res.statusCode).toBe(403);
      expect(res.json().code).toBe('SCOPE.OUT_OF_SCOPE');
      expect(await countByName(username)).toBe(0);
    }
  });

  it('answers bad input with field details in zh-CN or English and writes nothing', async () => {
    const { tree, admin } = await setup();
    const { username } = await newUser();
    const base = {
      username,
      displayName: '李四',
      roles: ['inspector'],
      scope: { kind: 'region', regionCode: tree.county.code },
    };

    const shape = await admin.post('/api/v1/accounts', { ...base, username: '9x', displayName: '', password: 'x' });
    expect(shape.statusCode).toBe(400);
    expect(shape.json().code).toBe('REQUEST.VALIDATION');
    expect(shape.json().details).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ path: 'username', code: 'VALIDATION.INVALID_FORMAT', message: '账号名格式不正确。' }),
        expect.objectContaining({ path: 'displayName', code: 'VALIDATION.REQUIRED' }),
      ]),
    );

    const short = await admin.post('/api/v1/accounts', { ...base, password: 'Ab#4567' });
    expect(short.statusCode).toBe(400);
    expect(short.json().details).toEqual([
      { path: 'password', code: 'PASSWORD.TOO_SHORT', message: '密码至少 8 位。' },
    ]);

    const unknown = await admin.post('/api/v1/accounts', {
      ...base,
      password: TEST_PASSWORD,
      scope: { kind: 'region', regionCode: tree.county.code, sectorCodes: ['no_such_sector'] },
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().details[0]).toMatchObject({
      path: 'scope.sectorCodes',
      code: 'VALIDATION.UNKNOWN_REFERENCE',
    });

    admin.locale = 'en';
    const classes = await admin.post('/api/v1/accounts', { ...base, password: 'abcdefgh12' });
    expect(classes.json()).toMatchObject({ code: 'REQUEST.VALIDATION', message: 'The request has invalid fields.' });
    expect(classes.json().details).toEqual([
      {
        path: 'password',
        code: 'PASSWORD.TOO_FEW_CLASSES',
        message: 'The password needs at least 3 of: upper case, lower case, digits, symbols.',
      },
    ]);
    const region = await admin.post('/api/v1/accounts', {
      ...base,
      password: TEST_PASSWORD,
      scope: { kind: 'region', regionCode: '990000' },
    });
    expect(region.json().details).toEqual([
      {
        path: 'scope.regionCode',
        code: 'VALIDATION.UNKNOWN_REFERENCE',
        message: 'Region refers to a record that does not exist.',
      },
    ]);
    expect(await countByName(username)).toBe(0);
  });

  it('answers a duplicate account name (any case) or mobile with 409 naming the field', async () => {
    const { tree, admin } = await setup();
    const first = await newUser();
    const body = {
      ...{ username: first.username, displayName: '王五', mobile: first.mobile, roles: ['inspector'] },
      ...{ scope: { kind: 'region', regionCode: tree.county.code }, password: TEST_PASSWORD },
    };
    expect((await admin.post('/api/v1/accounts', body)).statusCode).toBe(201);
    const byName = await admin.post('/api/v1/accounts', {
      ...body,
      username: first.username.toUpperCase(),
      mobile: null,
    });
    expect(byName.statusCode).toBe(409);
    expect(byName.json()).toMatchObject({
      code: 'CONFLICT.DUPLICATE',
      message: '账号名已存在。',
      details: { field: 'username' },
    });
    const second = await newUser();
    const byMobile = await admin.post('/api/v1/accounts', { ...body, username: second.username });
    expect(byMobile.statusCode).toBe(409);
    expect(byMobile.json()).toMatchObject({
      code: 'CONFLICT.DUPLICATE',
      message: '手机号已存在。',
      details: { field: 'mobile' },
    });
    expect(await countByName(second.username)).toBe(0);
  });

  it('is for admins only', async () => {
    const { tree } = await setup();
    const officer = await makeAccount(t, {
      roles: ['town_officer'],
      scope: { kind: 'region', regionCode: tree.county.code },
    });
    const { username } = await newUser();
    const res = await officer.post('/api/v1/accounts', {
      ...{ username, displayName: '赵六', roles: ['admin'], password: TEST_PASSWORD },
      scope: { kind: 'region', regionCode: tree.county.code },
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('AUTH.FORBIDDEN');
    expect(await countByName(username)).toBe(0);
    expect((await officer.get('/api/v1/accounts')).statusCode).toBe(403);
    expect((await officer.get(`/api/v1/accounts/${officer.id}`)).statusCode).toBe(403);
  });
});
