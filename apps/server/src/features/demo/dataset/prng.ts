/**
 * A small seeded pseudo-random generator (mulberry32) with the few helpers the demo data needs.
 * Same seed, same sequence: the demo dataset is reproducible on every machine.
 */
export interface Rng {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max], both inclusive. */
  int(min: number, max: number): number;
  /** True with probability p. */
  chance(p: number): boolean;
  /** One element of a non-empty list. */
  pick<T>(items: ReadonlyArray<T>): T;
  /** One element, chosen with probability proportional to weight(item). */
  weighted<T>(items: ReadonlyArray<T>, weight: (item: T) => number): T;
  /** A string of `length` characters drawn from `charset`. */
  chars(charset: string, length: number): string;
}

export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function createRng(seed: number): Rng {
  const next = mulberry32(seed);
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: ReadonlyArray<T>): T => {
    if (items.length === 0) throw new RangeError('pick from an empty list');
    return items[int(0, items.length - 1)] as T;
  };
  return {
    next,
    int,
    pick,
    chance: (p) => next() < p,
    weighted: (items, weight) => {
      const total = items.reduce((sum, item) => sum + weight(item), 0);
      let target = next() * total;
      for (const item of items) {
        target -= weight(item);
        if (target < 0) return item;
      }
      return pick(items);
    },
    chars: (charset, length) => {
      let out = '';
      for (let i = 0; i < length; i++) out += charset.charAt(int(0, charset.length - 1));
      return out;
    },
  };
}
