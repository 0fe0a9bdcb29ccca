import { type HolidayCalendar, isWorkingDay } from '../calendar/holiday-calendar';
import { daysBetweenDates, parseLocalDate, shiftLocalDate } from '../calendar/local-date';
import { err, ok, type Result } from '../result';

/** How often a check task runs (§4.5 `checkCycleUnit`): hourly, per shift, daily, weekly, monthly, quarterly, yearly. */
export const CHECK_CYCLES = ['hour', 'shift', 'day', 'week', 'month', 'quarter', 'year'] as const;
export type CheckCycle = (typeof CHECK_CYCLES)[number];

export type CheckSchedule = {
  cycle: CheckCycle;
  /** Every n cycles (e.g. every 2 hours, every 2 weeks); at least 1. */
  every: number;
  /** The first day (local date); months, quarters and years keep its day of the month. */
  start: string;
  /** Working hours (HH:mm, end may be 24:00): hourly and shift checks run inside them. Default the whole day. */
  workStart?: string;
  workEnd?: string;
  /** Length of a shift in hours (default 8). */
  shiftHours?: number;
  /** `working`: hourly, shift and daily checks only on working days by the official calendar (holidays skipped). */
  days: 'all' | 'working';
};

/** One run of a check: due inside [start, end), local date-times `YYYY-MM-DDTHH:mm` (Asia/Shanghai). */
export type CheckSlot = { start: string; end: string };

export const MAX_CHECK_SLOTS = 10_000;

const minutesOf = (hhmm: string): number | null => {
  const m = /^(\d{2}):(\d{2})$/.exec(hhmm);
  if (!m) return null;
  const minutes = Number(m[1]) * 60 + Number(m[2]);
  return Number(m[2]) < 60 && minutes <= 24 * 60 ? minutes : null;
};
const at = (date: string, minutes: number) =>
  minutes >= 24 * 60
    ? `${shiftLocalDate(date, 1)}T00:00`
    : `${date}T${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

const daysInMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** The anchor's day in the month `months` after it, kept where the month has it, else the month's last day. */
function addMonths(anchor: string, months: number): string {
  const [y, m, d] = anchor.split('-').map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const day = Math.min(d, daysInMonth(year, month));
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * The runs of a check task that start between two local dates (both included). Days and weeks step from the start;
 * months, quarters and years keep the start's day of the month, or the month's last day where it has none (31 Jan →
 * 28 or 29 Feb → 31 Mar; 29 Feb → 28 Feb in a common year). Hourly and shift runs fall inside the working hours of
 * each day; with `days: 'working'`, hourly, shift and daily runs skip the days the official calendar makes holidays
 * and take its adjusted working weekends. A run ends where the next begins (or the working hours end).
 */
export function checkSlots(
  s: CheckSchedule,
  from: string,
  to: string,
  calendars: readonly HolidayCalendar[] = [],
): Result<CheckSlot[]> {
  if (!Number.isInteger(s.every) || s.every < 1 || s.every > 1000) {
    return err('RISK.SCHEDULE_INVALID', { field: 'every', value: String(s.every) });
  }
  for (const [field, date] of [
    ['start', s.start],
    ['from', from],
    ['to', to],
  ] as const) {
    if (parseLocalDate(date) === null) return err('RISK.SCHEDULE_INVALID', { field, value: date });
  }
  const workStart = minutesOf(s.workStart ?? '00:00');
  const workEnd = minutesOf(s.workEnd ?? '24:00');
  if (workStart === null || workEnd === null || workEnd <= workStart) {
    return err('RISK.SCHEDULE_INVALID', { field: 'workHours', value: `${s.workStart}-${s.workEnd}` });
  }
  const shift = (s.shiftHours ?? 8) * 60;
  if (s.cycle === 'shift' && (!Number.isInteger(shift) || shift < 60 || shift > 24 * 60)) {
    return err('RISK.SCHEDULE_INVALID', { field: 'shiftHours', value: String(s.shiftHours) });
  }
  const first = s.start > from ? s.start : from;
  const slots: CheckSlot[] = [];
  const push = (slot: CheckSlot) => {
    slots.push(slot);
    return slots.length <= MAX_CHECK_SLOTS;
  };
  const workingOnly = (date: string) => s.days === 'all' || isWorkingDay(date, calendars);

  if (s.cycle === 'hour' || s.cycle === 'shift' || s.cycle === 'day') {
    const stepDays = s.cycle === 'day' ? s.every : 1;
    const offset = daysBetweenDates(s.start, first);
    let date = shiftLocalDate(s.start, Math.ceil(Math.max(0, offset) / stepDays) * stepDays);
    for (; date <= to; date = shiftLocalDate(date, stepDays)) {
      if (!workingOnly(date)) continue;
      if (s.cycle === 'day') {
        if (!push({ start: at(date, workStart), end: at(date, workEnd) })) break;
        continue;
      }
      const step = s.cycle === 'hour' ? s.every * 60 : shift;
      for (let m = workStart; m < workEnd; m += step) {
        if (!push({ start: at(date, m), end: at(date, Math.min(m + step, workEnd)) })) break;
      }
      if (slots.length > MAX_CHECK_SLOTS) break;
    }
  } else {
    const months = { week: 0, month: 1, quarter: 3, year: 12 }[s.cycle] * s.every;
    // Each run counted from the start (not from the run before), so a clamped month does not shorten the next.
    const nth = (k: number) =>
      s.cycle === 'week' ? shiftLocalDate(s.start, 7 * s.every * k) : addMonths(s.start, months * k);
    for (let k = 0; ; k++) {
      const date = nth(k);
      if (date > to) break;
      if (date >= first && !push({ start: `${date}T00:00`, end: `${nth(k + 1)}T00:00` })) break;
    }
  }
  if (slots.length > MAX_CHECK_SLOTS) return err('RISK.SCHEDULE_TOO_MANY', { max: MAX_CHECK_SLOTS });
  return ok(slots);
}
