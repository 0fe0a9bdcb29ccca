/**
 * Calendar dates (`YYYY-MM-DD`) and their relation to instants in a time zone. Asia/Shanghai (China Standard
 * Time) is UTC+8 all year with no daylight saving since 1991, so it takes a fixed-offset fast path; any other IANA
 * zone goes through `Intl` (data, not a clock: nothing here reads the current time).
 */
export const DEFAULT_TIME_ZONE = 'Asia/Shanghai';

const DAY_MS = 86_400_000;
const SHANGHAI_OFFSET_MS = 8 * 3_600_000;
const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days since 1970-01-01 of a `YYYY-MM-DD` date, or null when the text is not a real calendar date. */
export function parseLocalDate(date: string): number | null {
  const match = DATE_PATTERN.exec(date);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const ms = Date.UTC(year, month - 1, day);
  const back = new Date(ms);
  if (back.getUTCFullYear() !== year || back.getUTCMonth() !== month - 1 || back.getUTCDate() !== day) return null;
  return ms / DAY_MS;
}

const toEpochDay = (date: string): number => {
  const day = parseLocalDate(date);
  if (day === null) throw new RangeError(`not a YYYY-MM-DD date: ${date}`);
  return day;
};

const fromEpochDay = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);

/** The date `n` days after `date` (n may be negative). Throws RangeError on a malformed date. */
export function shiftLocalDate(date: string, n: number): string {
  return fromEpochDay(toEpochDay(date) + n);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(date: string): number {
  return new Date(toEpochDay(date) * DAY_MS).getUTCDay();
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetweenDates(from: string, to: string): number {
  return toEpochDay(to) - toEpochDay(from);
}

const formatters = new Map<string, Intl.DateTimeFormat>();

const formatterFor = (timeZone: string): Intl.DateTimeFormat => {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
};

/** Offset of `timeZone` from UTC at `instant`, in ms (UTC+8 → 28 800 000). */
function offsetMs(instant: number, timeZone: string): number {
  if (timeZone === DEFAULT_TIME_ZONE) return SHANGHAI_OFFSET_MS;
  const parts: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(new Date(instant))) parts[part.type] = Number(part.value);
  const wall = Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour!, parts.minute!, parts.second!);
  return wall - (instant - (((instant % 1000) + 1000) % 1000));
}

/** The calendar date of `instant` in `timeZone`. */
export function localDateOf(instant: Date, timeZone: string = DEFAULT_TIME_ZONE): string {
  const ms = instant.getTime();
  return fromEpochDay(Math.floor((ms + offsetMs(ms, timeZone)) / DAY_MS));
}

/** The first instant of `date` in `timeZone` (local midnight). */
export function startOfLocalDate(date: string, timeZone: string = DEFAULT_TIME_ZONE): Date {
  const wall = toEpochDay(date) * DAY_MS;
  let instant = wall - offsetMs(wall, timeZone);
  instant = wall - offsetMs(instant, timeZone);
  return new Date(instant);
}

/** The last millisecond of `date` in `timeZone`: 23:59:59.999 local time (one ms before the next local midnight). */
export function endOfLocalDate(date: string, timeZone: string = DEFAULT_TIME_ZONE): Date {
  return new Date(startOfLocalDate(shiftLocalDate(date, 1), timeZone).getTime() - 1);
}
