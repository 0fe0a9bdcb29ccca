import { describe, expect, it } from 'vitest';
import { createRng, mulberry32 } from './prng';

describe('mulberry32', () => {
  it('repeats the same sequence for the same seed', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const first = Array.from({ length: 5 }, () => a());
    expect(Array.from({ length: 5 }, () => b())).toEqual(first);
    expect(first.every((value) => value >= 0 && value < 1)).toBe(true);
  });

  it('gives a different sequence for a different seed', () => {
    expect(mulberry32(1)()).not.toBe(mulberry32(2)());
  });
});

describe('createRng', () => {
  it('keeps int within inclusive bounds and reaches both ends', () => {
    const rng = createRng(7);
    const seen = new Set<number>();
    for (let i = 0; i < 500; i++) {
      const value = rng.int(3, 6);
      expect(value).toBeGreaterThanOrEqual(3);
      expect(value).toBeLessThanOrEqual(6);
      seen.add(value);
    }
    expect([...seen].sort()).toEqual([3, 4, 5, 6]);
  });

  it('never picks a zero-weight item', () => {
    const rng = createRng(9);
    for (let i = 0; i < 200; i++) {
      expect(rng.weighted(['a', 'b', 'c'], (item) => (item === 'b' ? 0 : 1))).not.toBe('b');
    }
  });

  it('draws characters only from the charset', () => {
    expect(createRng(3).chars('XY', 40)).toMatch(/^[XY]{40}$/);
  });

  it('refuses to pick from an empty list', () => {
    expect(() => createRng(1).pick([])).toThrow(RangeError);
  });
});
