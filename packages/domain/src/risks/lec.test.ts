import { describe, expect, it } from 'vitest';
import { scoreLec } from './lec';
import { DEFAULT_LEC_THRESHOLDS, levelOf } from './levels';
import { scoreMatrix } from './matrix';

const d = (l: number, e: number, c: number) => scoreLec({ l, e, c });

describe('LEC, D = L × E × C (domain-reference.md §4.2)', () => {
  it('scores from the three tables and grades at every band boundary (default: a boundary belongs to the band above)', () => {
    expect(d(10, 6, 40)).toEqual({ ok: true, value: { score: 2400, level: 'major' } });
    expect(levelOf(320, DEFAULT_LEC_THRESHOLDS)).toBe('major'); // D ≥ 320 → red
    expect(levelOf(319.99, DEFAULT_LEC_THRESHOLDS)).toBe('large');
    expect(levelOf(160, DEFAULT_LEC_THRESHOLDS)).toBe('large'); // 160–320 → orange
    expect(levelOf(159.99, DEFAULT_LEC_THRESHOLDS)).toBe('ordinary');
    expect(levelOf(70, DEFAULT_LEC_THRESHOLDS)).toBe('ordinary'); // 70–160 → yellow
    expect(levelOf(69.99, DEFAULT_LEC_THRESHOLDS)).toBe('low'); // below 70 → blue (levels 4 and 5 together)
    // Of the boundaries only 70 is a product of table values (10 × 1 × 7); 320 and 160 are not, so the products
    // nearest them are checked too: 300 = 10 × 2 × 15 (orange), 400 = 10 × 1 × 40 (red), 150 = 10 × 1 × 15 (yellow).
    expect(d(10, 1, 7)).toMatchObject({ value: { score: 70, level: 'ordinary' } });
    expect(d(1, 10, 7)).toMatchObject({ value: { score: 70, level: 'ordinary' } });
    expect(d(3, 3, 7)).toMatchObject({ value: { score: 63, level: 'low' } });
    expect(d(6, 2, 15)).toMatchObject({ value: { score: 180, level: 'large' } });
    expect(d(10, 2, 15)).toMatchObject({ value: { score: 300, level: 'large' } });
    expect(d(10, 1, 40)).toMatchObject({ value: { score: 400, level: 'major' } });
    expect(d(10, 1, 15)).toMatchObject({ value: { score: 150, level: 'ordinary' } });
    expect(d(0.1, 6, 15)).toMatchObject({ value: { score: 9, level: 'low' } }); // no floating-point noise
  });

  it('puts a boundary score in the band below when the region says so', () => {
    const below = { ...DEFAULT_LEC_THRESHOLDS, boundary: 'below' as const };
    expect(levelOf(320, below)).toBe('large');
    expect(levelOf(320.01, below)).toBe('major');
    expect(levelOf(160, below)).toBe('ordinary');
    expect(levelOf(70, below)).toBe('low');
    expect(scoreLec({ l: 10, e: 1, c: 7 }, below)).toMatchObject({ value: { level: 'low' } });
  });

  it('takes custom thresholds', () => {
    const strict = { major: 200, large: 100, ordinary: 50, boundary: 'above' as const };
    expect(d(6, 2, 15).ok && levelOf(180, strict)).toBe('large');
    expect(scoreLec({ l: 6, e: 6, c: 7 }, strict)).toMatchObject({ value: { score: 252, level: 'major' } });
  });

  it('refuses a value that is not in its table, naming the factor and the allowed values', () => {
    expect(d(5, 6, 15)).toEqual({
      ok: false,
      error: { code: 'RISK.FACTOR_NOT_IN_TABLE', params: { factor: 'l', value: '5', allowed: '10,6,3,1,0.5,0.2,0.1' } },
    });
    expect(d(3, 4, 15)).toMatchObject({ error: { params: { factor: 'e' } } });
    expect(d(3, 6, 50)).toMatchObject({ error: { params: { factor: 'c' } } });
  });
});

describe('risk matrix, R = L × S (§4.3)', () => {
  it('grades at every band boundary of the defaults (20–25 red, 15–16 orange, 9–12 yellow, 1–8 blue)', () => {
    const level = (l: number, s: number) => {
      const r = scoreMatrix({ likelihood: l, severity: s });
      return r.ok ? [r.value.score, r.value.level] : r.error.code;
    };
    expect(level(4, 5)).toEqual([20, 'major']);
    expect(level(5, 5)).toEqual([25, 'major']);
    expect(level(4, 4)).toEqual([16, 'large']);
    expect(level(3, 5)).toEqual([15, 'large']);
    expect(level(3, 4)).toEqual([12, 'ordinary']);
    expect(level(3, 3)).toEqual([9, 'ordinary']);
    expect(level(2, 4)).toEqual([8, 'low']);
    expect(level(1, 1)).toEqual([1, 'low']);
  });

  it('refuses likelihood or severity outside 1–5', () => {
    expect(scoreMatrix({ likelihood: 0, severity: 3 })).toMatchObject({ error: { code: 'RISK.FACTOR_NOT_IN_TABLE' } });
    expect(scoreMatrix({ likelihood: 3, severity: 6 })).toMatchObject({ error: { params: { factor: 'severity' } } });
    expect(scoreMatrix({ likelihood: 2.5, severity: 3 })).toMatchObject({
      error: { params: { factor: 'likelihood' } },
    });
  });
});
