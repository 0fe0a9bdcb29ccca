import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { ApiClient } from '../../../test/api-client';
import { makeTestDeps } from '../../../test/deps';
import { makeAccount, makeTree, TEST_PASSWORD, testApp, uniqueNumber } from '../../../test/harness';
import { buildApp } from '../../http/app';
import { apiTokens } from '../accounts/schema';

const t = await testApp();

const signIn = (login: string, password: string) =>
  t.app.inject({ method: 'POST', url: '/api/v1/auth/sign-in', payload: { login, password } });

async function setup(roles: ['admin'] | ['inspector'] = ['inspector']) {
  const tree = await makeTree(t);
  const mobile = `137${String(await uniqueNumber(t)).padStart(8, '0')}`;
  const user = await makeAccount(t, { roles, scope: { kind: 'region', regionCode: tree.county.code }, mobile });
  return { tree, user, mobile };
}

describe('POST /auth/sign-in', () => {
  it('signs in by account name or mobile and sets an httpOnly SameSite cookie', async () => {
    const { tree, user, mobile } = await setup();
    for (const login of [user.username.toUpperCase(), mobile]) {
      const res = await signIn(login, TEST_PASSWORD);
      expect(res.statusCode).toBe(200);
      expect(String(res.headers['set-cookie'])).toMatch(/^redline_session=[^;]+;.*HttpOnly.*SameSite=Lax/i);
      expect(res.json()).toMatchObject({
        account: { id: user.id, username: user.username, mobile, mustChangePassword: false },
        idleTimeoutMinutes: 30,
      });
      expect(res.json().account.scope).toMatchObject({ kind: 'region', regionCode: tree.county.code });
      expect(res.json().csrfToken).toMatch(/^[\w-]{20,}$/);
    }
  });

  it('answers a wrong password and an unknown account alike', async () => {
    const { user } = await setup();
    const wrong = await signIn(user.username, 'Wrong#Pass1');
    const unknown = await signIn(`nobody${await uniqueNumber(t)}`, 'Wrong#Pass1');
    for (const res of [wrong, unknown]) {
      expect(res.statusCode).toBe(401);
      expect(res.headers['set-cookie']).toBeUndefined();
    }
    const { requestId: _a, ...wrongBody } = wrong.json();
    const { requestId: _b, ...unknownBody } = unknown.json();
    expect(wrongBody).toEqual({ code: 'AUTH.INVALID_CREDENTIALS', message: '账号或密码错误。', details: null });
    expect(unknownBody).toEqual(wrongBody);
    const empty = await signIn('', '');
    expect(empty.statusCode).toBe(400);
    expect(
      empty
        .json()
        .details.map((d: { path: string }) => d.path)
        .sort(),
    ).toEqual(['login', 'password']);
  });
});

describe('sessions', () => {
  it('answers GET /auth/session for the session and 401 after sign-out', async () => {
    const { user } = await setup();
    const res = await user.get('/api/v1/auth/session');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ account: { id: user.id }, csrfToken: user.csrfToken, idleTimeoutMinutes: 30 });
    const out = await user.post('/api/v1/auth/sign-out');
    expect(out.statusCode).toBe(204);
    expect(String(out.headers['set-cookie'])).toMatch(/^redline_session=;/);
    const after = await user.get('/api/v1/auth/session');
    expect(after.statusCode).toBe(401);
    expect(after.json().code).toBe('AUTH.REQUIRED');
    expect((await new ApiClient(t.app).get('/api/v1/auth/session')).json().code).toBe('AUTH.REQUIRED');
  });

  it('refuses a cookie write without the CSRF token and writes nothing', async () => {
    const { user } = await setup();
    const csrf = user.csrfToken!;
    user.csrfToken = undefined;
    const res = await user.post('/api/v1/auth/tokens', { name: 'no-csrf' });
    expect(res.statusCode).toBe(403);
    expect(res.json()).toMatchObject({ code: 'AUTH.CSRF', message: '安全校验失败，请刷新页面后重试。' });
    const forged = await user.post('/api/v1/auth/tokens', { name: 'forged' }, { 'x-csrf-token': 'forged' });
    expect(forged.json().code).toBe('AUTH.CSRF');
    expect(await t.database.db.select().from(apiTokens).where(eq(apiTokens.accountId, user.id))).toEqual([]);
    user.csrfToken = csrf;
    expect((await user.post('/api/v1/auth/tokens', { name: 'with-csrf' })).statusCode).toBe(201);
  });
});

