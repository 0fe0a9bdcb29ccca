import { describe, expect, it } from 'vitest';
import { eachLimited, MAX_ATTEMPTS, nextAttemptAfter } from './retry';

const now = new Date('2026-03-01T00:00:00.000Z');
const minutesAfter = (d: Date | null) => (d ? (d.getTime() - now.getTime()) / 60_000 : null);

describe('retry schedule', () => {
  it('waits 1 min, 5 min, 30 min, 2 h, 6 h, 24 h after successive failures, then gives up', () => {
    const waits = [1, 2, 3, 4, 5, 6, 7].map((n) => minutesAfter(nextAttemptAfter(n, now)));
    expect(waits).toEqual([1, 5, 30, 120, 360, 1440, null]);
    expect(MAX_ATTEMPTS).toBe(7);
  });
});

describe('eachLimited', () => {
  it('runs every item once with no more than the limit at a time', async () => {
    let running = 0;
    let peak = 0;
    const seen: number[] = [];
    await eachLimited([1, 2, 3, 4, 5, 6, 7], 3, async (n) => {
      running++;
      peak = Math.max(peak, running);
      await new Promise((resolve) => setTimeout(resolve, 5));
      seen.push(n);
      running--;
    });
    expect(seen.sort()).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(peak).toBe(3);
  });
});
