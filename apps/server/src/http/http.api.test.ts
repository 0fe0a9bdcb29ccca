import { beforeAll, describe, expect, it } from 'vitest';
import { makeAccount, makeTree, type TestApp, testApp } from '../../test/harness';
import { ALL_ROUTES } from '../routes';

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
});

describe('health and readiness', () => {
  it('answers /healthz and /readyz with migrations current', async () => {
    expect((await t.app.inject({ url: '/healthz' })).json()).toEqual({ status: 'ok' });
    const ready = await t.app.inject({ url: '/readyz' });
    expect(ready.statusCode).toBe(200);
    expect(ready.json()).toMatchObject({ status: 'ready', migrations: expect.any(Number) });
  });
});

describe('OpenAPI and docs', () => {
  it('serves an OpenAPI 3.1 document with every route of the table', async () => {
    const res = await t.app.inject({ url: '/api/openapi.json' });
    expect(res.statusCode).toBe(200);
    const doc = res.json();
    expect(doc.openapi).toBe('3.1.0');
    for (const route of ALL_ROUTES) {
      const path = `/api/v1${route.url.replace(/:(\w+)/g, '{$1}')}`;
      expect(doc.paths[path]?.[route.method.toLowerCase()], `${route.method} ${path}`).toBeDefined();
    }
    expect(doc.paths['/api/v1/regions'].get.parameters.map((p: { name: string }) => p.name)).toContain('pageSize');
  });

  it('serves readable docs at /api/docs', async () => {
    const page = await t.app.inject({ url: '/api/docs' });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('/api/docs/init.js');
    expect((await t.app.inject({ url: '/api/docs/init.js' })).body).toContain('/api/openapi.json');
    expect((await t.app.inject({ url: '/api/docs/swagger-ui-bundle.js' })).statusCode).toBe(200);
  });
});

describe('the one error shape', () => {
  it('answers unknown API routes with ROUTE.NOT_FOUND in English when asked', async () => {
    const res = await t.app.inject({ url: '/api/v1/nothing-here', headers: { 'accept-language': 'en-US,en;q=0.9' } });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toEqual({
      code: 'ROUTE.NOT_FOUND',
      message: 'No such endpoint.',
      details: null,
      requestId: expect.any(String),
    });
  });

  it('answers malformed JSON with 400 REQUEST.MALFORMED_JSON and writes nothing', async () => {
    const tree = await makeTree(t);
    const admin = await makeAccount(t, { roles: ['admin'], scope: { kind: 'region', regionCode: tree.county.code } });
    const res = await admin.request('POST', '/api/v1/regions', '{"code": "1', { 'content-type': 'application/json' });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ code: 'REQUEST.MALFORMED_JSON', message: '请求体不是有效的 JSON。' });
  });

  it('answers a body of the wrong type and a missing body with field details', async () => {
    const tree = await makeTree(t);
    const admin = await makeAccount(t, { roles: ['admin'], scope: { kind: 'region', regionCode: tree.county.code } });
    const wrong = await admin.post('/api/v1/regions', {
      code: 110101,
      name: ['x'],
      level: 'town',
      parentCode: tree.county.code,
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().details).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ path: 'code', code: 'VALIDATION.INVALID_TYPE', message: '代码的类型不正确。' }),
        expect.objectContaining({ path: 'name', code: 'VALIDATION.INVALID_TYPE' }),
      ]),
    );
    const missing = await admin.post('/api/v1/regions', {});
    expect(missing.json().details.map((d: { code: string }) => d.code)).toContain('VALIDATION.REQUIRED');
  });

  it('puts security headers and the request id on every response', async () => {
    const res = await t.app.inject({ url: '/healthz' });
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-frame-options']).toBe('DENY');
    expect(res.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(res.headers['x-request-id']).toEqual(expect.any(String));
  });
});
