import { isAccidentCategory, isAccidentSector } from '@redline/domain';
import { describe, expect, it } from 'vitest';
import { demoIndicators, generateDemoAccidents } from './accidents';

describe('demo accidents', () => {
  const list = generateDemoAccidents('2026-11-22');

  it('are the same on every machine for a day, last year in full and this year to the day', () => {
    expect(generateDemoAccidents('2026-11-22')).toEqual(list);
    const lastYear = list.filter((a) => a.day > 325); // before 2026-01-01
    expect(lastYear.length).toBe(40);
    expect(list.length - lastYear.length).toBe(Math.round((34 * 326) / 365));
    expect(Math.min(...list.map((a) => a.day))).toBeGreaterThanOrEqual(0);
    expect(Math.max(...list.map((a) => a.day))).toBeLessThanOrEqual(325 + 365);
  });

  it('use official codes and plausible figures', () => {
    for (const a of list) {
      expect(isAccidentSector(a.sector), a.key).toBe(true);
      expect(isAccidentCategory(a.categoryCode), a.key).toBe(true);
      if (a.industryCode) expect(a.industryCode).toMatch(/^[A-T]\d{2}$/);
      expect(a.deaths + a.seriousInjuries, a.key).toBeGreaterThan(0);
    }
    expect(list.filter((a) => a.sector === 'road_traffic').length).toBeGreaterThan(list.length / 4);
    expect(list.some((a) => a.deaths >= 3)).toBe(true); // at least one 较大
    expect(list.some((a) => a.learnedAfter > 60)).toBe(true); // and a late county report
  });

  it('give the city and each county a cap and the four denominators', () => {
    const rows = demoIndicators(2026);
    expect(rows[0]).toMatchObject({ regionCode: '140500', deathCap: 52 });
    for (const r of rows) {
      expect(r.deathCap).toBeGreaterThan(0);
      expect([r.gdpYi, r.employees, r.motorVehicles, r.coalOutputMt].every((v) => v > 0)).toBe(true);
    }
  });
});
