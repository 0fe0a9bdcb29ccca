import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { ApiClient } from '../../../test/api-client';
import { makeAccount, makeTree, TEST_PASSWORD, testApp } from '../../../test/harness';
import { auditLog } from '../audit/schema';
import { accounts, sessions } from './schema';

const t = await testApp();
const db = t.database.db;

async function setup() {
  const [tree, other] = [await makeTree(t), await makeTree(t)];
  const admin = await makeAccount(t, { roles: ['admin'], scope: { kind: 'region', regionCode: tree.county.code } });
  const user = await makeAccount(t, {
    roles: ['inspector'],
    scope: { kind: 'region', regionCode: tree.towns[1].code },
  });
  const outside = await makeAccount(t, {
    roles: ['inspector'],
    scope: { kind: 'region', regionCode: other.county.code },
  });
  return { admin, user, outside };
}

const rowOf = async (id: string) => (await db.select().from(accounts).where(eq(accounts.id, id)))[0]!;
const signIn = (login: string, password: string) =>
  t.app.inject({ method: 'POST', url: '/api/v1/auth/sign-in', payload: { login, password } });
const actionsOn = async (id: string, actions: string[]) =>
  (
    await db
      .select({ action: auditLog.action, actorId: auditLog.actorId })
      .from(auditLog)
      .where(and(eq(auditLog.entityId, id), inArray(auditLog.action, actions)))
      .orderBy(asc(auditLog.id))
  ) // without an order the database may answer in any order
    .map((a) => a.action);

describe('POST /accounts/:id/lock and /unlock', () => {
  it('disables an account, ends its session and refuses its sign-in until unlocked', async () => {
    const { admin, user } = await setup();
    const res = await admin.post(`/api/v1/accounts/${user.id}/lock`);
    expect(res.statusCode).toBe(200);
    expect(res.json().status).toBe('disabled');
    const open = await db
      .select()
      .from(sessions)
      .where(and(eq(sessions.accountId, user.id), isNull(sessions.endedAt)));
    expect(open).toEqual([]);
    const stale = await user.get('/api/v1/auth/session');
    expect(stale.statusCode).toBe(401);
    expect(stale.json().code).toBe('AUTH.REQUIRED');
    const refused = await signIn(user.username, TEST_PASSWORD);
    expect(refused.statusCode).toBe(403);
    expect(refused.json().code).toBe('AUTH.ACCOUNT_DISABLED');

    const unlocked = await admin.post(`/api/v1/accounts/${user.id}/unlock`);
    expect(unlocked.statusCode).toBe(200);
    expect(unlocked.json().status).toBe('active');
    expect((await signIn(user.username, TEST_PASSWORD)).statusCode).toBe(200);
    expect(await actionsOn(user.id, ['account.lock', 'account.unlock'])).toEqual(['account.lock', 'account.unlock']);
  });

  it('does not let an admin lock themselves', async () => {
    const { admin } = await setup();
    const res = await admin.post(`/api/v1/accounts/${admin.id}/lock`);
    expect(res.statusCode).toBe(400);
    expect(res.json().details).toEqual([
      { path: 'params.id', code: 'ACCOUNT.CANNOT_LOCK_SELF', message: '不能锁定自己的账号。' },
    ]);
    admin.locale = 'en';
    expect((await admin.post(`/api/v1/accounts/${admin.id}/lock`)).json().details[0].message).toBe(
      'You cannot lock your own account.',
    );
    expect((await rowOf(admin.id)).status).toBe('active');
  });

  it('answers 404 outside the scope, 403 for other roles, and changes nothing', async () => {
    const { admin, user, outside } = await setup();
    expect((await admin.post(`/api/v1/accounts/${outside.id}/lock`)).statusCode).toBe(404);
    expect((await admin.post(`/api/v1/accounts/${outside.id}/unlock`)).statusCode).toBe(404);
    const forbidden = await user.post(`/api/v1/accounts/${admin.id}/lock`);
    expect(forbidden.statusCode).toBe(403);
    expect(forbidden.json().code).toBe('AUTH.FORBIDDEN');
    expect((await rowOf(outside.id)).status).toBe('active');
    expect((await rowOf(admin.id)).status).toBe('active');
    expect((await admin.post('/api/v1/accounts/123/unlock')).statusCode).toBe(400);
  });

  it('locks an account after 5 wrong passwords until an admin unlocks it', async () => {
    const { admin, user } = await setup();
    for (let i = 0; i < 5; i++) await signIn(user.username, 'Wrong#Pass1');
    const locked = await signIn(user.username, TEST_PASSWORD);
    expect(locked.statusCode).toBe(423);
    const { lockedUntil } = await rowOf(user.id);
    const until = lockedUntil!.toLocaleString('sv-SE', { timeZone: 'Asia/Shanghai', hour12: false }).slice(0, 16);
    expect(locked.json()).toMatchObject({
      code: 'AUTH.LOCKED',
      message: `登录失败次数过多，账号已锁定，请于 ${until} 后再试。`,
    });
    expect(lockedUntil!.getTime() - Date.now()).toBeGreaterThan(14 * 60_000);

    const unlocked = await admin.post(`/api/v1/accounts/${user.id}/unlock`);
    expect(unlocked.json().lockedUntil).toBeNull();
    expect(await rowOf(user.id)).toMatchObject({ failedCount: 0, lockedUntil: null });
    expect((await signIn(user.username, TEST_PASSWORD)).statusCode).toBe(200);
  });
});

