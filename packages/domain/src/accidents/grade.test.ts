import { describe, expect, it } from 'vitest';
import { casualtyWindowEnd, checkCasualties, type GradeInput, gradeAccident } from './grade';

const AT = new Date('2026-03-10T02:30:00.000Z'); // 2026-03-10 10:30 Asia/Shanghai
const DAY = 86_400_000;
const accident = (over: Partial<GradeInput> = {}): GradeInput => ({
  occurredAt: AT,
  sector: 'non_coal_mine',
  deaths: 0,
  missing: 0,
  seriousInjuries: 0,
  minorInjuries: 0,
  directLossCny: 0,
  ...over,
});
const gradeOf = (over: Partial<GradeInput>, asOf = AT) => gradeAccident(accident(over), asOf).grade;

// Decree 493 Art. 3; "以上" includes the number, "以下" excludes it (Art. 3 para 3): domain-reference.md §1.2.
describe('accident grade by deaths (Decree 493 Art. 3)', () => {
  it.each([
    [0, 'ordinary'],
    [2, 'ordinary'],
    [3, 'large'],
    [9, 'large'],
    [10, 'major'],
    [29, 'major'],
    [30, 'extraordinary'],
  ])('%i deaths → %s', (deaths, grade) => expect(gradeOf({ deaths })).toBe(grade));
});

describe('accident grade by serious injuries, acute industrial poisoning included (Decree 493 Art. 3)', () => {
  it.each([
    [9, 'ordinary'],
    [10, 'large'],
    [49, 'large'],
    [50, 'major'],
    [99, 'major'],
    [100, 'extraordinary'],
  ])('%i serious injuries → %s', (seriousInjuries, grade) => expect(gradeOf({ seriousInjuries })).toBe(grade));
});

describe('accident grade by direct economic loss in CNY (Decree 493 Art. 3)', () => {
  it.each([
    [9_999_999, 'ordinary'],
    [10_000_000, 'large'],
    [49_999_999, 'large'],
    [50_000_000, 'major'],
    [99_999_999, 'major'],
    [100_000_000, 'extraordinary'],
  ])('%i CNY → %s', (directLossCny, grade) => expect(gradeOf({ directLossCny })).toBe(grade));
});

describe('the highest criterion decides (2013 rule 安监总政法〔2013〕115号 Art. 3)', () => {
  it('a loss of 5,000万 makes a 1-death accident major', () => {
    const g = gradeAccident(accident({ deaths: 1, seriousInjuries: 12, directLossCny: 50_000_000 }), AT);
    expect(g.byCriterion).toEqual({ deaths: 'ordinary', seriousInjuries: 'large', directLoss: 'major' });
    expect(g.grade).toBe('major');
  });

  it('deaths decide when they grade highest', () => {
    expect(gradeOf({ deaths: 10, seriousInjuries: 10, directLossCny: 1_000_000 })).toBe('major');
  });
});

describe('missing persons count as deaths after 30 days, 7 for road traffic and fire (2013 rule Art. 3)', () => {
  it('another sector: not on day 29, from day 30', () => {
    const input = { sector: 'construction', deaths: 1, missing: 2 };
    const before = gradeAccident(accident(input), new Date(AT.getTime() + 30 * DAY - 60_000));
    expect(before).toMatchObject({ grade: 'ordinary', countedDeaths: 1, missingCountedAsDead: false });
    const after = gradeAccident(accident(input), new Date(AT.getTime() + 30 * DAY));
    expect(after).toMatchObject({ grade: 'large', countedDeaths: 3, missingCountedAsDead: true });
  });

  it.each(['road_traffic', 'fire'])('%s: not before 7 days, from 7 days; the grade rises with them', (sector) => {
    const input = { sector, deaths: 8, missing: 2 };
    expect(gradeOf(input, new Date(AT.getTime() + 7 * DAY - 1))).toBe('large');
    expect(gradeOf(input, new Date(AT.getTime() + 7 * DAY))).toBe('major');
    expect(casualtyWindowEnd(AT, sector)).toEqual(new Date(AT.getTime() + 7 * DAY));
  });

  it('without a sector the 30-day window applies', () => {
    expect(casualtyWindowEnd(AT, null)).toEqual(new Date(AT.getTime() + 30 * DAY));
  });
});

describe('bad numbers are refused with the field named', () => {
  const base = { deaths: 0, missing: 0, seriousInjuries: 0, minorInjuries: 0, directLossCny: 0 };
  it.each([
    ['deaths', -1],
    ['missing', 1.5],
    ['seriousInjuries', Number.NaN],
    ['minorInjuries', -3],
    ['deaths', 1_000_001],
  ] as const)('%s = %s', (field, value) => {
    expect(checkCasualties({ ...base, [field]: value })).toEqual({
      ok: false,
      error: { code: 'ACCIDENT.COUNT_INVALID', params: { field, value: String(value) } },
    });
  });

  it('takes the largest plausible figures and refuses what the database could not store', () => {
    expect(checkCasualties({ ...base, deaths: 1_000_000, directLossCny: 1e12 }).ok).toBe(true);
    expect(checkCasualties({ ...base, directLossCny: 1e12 + 1 })).toMatchObject({
      error: { code: 'ACCIDENT.LOSS_INVALID' },
    });
  });

  it('a negative loss or one below the fen', () => {
    expect(checkCasualties({ ...base, directLossCny: -1 }).ok).toBe(false);
    expect(checkCasualties({ ...base, directLossCny: 10.005 }).ok).toBe(false);
    expect(checkCasualties({ ...base, directLossCny: 10.05 }).ok).toBe(true);
    expect(checkCasualties({ ...base, directLossCny: 99_999_999.99 }).ok).toBe(true);
  });
});
