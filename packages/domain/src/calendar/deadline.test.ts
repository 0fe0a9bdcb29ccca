import { describe, expect, it } from 'vitest';
import { CHINA_HOLIDAY_CALENDARS as CN } from './china-holidays';
import { addDays, workingDaysBetween } from './deadline';
import { localDateOf } from './local-date';

/** An instant given as Asia/Shanghai wall time. */
const cst = (wall: string) => new Date(`${wall}+08:00`);
/** The end of a day in Asia/Shanghai, as the deadline convention puts it. */
const endOf = (date: string) => cst(`${date}T23:59:59.999`);

describe('addDays: calendar days', () => {
  it('ends at 23:59:59.999 Asia/Shanghai on the nth day after the start day', () => {
    expect(addDays(cst('2026-03-02T10:00:00'), 3, 'calendar', CN)).toEqual(endOf('2026-03-05'));
    expect(addDays(cst('2026-03-02T10:00:00'), 3, 'calendar', CN).toISOString()).toBe('2026-03-05T15:59:59.999Z');
  });

  it('takes the start day from Asia/Shanghai time, not UTC', () => {
    // 2026-03-02 00:30 in Shanghai is still 1 March in UTC.
    expect(addDays(cst('2026-03-02T00:30:00'), 1, 'calendar', CN)).toEqual(endOf('2026-03-03'));
    expect(addDays(cst('2026-03-01T23:59:59.999'), 1, 'calendar', CN)).toEqual(endOf('2026-03-02'));
  });

  it('counts holidays and weekends as days', () => {
    expect(addDays(cst('2026-02-13T09:00:00'), 10, 'calendar', CN)).toEqual(endOf('2026-02-23'));
  });

  it('crosses month and year ends', () => {
    expect(addDays(cst('2026-01-30T09:00:00'), 2, 'calendar', CN)).toEqual(endOf('2026-02-01'));
    expect(addDays(cst('2025-12-30T09:00:00'), 3, 'calendar', CN)).toEqual(endOf('2026-01-02'));
  });

  it('handles 29 February in a leap year (2028) and its absence in 2027', () => {
    expect(addDays(cst('2028-02-28T09:00:00'), 1, 'calendar', CN)).toEqual(endOf('2028-02-29'));
    expect(addDays(cst('2028-02-28T09:00:00'), 2, 'calendar', CN)).toEqual(endOf('2028-03-01'));
    expect(addDays(cst('2027-02-28T09:00:00'), 1, 'calendar', CN)).toEqual(endOf('2027-03-01'));
  });

  it('gives the end of the start day for n = 0', () => {
    expect(addDays(cst('2026-03-02T10:00:00'), 0, 'calendar', CN)).toEqual(endOf('2026-03-02'));
  });
});