describe('POST /accounts/:id/reset-password', () => {
  it('sets a new password that must be changed and ends the sessions of the account', async () => {
    const { admin, user } = await setup();
    const res = await admin.post(`/api/v1/accounts/${user.id}/reset-password`, { newPassword: 'Reset#Pass99' });
    expect(res.statusCode).toBe(204);
    expect((await user.get('/api/v1/auth/session')).statusCode).toBe(401);
    expect((await signIn(user.username, TEST_PASSWORD)).statusCode).toBe(401);
    const fresh = new ApiClient(t.app);
    const session = await fresh.signIn(user.username, 'Reset#Pass99');
    expect(session.json().account.mustChangePassword).toBe(true);
    const [entry] = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'account.reset_password'), eq(auditLog.entityId, user.id)));
    expect(entry!.actorId).toBe(admin.id);
    expect(JSON.stringify(entry!.diff)).not.toMatch(/passwordHash|argon2/);
  });

  it('checks the password policy and changes nothing when it fails', async () => {
    const { admin, user } = await setup();
    const short = await admin.post(`/api/v1/accounts/${user.id}/reset-password`, { newPassword: 'Ab#4567' });
    expect(short.statusCode).toBe(400);
    expect(short.json().details).toEqual([
      { path: 'newPassword', code: 'PASSWORD.TOO_SHORT', message: '密码至少 8 位。' },
    ]);
    const classes = await admin.post(`/api/v1/accounts/${user.id}/reset-password`, { newPassword: 'abcdefgh1' });
    expect(classes.json().details).toEqual([
      {
        path: 'newPassword',
        code: 'PASSWORD.TOO_FEW_CLASSES',
        message: '密码须包含大写字母、小写字母、数字、符号中的至少 3 类。',
      },
    ]);
    const missing = await admin.post(`/api/v1/accounts/${user.id}/reset-password`, {});
    expect(missing.json().details[0]).toMatchObject({ path: 'newPassword', code: 'VALIDATION.REQUIRED' });
    expect((await user.get('/api/v1/auth/session')).statusCode).toBe(200);
    expect((await rowOf(user.id)).mustChangePassword).toBe(false);
  });

  it('answers 404 outside the scope and 403 for other roles', async () => {
    const { admin, user, outside } = await setup();
    const body = { newPassword: 'Reset#Pass99' };
    expect((await admin.post(`/api/v1/accounts/${outside.id}/reset-password`, body)).statusCode).toBe(404);
    expect((await user.post(`/api/v1/accounts/${admin.id}/reset-password`, body)).statusCode).toBe(403);
    expect((await signIn(outside.username, TEST_PASSWORD)).statusCode).toBe(200);
    expect((await signIn(admin.username, TEST_PASSWORD)).statusCode).toBe(200);
  });
});
