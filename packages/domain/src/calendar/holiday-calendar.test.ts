import { describe, expect, it } from 'vitest';
import {
  type HolidayCalendar,
  isWorkingDay,
  listMissingCalendarYears,
  validateHolidayCalendar,
} from './holiday-calendar';

const sample: HolidayCalendar = { year: 2030, holidays: ['2030-01-01', '2029-12-31'], workdays: ['2030-01-05'] };

describe('validateHolidayCalendar', () => {
  it('accepts a well-formed calendar, including a date of the neighbouring year', () => {
    expect(validateHolidayCalendar(sample)).toEqual({ ok: true, value: sample });
  });

  it.each([
    [{ ...sample, year: 2030.5 }, 'CALENDAR.YEAR'],
    [{ ...sample, year: 1999 }, 'CALENDAR.YEAR'],
    [{ ...sample, holidays: ['2030-02-30'] }, 'CALENDAR.DATE_FORMAT'],
    [{ ...sample, holidays: ['2030/01/01'] }, 'CALENDAR.DATE_FORMAT'],
    [{ ...sample, holidays: ['2032-01-01'] }, 'CALENDAR.DATE_OUTSIDE_YEAR'],
    [{ ...sample, holidays: ['2030-01-01', '2030-01-01'] }, 'CALENDAR.DUPLICATE_DATE'],
    [{ ...sample, workdays: ['2030-01-01'] }, 'CALENDAR.DUPLICATE_DATE'],
    [{ ...sample, workdays: ['2030-01-07'] }, 'CALENDAR.WORKDAY_NOT_WEEKEND'],
  ])('rejects %j with %s', (calendar, code) => {
    const result = validateHolidayCalendar(calendar);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe(code);
  });
});

describe('isWorkingDay', () => {
  it('is Monday–Friday when no calendar is loaded', () => {
    expect(isWorkingDay('2030-01-04', [])).toBe(true); // Friday
    expect(isWorkingDay('2030-01-05', [])).toBe(false); // Saturday
    expect(isWorkingDay('2030-01-06', [])).toBe(false); // Sunday
  });

  it('skips holidays and counts 调休 weekend workdays', () => {
    expect(isWorkingDay('2030-01-01', [sample])).toBe(false); // a Tuesday off
    expect(isWorkingDay('2030-01-05', [sample])).toBe(true); // a Saturday at work
    expect(isWorkingDay('2029-12-31', [sample])).toBe(false); // listed in the next year's notice
  });

  it('lets a holiday win over a workday when two loaded calendars disagree', () => {
    const other: HolidayCalendar = { year: 2030, holidays: ['2030-01-05'], workdays: [] };
    expect(isWorkingDay('2030-01-05', [sample, other])).toBe(false);
  });

  it('throws on a malformed date', () => {
    expect(() => isWorkingDay('2030-1-1', [])).toThrow(RangeError);
  });
});

describe('listMissingCalendarYears', () => {
  it('names the years without a loaded calendar, in either order', () => {
    expect(listMissingCalendarYears(2029, 2031, [sample])).toEqual([2029, 2031]);
    expect(listMissingCalendarYears(2030, 2030, [sample])).toEqual([]);
    expect(listMissingCalendarYears(2031, 2029, [])).toEqual([2029, 2030, 2031]);
  });
});