describe('addDays: working days (weekends, holiday blocks and 调休 from the loaded calendars)', () => {
  it('skips a weekend: 1 working day from Friday is the end of Monday', () => {
    expect(addDays(cst('2026-03-06T16:00:00'), 1, 'working', CN)).toEqual(endOf('2026-03-09'));
    expect(addDays(cst('2026-03-07T10:00:00'), 1, 'working', CN)).toEqual(endOf('2026-03-09')); // from Saturday
  });

  it('uses the Shanghai day: Friday 00:30 in Shanghai is Thursday in UTC', () => {
    const start = cst('2026-03-06T00:30:00');
    expect(addDays(start, 1, 'working', CN)).toEqual(endOf('2026-03-09'));
    expect(localDateOf(addDays(start, 1, 'working', CN, 'UTC'), 'UTC')).toBe('2026-03-06');
  });

  it('2026 春节 (2/15–2/23 off, Saturdays 2/14 and 2/28 at work)', () => {
    const friday = cst('2026-02-13T10:00:00');
    expect(addDays(friday, 1, 'working', CN)).toEqual(endOf('2026-02-14'));
    expect(addDays(friday, 2, 'working', CN)).toEqual(endOf('2026-02-24'));
    expect(addDays(cst('2026-02-14T10:00:00'), 1, 'working', CN)).toEqual(endOf('2026-02-24'));
    expect(addDays(cst('2026-02-16T10:00:00'), 1, 'working', CN)).toEqual(endOf('2026-02-24')); // from inside the block
    expect(addDays(cst('2026-02-27T10:00:00'), 1, 'working', CN)).toEqual(endOf('2026-02-28'));
  });

  it('2025 春节 (1/28–2/4 off, Sunday 1/26 and Saturday 2/8 at work)', () => {
    const friday = cst('2025-01-24T10:00:00');
    expect(addDays(friday, 1, 'working', CN)).toEqual(endOf('2025-01-26'));
    expect(addDays(friday, 2, 'working', CN)).toEqual(endOf('2025-01-27'));
    expect(addDays(friday, 3, 'working', CN)).toEqual(endOf('2025-02-05'));
    expect(addDays(cst('2025-02-07T10:00:00'), 1, 'working', CN)).toEqual(endOf('2025-02-08'));
  });

  it('2025 国庆中秋 (10/1–10/8 off, Saturday 10/11 at work)', () => {
    expect(addDays(cst('2025-09-27T10:00:00'), 1, 'working', CN)).toEqual(endOf('2025-09-28')); // Sunday at work
    expect(addDays(cst('2025-09-30T10:00:00'), 1, 'working', CN)).toEqual(endOf('2025-10-09'));
    expect(addDays(cst('2025-10-10T10:00:00'), 1, 'working', CN)).toEqual(endOf('2025-10-11'));
  });

  it('crosses a month end into 劳动节 2026 (5/1–5/5 off, Saturday 5/9 at work)', () => {
    const thursday = cst('2026-04-30T10:00:00');
    expect(addDays(thursday, 1, 'working', CN)).toEqual(endOf('2026-05-06'));
    expect(addDays(thursday, 4, 'working', CN)).toEqual(endOf('2026-05-09'));
    expect(addDays(thursday, 5, 'working', CN)).toEqual(endOf('2026-05-11'));
  });

  it('crosses a year end from the 2025 calendar into the 2026 one (1/1–1/3 off, Sunday 1/4 at work)', () => {
    expect(addDays(cst('2025-12-31T10:00:00'), 1, 'working', CN)).toEqual(endOf('2026-01-04'));
    expect(addDays(cst('2025-12-31T10:00:00'), 2, 'working', CN)).toEqual(endOf('2026-01-05'));
  });

  it('without a calendar falls back to Monday–Friday (e.g. 2028, not loaded), leap day included', () => {
    expect(addDays(cst('2028-02-25T10:00:00'), 2, 'working', CN)).toEqual(endOf('2028-02-29'));
    expect(addDays(cst('2026-02-13T10:00:00'), 2, 'working', [])).toEqual(endOf('2026-02-17'));
  });

  it('rejects a negative or fractional count', () => {
    expect(() => addDays(cst('2026-03-02T10:00:00'), -1, 'working', CN)).toThrow(RangeError);
    expect(() => addDays(cst('2026-03-02T10:00:00'), 1.5, 'calendar', CN)).toThrow(RangeError);
  });
});

describe('workingDaysBetween', () => {
  it('counts working days after the start day up to and including the end day', () => {
    expect(workingDaysBetween(cst('2026-03-06T10:00:00'), cst('2026-03-09T08:00:00'), CN)).toBe(1);
    expect(workingDaysBetween(cst('2026-03-06T10:00:00'), cst('2026-03-06T23:00:00'), CN)).toBe(0);
    expect(workingDaysBetween(cst('2026-02-13T10:00:00'), cst('2026-02-27T10:00:00'), CN)).toBe(5);
    expect(workingDaysBetween(cst('2025-12-31T10:00:00'), cst('2026-01-05T10:00:00'), CN)).toBe(2);
  });

  it('is negative when the end is on an earlier day', () => {
    expect(workingDaysBetween(cst('2026-02-27T10:00:00'), cst('2026-02-13T10:00:00'), CN)).toBe(-5);
  });

  it('inverts addDays in working mode', () => {
    const starts = ['2025-01-24T10:00:00', '2025-09-30T18:00:00', '2025-12-31T09:00:00', '2026-02-13T00:10:00'];
    for (const start of starts) {
      for (const n of [0, 1, 2, 5, 10, 20]) {
        const deadline = addDays(cst(start), n, 'working', CN);
        expect(workingDaysBetween(cst(start), deadline, CN)).toBe(n);
      }
    }
  });
});
