import { err, ok, type Result } from '../result';
import { parseLocalDate, weekdayOf } from './local-date';

/**
 * One year of the official public-holiday arrangement (国务院办公厅关于YYYY年部分节假日安排的通知), as data.
 * The State Council general office publishes each year's notice in the autumn before; an administrator loads it
 * (this shape, validated by `validateHolidayCalendar`) every year. The code never guesses a year: a year without a
 * loaded calendar falls back to Monday–Friday, and `listMissingCalendarYears` lets the service warn about it.
 *
 * - `holidays`: every day off of the notice's holiday blocks (放假), weekends inside a block included.
 * - `workdays`: weekend days that are working days (调休上班).
 * - `source`: where the data comes from (notice title and date), for the admin screen and audit.
 *
 * A notice may name days of a neighbouring year (the 2023 notice put 2022-12-31 in the New Year block), so dates
 * from the year before or after `year` are accepted; lookups match by date, not by year.
 */
export type HolidayCalendar = { year: number; holidays: string[]; workdays: string[]; source?: string };

/**
 * Checks a calendar an administrator loads: a plausible year; real `YYYY-MM-DD` dates within `year` ± 1; no date
 * listed twice or in both lists; every 调休 workday a Saturday or Sunday (a weekday is a working day anyway).
 */
export function validateHolidayCalendar(calendar: HolidayCalendar): Result<HolidayCalendar> {
  const { year } = calendar;
  if (!Number.isInteger(year) || year < 2000 || year > 2999) return err('CALENDAR.YEAR', { year });
  const seen = new Set<string>();
  for (const date of [...calendar.holidays, ...calendar.workdays]) {
    if (parseLocalDate(date) === null) return err('CALENDAR.DATE_FORMAT', { date });
    const dateYear = Number(date.slice(0, 4));
    if (Math.abs(dateYear - year) > 1) return err('CALENDAR.DATE_OUTSIDE_YEAR', { date, year });
    if (seen.has(date)) return err('CALENDAR.DUPLICATE_DATE', { date });
    seen.add(date);
  }
  for (const date of calendar.workdays) {
    const weekday = weekdayOf(date);
    if (weekday !== 0 && weekday !== 6) return err('CALENDAR.WORKDAY_NOT_WEEKEND', { date });
  }
  return ok(calendar);
}

/**
 * Whether `date` (`YYYY-MM-DD`) is a working day: not if any loaded calendar lists it as a holiday; yes if one lists
 * it as a 调休 workday; otherwise Monday to Friday. Throws RangeError on a malformed date (a caller's bug).
 */
export function isWorkingDay(date: string, calendars: readonly HolidayCalendar[]): boolean {
  const weekday = weekdayOf(date);
  if (calendars.some((calendar) => calendar.holidays.includes(date))) return false;
  if (calendars.some((calendar) => calendar.workdays.includes(date))) return true;
  return weekday !== 0 && weekday !== 6;
}

/** Years from `fromYear` to `toYear` (inclusive) that no loaded calendar covers: working days there are a guess. */
export function listMissingCalendarYears(
  fromYear: number,
  toYear: number,
  calendars: readonly HolidayCalendar[],
): number[] {
  const missing: number[] = [];
  for (let year = Math.min(fromYear, toYear); year <= Math.max(fromYear, toYear); year++) {
    if (!calendars.some((calendar) => calendar.year === year)) missing.push(year);
  }
  return missing;
}
