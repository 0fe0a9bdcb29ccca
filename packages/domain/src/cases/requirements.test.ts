import { describe, expect, it } from 'vitest';
import { appliesTo, checkRequirement, isFieldPresent, type RequirementInput } from './requirements';

const now = new Date('2026-03-02T02:00:00.000Z');
const input = (extra: Partial<RequirementInput> = {}): RequirementInput => ({ now, ...extra });
const codeOf = (result: ReturnType<typeof checkRequirement>) => (result.ok ? 'ok' : result.error.code);

describe('isFieldPresent', () => {
  it.each([
    [undefined, false],
    [null, false],
    ['', false],
    ['   ', false],
    [[], false],
    [Number.NaN, false],
    ['x', true],
    [0, true],
    [false, true],
    [['a'], true],
    [{ id: 1 }, true],
  ])('%j → %s', (value, expected) => {
    expect(isFieldPresent(value)).toBe(expected);
  });
});

describe('appliesTo (when conditions on the request fields)', () => {
  it('applies without a condition, and when every condition matches', () => {
    expect(appliesTo({ kind: 'comment' }, input())).toBe(true);
    const when = { level: 'major', listed: true };
    expect(appliesTo({ kind: 'comment', when }, input({ fields: { level: 'major', listed: true } }))).toBe(true);
    expect(appliesTo({ kind: 'comment', when }, input({ fields: { level: 'major', listed: false } }))).toBe(false);
    expect(appliesTo({ kind: 'comment', when }, input())).toBe(false);
  });
});

describe('checkRequirement', () => {
  it('comment: non-blank', () => {
    expect(codeOf(checkRequirement({ kind: 'comment' }, input({ comment: '已整改' })))).toBe('ok');
    expect(codeOf(checkRequirement({ kind: 'comment' }, input({ comment: ' \n ' })))).toBe('CASE.COMMENT_REQUIRED');
    expect(codeOf(checkRequirement({ kind: 'comment' }, input()))).toBe('CASE.COMMENT_REQUIRED');
  });

  it('evidence: at least min of the phase, with {phase, min} params', () => {
    const req = { kind: 'evidence', phase: 'after', min: 2 } as const;
    const one = input({ evidence: [{ phase: 'after' }, { phase: 'before' }, { phase: 'before' }] });
    expect(checkRequirement(req, one)).toEqual({
      ok: false,
      error: { code: 'CASE.EVIDENCE_REQUIRED', params: { phase: 'after', min: 2 } },
    });
    expect(codeOf(checkRequirement(req, input({ evidence: [{ phase: 'after' }, { phase: 'after' }] })))).toBe('ok');
  });

  it('fields: names every missing field, comma-separated, in the listed order', () => {
    const req = { kind: 'fields', fields: ['a', 'b', 'c'] } as const;
    expect(checkRequirement({ ...req, fields: [...req.fields] }, input({ fields: { b: 'x' } }))).toEqual({
      ok: false,
      error: { code: 'CASE.FIELDS_REQUIRED', params: { fields: 'a,c' } },
    });
    const all = input({ fields: { a: 1, b: 'x', c: [1] } });
    expect(codeOf(checkRequirement({ ...req, fields: [...req.fields] }, all))).toBe('ok');
  });

  it('fieldValue: present and one of the allowed values', () => {
    const req = { kind: 'fieldValue', field: 'level', oneOf: ['ordinary', 'major'] } as const;
    const check = (fields: Record<string, unknown>) =>
      checkRequirement({ ...req, oneOf: [...req.oneOf] }, input({ fields }));
    expect(codeOf(check({ level: 'major' }))).toBe('ok');
    expect(check({})).toEqual({ ok: false, error: { code: 'CASE.FIELDS_REQUIRED', params: { fields: 'level' } } });
    expect(check({ level: 'severe' })).toEqual({
      ok: false,
      error: { code: 'CASE.FIELD_VALUE_NOT_ALLOWED', params: { field: 'level', allowed: 'ordinary,major' } },
    });
  });

  it('deadline: a valid date', () => {
    expect(codeOf(checkRequirement({ kind: 'deadline' }, input({ deadline: new Date(0) })))).toBe('ok');
    expect(codeOf(checkRequirement({ kind: 'deadline' }, input()))).toBe('CASE.DEADLINE_REQUIRED');
    expect(codeOf(checkRequirement({ kind: 'deadline' }, input({ deadline: new Date('x') })))).toBe(
      'CASE.DEADLINE_REQUIRED',
    );
  });

  it('futureDeadline: strictly after now (equal to now is in the past)', () => {
    const check = (deadline?: Date) => codeOf(checkRequirement({ kind: 'futureDeadline' }, input({ deadline })));
    expect(check(new Date(now.getTime() + 1))).toBe('ok');
    expect(check(now)).toBe('CASE.DEADLINE_IN_PAST');
    expect(check(new Date(now.getTime() - 1))).toBe('CASE.DEADLINE_IN_PAST');
    expect(check(undefined)).toBe('CASE.DEADLINE_REQUIRED');
  });

  it('fieldNot: passes when the field is absent or any other value, fails on a listed value with its params', () => {
    const rule = { kind: 'fieldNot', field: 'suspension', values: ['ordered', 'applied'] } as const;
    const check = (fields: Record<string, unknown>) =>
      checkRequirement({ ...rule, values: [...rule.values] }, input({ fields }));
    expect(codeOf(check({}))).toBe('ok');
    expect(codeOf(check({ suspension: 'approved' }))).toBe('ok');
    expect(check({ suspension: 'applied' })).toEqual({
      ok: false,
      error: { code: 'CASE.BLOCKED_BY_FIELD', params: { field: 'suspension', value: 'applied' } },
    });
  });
});
