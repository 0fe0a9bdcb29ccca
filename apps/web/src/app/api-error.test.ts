import { describe, expect, it } from 'vitest';
import { ApiError } from './api-error';

describe('ApiError.fromResponse', () => {
  it("keeps the server's code, message, request id and field issues", () => {
    const error = ApiError.fromResponse(
      400,
      {
        code: 'REQUEST.VALIDATION',
        message: '请求内容有误，请检查标出的字段。',
        details: [{ path: 'uscc', code: 'USCC.CHECK_MISMATCH', message: '校验位错误' }, { not: 'an issue' }],
        requestId: '01J',
      },
      'fallback',
    );
    expect(error.code).toBe('REQUEST.VALIDATION');
    expect(error.message).toBe('请求内容有误，请检查标出的字段。');
    expect(error.requestId).toBe('01J');
    expect(error.fieldIssues).toEqual([{ path: 'uscc', code: 'USCC.CHECK_MISMATCH', message: '校验位错误' }]);
    expect(error.needsSignIn).toBe(false);
  });

  it('names the form field of a query parameter', () => {
    const error = ApiError.fromResponse(
      400,
      { code: 'REQUEST.VALIDATION', message: 'm', details: [{ path: 'query.regionCode', code: 'c', message: 'x' }] },
      '',
    );
    expect(error.fieldIssues.map((i) => i.path)).toEqual(['regionCode']);
  });

  it('asks for sign-in again only on a missing or expired session', () => {
    const body = (code: string) => ({ code, message: 'm', details: null, requestId: 'r' });
    expect(ApiError.fromResponse(401, body('AUTH.REQUIRED'), '').needsSignIn).toBe(true);
    expect(ApiError.fromResponse(401, body('AUTH.SESSION_EXPIRED'), '').needsSignIn).toBe(true);
    expect(ApiError.fromResponse(401, body('AUTH.INVALID_CREDENTIALS'), '').needsSignIn).toBe(false);
  });

  it('falls back to a generic message when the answer is not the error shape (e.g. a proxy page)', () => {
    const error = ApiError.fromResponse(502, undefined, '服务器返回了无法识别的响应。');
    expect(error.code).toBe('INTERNAL');
    expect(error.message).toBe('服务器返回了无法识别的响应。');
    expect(error.fieldIssues).toEqual([]);
  });
});
