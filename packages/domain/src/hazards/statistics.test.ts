import { describe, expect, it } from 'vitest';
import {
  addCounts,
  annualReportDue,
  emptyCounts,
  formatRate,
  hazardFigures,
  monthsOf,
  periodOf,
  quarterDates,
  quarterlyReportDue,
  rateOf,
  roundMoney,
} from './statistics';

describe('rateOf: a fraction of two counts, 4 decimals, half up, null without a basis', () => {
  it('rounds to 4 decimals half up', () => {
    expect(rateOf(2, 3)).toBe(0.6667);
    expect(rateOf(1, 3)).toBe(0.3333);
    expect(rateOf(1, 32)).toBe(0.0313); // 0.03125: an exact half rounds up
    expect(rateOf(1, 8)).toBe(0.125);
    expect(rateOf(7, 7)).toBe(1);
    expect(rateOf(0, 5)).toBe(0);
  });

  it('answers null, not 0 or 1, when the whole is zero', () => {
    expect(rateOf(0, 0)).toBeNull();
  });

  it('refuses counts that cannot be counts, and a part larger than its whole', () => {
    expect(() => rateOf(-1, 3)).toThrow(RangeError);
    expect(() => rateOf(1.5, 3)).toThrow(RangeError);
    expect(() => rateOf(4, 3)).toThrow(RangeError);
  });

  it('formats as a percentage with 2 decimals, "—" for null', () => {
    expect(formatRate(0.6667)).toBe('66.67%');
    expect(formatRate(1)).toBe('100.00%');
    expect(formatRate(null)).toBe('—');
  });
});

describe('roundMoney: CNY to the fen, half up', () => {
  it('rounds by the decimal text, not by binary multiplication', () => {
    expect(roundMoney(1.005)).toBe(1.01);
    expect(roundMoney(1234.565)).toBe(1234.57);
    expect(roundMoney(5000)).toBe(5000);
    expect(roundMoney(0.1 + 0.2)).toBe(0.3);
    expect(roundMoney(1e-7)).toBe(0);
    expect(roundMoney(-2.345)).toBe(-2.35);
    expect(() => roundMoney(Number.NaN)).toThrow(RangeError);
  });
});

describe('hazardFigures and addCounts', () => {
  const counts = {
    ...emptyCounts(),
    reported: 5,
    found: 4,
    foundRectified: 3,
    rectified: 3,
    rectifiedOnTime: 2,
    fundsPlanned: 1000.005,
    fundsSpent: 0,
  };

  it('derives both rates from the counts: rectified-of-found ÷ found, on-time ÷ rectified', () => {
    expect(hazardFigures(counts)).toMatchObject({
      rectificationRate: 0.75,
      onTimeRate: 0.6667,
      fundsPlanned: 1000.01,
    });
    expect(hazardFigures(emptyCounts())).toMatchObject({ rectificationRate: null, onTimeRate: null });
  });

  it('sums rows; a snapshot stays null only when every row has none (month rows)', () => {
    const months = [emptyCounts(false), { ...emptyCounts(false), found: 2, fundsPlanned: 10 }];
    expect(addCounts(months)).toMatchObject({ found: 2, fundsPlanned: 10, overdueNow: null, majorOpen: null });
    expect(addCounts([counts, { ...counts, overdueNow: 2 }])).toMatchObject({ found: 8, overdueNow: 2 });
  });
});

describe('periods', () => {
  const now = new Date('2026-08-20T18:00:00Z'); // 2026-08-21 02:00 in Asia/Shanghai

  it('defaults to 1 January of the year up to today (local date), both days inclusive', () => {
    const p = periodOf(now);
    expect([p.from, p.to]).toEqual(['2026-01-01', '2026-08-21']);
    expect(p.start.toISOString()).toBe('2025-12-31T16:00:00.000Z');
    expect(p.end.toISOString()).toBe('2026-08-21T15:59:59.999Z');
  });

  it('refuses a period that ends before it starts, or a date that does not exist', () => {
    expect(() => periodOf(now, '2026-09-01', '2026-08-01')).toThrow(RangeError);
    expect(() => periodOf(now, '2026-02-30', '2026-03-01')).toThrow(RangeError);
  });

  it('lists the months a period touches', () => {
    expect(monthsOf('2026-11-15', '2027-02-01')).toEqual(['2026-11', '2026-12', '2027-01', '2027-02']);
    expect(monthsOf('2026-07-01', '2026-07-31')).toEqual(['2026-07']);
  });
});

// Decree 16 Art. 14 (domain-reference §2.4): a statistical analysis table every quarter and every year.
describe('quarters and the quarterly table (Decree 16 Art. 14)', () => {
  it('spans the three months of the quarter', () => {
    expect(quarterDates(2026, 1)).toEqual({ from: '2026-01-01', to: '2026-03-31' });
    expect(quarterDates(2024, 1)).toEqual({ from: '2024-01-01', to: '2024-03-31' });
    expect(quarterDates(2026, 3)).toEqual({ from: '2026-07-01', to: '2026-09-30' });
    expect(quarterDates(2026, 4)).toEqual({ from: '2026-10-01', to: '2026-12-31' });
    expect(() => quarterDates(2026, 5)).toThrow(RangeError);
  });

  it('is due by the 15th of the first month of the next quarter (下一季度15日前; UNCONFIRMED reading, §2.4)', () => {
    expect(quarterlyReportDue(2026, 1)).toBe('2026-04-15');
    expect(quarterlyReportDue(2026, 3)).toBe('2026-10-15');
    expect(quarterlyReportDue(2026, 4)).toBe('2027-01-15');
  });

  it('the annual table by 31 January of the next year (下一年1月31日前)', () => {
    expect(annualReportDue(2026)).toBe('2027-01-31');
  });
});
