import { describe, expect, it } from 'vitest';
import { err, ok } from './result';

describe('result helpers', () => {
  it('ok wraps a value', () => {
    expect(ok(42)).toEqual({ ok: true, value: 42 });
  });

  it('err carries a code without params when none are given', () => {
    const result = err('USCC.REQUIRED');
    expect(result).toEqual({ ok: false, error: { code: 'USCC.REQUIRED' } });
    expect(result.ok ? null : 'params' in result.error).toBe(false);
  });

  it('err carries params when given', () => {
    expect(err('USCC.LENGTH', { length: 17 })).toEqual({
      ok: false,
      error: { code: 'USCC.LENGTH', params: { length: 17 } },
    });
  });
});
