import { describe, expect, it } from 'vitest';
import { checkPassword, countPasswordClasses, DEFAULT_PASSWORD_POLICY, MAX_PASSWORD_LENGTH } from './password-policy';

const codeOf = (result: ReturnType<typeof checkPassword>) => (result.ok ? null : result.error.code);

describe('checkPassword (classified protection level 3 practice)', () => {
  it('defaults to 8 characters and 3 classes', () => {
    expect(DEFAULT_PASSWORD_POLICY).toEqual({ minLength: 8, minClasses: 3 });
  });

  it('rejects 7 characters', () => {
    expect(checkPassword('Abcde1!')).toEqual({ ok: false, error: { code: 'PASSWORD.TOO_SHORT', params: { min: 8 } } });
  });

  it('accepts 8 characters', () => {
    expect(checkPassword('Abcdef1!')).toEqual({ ok: true, value: true });
  });

  it('counts length in characters, not UTF-16 units', () => {
    expect(codeOf(checkPassword('Ab1😀😀😀😀'))).toBe('PASSWORD.TOO_SHORT');
    expect(codeOf(checkPassword('Ab1😀😀😀😀😀'))).toBeNull();
  });

  it('accepts 128 characters and rejects 129', () => {
    const base = 'Aa1!'.repeat(32);
    expect(base).toHaveLength(MAX_PASSWORD_LENGTH);
    expect(checkPassword(base)).toEqual({ ok: true, value: true });
    expect(checkPassword(`${base}x`)).toEqual({
      ok: false,
      error: { code: 'PASSWORD.TOO_LONG', params: { max: 128 } },
    });
  });

  it('rejects 2 classes', () => {
    expect(checkPassword('abcdefgh12')).toEqual({
      ok: false,
      error: { code: 'PASSWORD.TOO_FEW_CLASSES', params: { min: 3 } },
    });
  });

  it.each(['abcdefg1A', 'abcdefg1!', 'abcdefgA!', 'ABCDEFG1!'])('accepts 3 classes: %s', (password) => {
    expect(codeOf(checkPassword(password))).toBeNull();
  });

  it('honours a custom policy', () => {
    const policy = { minLength: 12, minClasses: 4 };
    expect(codeOf(checkPassword('Abcdefgh1!x', policy))).toBe('PASSWORD.TOO_SHORT');
    expect(codeOf(checkPassword('Abcdefgh12xy', policy))).toBe('PASSWORD.TOO_FEW_CLASSES');
    expect(codeOf(checkPassword('Abcdefgh1!xy', policy))).toBeNull();
  });

  it('rejects a password containing the username in any case', () => {
    expect(checkPassword('X!zhangSan9', DEFAULT_PASSWORD_POLICY, { username: 'ZhangSan' })).toEqual({
      ok: false,
      error: { code: 'PASSWORD.CONTAINS_USERNAME' },
    });
  });

  it('ignores an absent, blank or very short username', () => {
    expect(codeOf(checkPassword('Abcdef1!', DEFAULT_PASSWORD_POLICY, {}))).toBeNull();
    expect(codeOf(checkPassword('Abcdef1!', DEFAULT_PASSWORD_POLICY, { username: '  ' }))).toBeNull();
    expect(codeOf(checkPassword('Abcdef1!', DEFAULT_PASSWORD_POLICY, { username: 'ab' }))).toBeNull();
    expect(codeOf(checkPassword('Abcdef1!', DEFAULT_PASSWORD_POLICY, { username: 'abc' }))).toBe(
      'PASSWORD.CONTAINS_USERNAME',
    );
  });
});

describe('countPasswordClasses', () => {
  it.each([
    ['', 0],
    ['abc', 1],
    ['aB', 2],
    ['aB3', 3],
    ['aB3 ', 4],
    ['安全生产1', 2],
  ])('%j has %i classes', (password, count) => {
    expect(countPasswordClasses(password)).toBe(count);
  });
});