describe('POST /auth/change-password', () => {
  it('checks the current password and the policy, then ends the other sessions', async () => {
    const { user } = await setup();
    const other = new ApiClient(t.app);
    await other.signIn(user.username, TEST_PASSWORD);

    const wrong = await user.post('/api/v1/auth/change-password', {
      currentPassword: 'nope',
      newPassword: 'New#Pass2026',
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json()).toMatchObject({ code: 'AUTH.WRONG_PASSWORD', details: [{ path: 'currentPassword' }] });
    const weak = await user.post('/api/v1/auth/change-password', {
      currentPassword: TEST_PASSWORD,
      newPassword: 'short1A',
    });
    expect(weak.statusCode).toBe(400);
    expect(weak.json().details).toEqual([
      { path: 'newPassword', code: 'PASSWORD.TOO_SHORT', message: '密码至少 8 位。' },
    ]);
    expect((await other.get('/api/v1/auth/session')).statusCode).toBe(200);

    const ok = await user.post('/api/v1/auth/change-password', {
      currentPassword: TEST_PASSWORD,
      newPassword: 'New#Pass2026',
    });
    expect(ok.statusCode).toBe(204);
    expect((await user.get('/api/v1/auth/session')).statusCode).toBe(200);
    expect((await other.get('/api/v1/auth/session')).statusCode).toBe(401);
    expect((await signIn(user.username, TEST_PASSWORD)).statusCode).toBe(401);
    expect((await signIn(user.username, 'New#Pass2026')).statusCode).toBe(200);
  });
});

describe('API tokens', () => {
  it('act as the account with its scope, need no CSRF token, and stop at revocation', async () => {
    const { tree, user } = await setup(['admin']);
    const other = await makeTree(t);
    const created = await user.post('/api/v1/auth/tokens', { name: '对接系统' });
    expect(created.statusCode).toBe(201);
    const { id, token, prefix } = created.json();
    expect(token).toMatch(/^rl_/);
    expect(token.startsWith(prefix)).toBe(true);
    const listed = (await user.get('/api/v1/auth/tokens')).json();
    expect(listed).toEqual([expect.objectContaining({ id, name: '对接系统', revokedAt: null })]);
    expect(JSON.stringify(listed)).not.toContain(token);

    const bot = new ApiClient(t.app);
    bot.bearer = token;
    expect((await bot.get('/api/v1/auth/session')).json().account.id).toBe(user.id);
    expect((await bot.get(`/api/v1/regions/${tree.towns[0].code}`)).statusCode).toBe(200);
    expect((await bot.get(`/api/v1/regions/${other.county.code}`)).statusCode).toBe(404);
    const write = await bot.patch(`/api/v1/regions/${tree.towns[0].code}`, { name: `令牌改名${tree.county.code}` });
    expect(write.statusCode).toBe(200);

    expect((await user.delete(`/api/v1/auth/tokens/${id}`)).statusCode).toBe(204);
    const revoked = await bot.get('/api/v1/auth/session');
    expect(revoked.statusCode).toBe(401);
    expect(revoked.json().code).toBe('AUTH.REQUIRED');
    bot.bearer = 'rl_made-up';
    expect((await bot.get('/api/v1/auth/session')).statusCode).toBe(401);
  });

  it('refuses bad token input with field details in English', async () => {
    const { user } = await setup();
    user.locale = 'en';
    const res = await user.post('/api/v1/auth/tokens', { name: '', expiresAt: 'tomorrow' });
    expect(res.statusCode).toBe(400);
    expect(res.json().details).toEqual([
      { path: 'name', code: 'VALIDATION.REQUIRED', message: 'Name is required.' },
      { path: 'expiresAt', code: 'VALIDATION.INVALID_FORMAT', message: 'Expiry has an invalid format.' },
    ]);
    expect((await user.get('/api/v1/auth/tokens')).json()).toEqual([]);
  });
});

describe('idle timeout', () => {
  it('ends a session idle for 30 minutes, and activity keeps it alive', async () => {
    const { user } = await setup();
    let now = new Date();
    const app = await buildApp({
      deps: makeTestDeps(t.database.db, () => now),
      pool: t.database.pool,
      logger: false,
      webDir: null,
    });
    const minutes = (m: number) => {
      now = new Date(now.getTime() + m * 60_000);
    };
    try {
      const client = new ApiClient(app);
      await client.signIn(user.username, TEST_PASSWORD);
      minutes(29);
      expect((await client.get('/api/v1/auth/session')).statusCode).toBe(200);
      minutes(29);
      expect((await client.get('/api/v1/auth/session')).statusCode).toBe(200);
      minutes(31);
      const expired = await client.get('/api/v1/auth/session');
      expect(expired.statusCode).toBe(401);
      expect(expired.json()).toMatchObject({ code: 'AUTH.SESSION_EXPIRED', message: '会话已过期，请重新登录。' });

      const idle = new ApiClient(app);
      await idle.signIn(user.username, TEST_PASSWORD);
      minutes(31);
      expect((await idle.get('/api/v1/auth/session')).json().code).toBe('AUTH.SESSION_EXPIRED');
    } finally {
      await app.close();
    }
  });
});

describe('every response', () => {
  it('carries the security headers, and errors carry the request id', async () => {
    const { user } = await setup();
    const ok = await user.get('/api/v1/auth/session');
    const failed = await new ApiClient(t.app).get('/api/v1/accounts');
    for (const res of [ok, failed]) {
      expect(res.headers).toMatchObject({
        'x-content-type-options': 'nosniff',
        'x-frame-options': 'DENY',
        'referrer-policy': 'no-referrer',
        'cache-control': 'no-store',
      });
      expect(res.headers['content-security-policy']).toContain("frame-ancestors 'none'");
      expect(res.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    }
    expect(failed.statusCode).toBe(401);
    expect(failed.json()).toEqual({
      code: 'AUTH.REQUIRED',
      message: '请先登录。',
      details: null,
      requestId: failed.headers['x-request-id'],
    });
    const missing = await user.get('/api/v1/no-such-thing');
    expect(missing.statusCode).toBe(404);
    expect(missing.json()).toMatchObject({ code: 'ROUTE.NOT_FOUND', requestId: missing.headers['x-request-id'] });
  });
});
