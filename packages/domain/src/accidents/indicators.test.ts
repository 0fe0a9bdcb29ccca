import { describe, expect, it } from 'vitest';
import { isAccidentCategory, isOutsideIndustryMiningTrade } from './categories';
import { capWarning, changePercent, percentOf, rates, vetoesTriggered } from './indicators';

// Control indicators and their formulas: domain-reference.md §5.
describe('shares and year-on-year change, one decimal', () => {
  it('3,158 of 3,324 hazards rectified is 95.0 %; 12 deaths against a cap of 18 is 66.7 %', () => {
    expect(percentOf(3158, 3324)).toBe(95);
    expect(percentOf(12, 18)).toBe(66.7);
    expect(percentOf(20, 18)).toBe(111.1);
    expect(percentOf(1, 0)).toBeNull();
  });

  it('5 accidents against 10 the year before is −50.0 %; 0 the year before has no change figure', () => {
    expect(changePercent(5, 10)).toBe(-50);
    expect(changePercent(13, 12)).toBe(8.3);
    expect(changePercent(10, 10)).toBe(0);
    expect(changePercent(3, 0)).toBeNull();
  });

  it('rounds half away from zero on the decimal value', () => {
    expect(percentOf(1, 8)).toBe(12.5);
    expect(percentOf(1, 16)).toBe(6.3); // 6.25
    expect(changePercent(15, 16)).toBe(-6.3); // −6.25
  });

  it('refuses negative or non-numeric input', () => {
    expect(() => percentOf(-1, 5)).toThrow(RangeError);
    expect(() => changePercent(Number.NaN, 5)).toThrow(RangeError);
  });
});

describe('the four rates of the bulletins (§5)', () => {
  it('computes each from its own deaths and denominator, to three decimals', () => {
    const r = rates(
      { total: 120, industryMiningTrade: 45, roadTraffic: 60, coalMine: 6 },
      { gdpYi: 1890.5, employees: 1_250_000, motorVehicles: 980_000, coalOutputMt: 98.6 },
    );
    expect(r).toEqual({
      perGdp: 0.063, // 120 ÷ 1,890.5 = 0.06347…
      per100kEmployees: 3.6, // 45 ÷ 1,250,000 × 100,000
      per10kVehicles: 0.612, // 60 ÷ 980,000 × 10,000 = 0.6122…
      perMillionTonnesCoal: 0.061, // 6 ÷ 98.6 = 0.06085…
    });
  });

  it('a missing or zero denominator gives no rate', () => {
    const r = rates(
      { total: 1, industryMiningTrade: 1, roadTraffic: 0, coalMine: 0 },
      { gdpYi: null, employees: 0, motorVehicles: 1000, coalOutputMt: null },
    );
    expect(r).toEqual({ perGdp: null, per100kEmployees: null, per10kVehicles: 0, perMillionTonnesCoal: null });
  });
});

describe('warnings and one-vote veto rules', () => {
  it('warns at 80 % of the cap by default, at a configured threshold otherwise', () => {
    expect(capWarning(14, 18)).toBe(false); // 77.8 %
    expect(capWarning(15, 18)).toBe(true); // 83.3 %
    expect(capWarning(8, 10)).toBe(true); // exactly 80 %
    expect(capWarning(14, 18, 75)).toBe(true);
    expect(capWarning(1599, 2000)).toBe(false); // 79.95 %: under 80 %, although it rounds to 80.0
    expect(capWarning(1600, 2000)).toBe(true);
    expect(capWarning(3, 0)).toBe(true); // a cap of 0 is exceeded by the first death
    expect(capWarning(0, 0)).toBe(false);
  });

  it('triggers on an accident of grade large or above, optionally in listed sectors, or deaths over the cap', () => {
    const rules = [
      { kind: 'accident_grade', atLeast: 'large' },
      { kind: 'accident_grade', atLeast: 'major', sectors: ['coal_mine', 'road_traffic'] },
      { kind: 'deaths_over_cap' },
    ] as const;
    const quiet = { accidents: [{ grade: 'ordinary', sector: 'construction' }], deaths: 18, cap: 18 } as const;
    expect(vetoesTriggered(rules, quiet)).toEqual([]);
    const large = { ...quiet, accidents: [{ grade: 'large', sector: 'construction' }] } as const;
    expect(vetoesTriggered(rules, large)).toEqual([rules[0]]);
    const majorRoad = { accidents: [{ grade: 'major', sector: 'road_traffic' }], deaths: 19, cap: 18 } as const;
    expect(vetoesTriggered(rules, majorRoad)).toEqual([rules[0], rules[1], rules[2]]);
  });
});

describe('code lists', () => {
  it('GB 6441-1986 accident categories are 01–20', () => {
    expect(isAccidentCategory('01')).toBe(true);
    expect(isAccidentCategory('20')).toBe(true);
    expect(isAccidentCategory('21')).toBe(false);
    expect(isAccidentCategory('1')).toBe(false);
    expect(isAccidentCategory('toString')).toBe(false);
  });

  it('road traffic, fire, waterway, rail, aviation, farm machinery and fishing vessels are outside 工矿商贸 (§5)', () => {
    for (const s of ['road_traffic', 'fire', 'waterway_traffic', 'rail_traffic', 'civil_aviation']) {
      expect(isOutsideIndustryMiningTrade(s)).toBe(true);
    }
    expect(isOutsideIndustryMiningTrade('coal_mine')).toBe(false);
  });
});
