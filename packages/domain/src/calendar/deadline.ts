import { type HolidayCalendar, isWorkingDay } from './holiday-calendar';
import { DEFAULT_TIME_ZONE, daysBetweenDates, endOfLocalDate, localDateOf, shiftLocalDate } from './local-date';

/** How a period is counted: every calendar day, or only working days of the loaded holiday calendars. */
export type DayCountMode = 'calendar' | 'working';

/**
 * The deadline `n` days after `start`.
 *
 * Convention (one rule for every clock): the day on which `start` falls (in `timeZone`, Asia/Shanghai by default) is
 * day 0 and is not counted; the deadline is the END of the nth day, 23:59:59.999 local time, so "within 3 days" of a
 * report made on Monday at 10:00 runs to Thursday 23:59:59.999. In 'working' mode only working days count
 * (`isWorkingDay`: holidays and weekends skipped, 调休 weekend workdays counted), so 1 working day from a Friday is the
 * end of Monday, and from the eve of the Spring Festival block is the end of the first working day after it; a
 * deadline therefore never lands on a day off. n = 0 is the end of the start day itself (same-day, e.g. immediate
 * rectification). A case is overdue from the deadline instant on (see escalation.ts).
 *
 * Throws RangeError when n is not a whole number ≥ 0 (a caller's bug, not a user's mistake).
 */
export function addDays(
  start: Date,
  n: number,
  mode: DayCountMode,
  calendars: readonly HolidayCalendar[],
  timeZone: string = DEFAULT_TIME_ZONE,
): Date {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`day count must be a whole number ≥ 0: ${n}`);
  const day0 = localDateOf(start, timeZone);
  if (mode === 'calendar') return endOfLocalDate(shiftLocalDate(day0, n), timeZone);
  let day = day0;
  for (let counted = 0; counted < n; ) {
    day = shiftLocalDate(day, 1);
    if (isWorkingDay(day, calendars)) counted++;
  }
  return endOfLocalDate(day, timeZone);
}

/**
 * Working days after the day of `from` up to and including the day of `to` (local dates in `timeZone`), so that
 * `workingDaysBetween(start, addDays(start, n, 'working', c), c) === n`. Negative when `to` is on an earlier day.
 */
export function workingDaysBetween(
  from: Date,
  to: Date,
  calendars: readonly HolidayCalendar[],
  timeZone: string = DEFAULT_TIME_ZONE,
): number {
  const fromDay = localDateOf(from, timeZone);
  const toDay = localDateOf(to, timeZone);
  const span = daysBetweenDates(fromDay, toDay);
  const [first, sign] = span >= 0 ? [fromDay, 1] : [toDay, -1];
  let count = 0;
  for (let i = 1; i <= Math.abs(span); i++) if (isWorkingDay(shiftLocalDate(first, i), calendars)) count++;
  return sign * count;
}
