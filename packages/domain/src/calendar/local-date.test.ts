import { describe, expect, it } from 'vitest';
import {
  daysBetweenDates,
  endOfLocalDate,
  localDateOf,
  parseLocalDate,
  shiftLocalDate,
  startOfLocalDate,
  weekdayOf,
} from './local-date';

describe('local dates', () => {
  it('parses real dates only', () => {
    expect(parseLocalDate('1970-01-02')).toBe(1);
    expect(parseLocalDate('2028-02-29')).not.toBeNull();
    expect(parseLocalDate('2026-02-29')).toBeNull();
    expect(parseLocalDate('2026-13-01')).toBeNull();
    expect(parseLocalDate('2026-1-5')).toBeNull();
    expect(parseLocalDate('')).toBeNull();
  });

  it('shifts across month, year and leap-day boundaries', () => {
    expect(shiftLocalDate('2026-01-31', 1)).toBe('2026-02-01');
    expect(shiftLocalDate('2025-12-31', 1)).toBe('2026-01-01');
    expect(shiftLocalDate('2028-02-28', 1)).toBe('2028-02-29');
    expect(shiftLocalDate('2027-02-28', 1)).toBe('2027-03-01');
    expect(shiftLocalDate('2026-03-01', -1)).toBe('2026-02-28');
    expect(() => shiftLocalDate('2026-02-30', 1)).toThrow(RangeError);
  });

  it('gives weekdays (0 = Sunday) and day differences', () => {
    expect(weekdayOf('2026-01-01')).toBe(4);
    expect(weekdayOf('2028-02-29')).toBe(2);
    expect(daysBetweenDates('2025-12-30', '2026-01-02')).toBe(3);
    expect(daysBetweenDates('2026-01-02', '2025-12-30')).toBe(-3);
  });

  it('reads the date of an instant in Asia/Shanghai (UTC+8) by default', () => {
    expect(localDateOf(new Date('2026-03-05T15:59:59.999Z'))).toBe('2026-03-05');
    expect(localDateOf(new Date('2026-03-05T16:00:00.000Z'))).toBe('2026-03-06');
    expect(localDateOf(new Date('2026-03-05T16:00:00.000Z'), 'UTC')).toBe('2026-03-05');
  });

  it('gives the first and last millisecond of a day in Asia/Shanghai', () => {
    expect(startOfLocalDate('2026-03-05').toISOString()).toBe('2026-03-04T16:00:00.000Z');
    expect(endOfLocalDate('2026-03-05').toISOString()).toBe('2026-03-05T15:59:59.999Z');
    expect(endOfLocalDate('2025-12-31').toISOString()).toBe('2025-12-31T15:59:59.999Z');
  });

  it('follows daylight saving in other zones through Intl', () => {
    // New York moves to UTC−4 on 2026-03-08; the day is 23 hours long.
    expect(startOfLocalDate('2026-03-08', 'America/New_York').toISOString()).toBe('2026-03-08T05:00:00.000Z');
    expect(endOfLocalDate('2026-03-08', 'America/New_York').toISOString()).toBe('2026-03-09T03:59:59.999Z');
    expect(localDateOf(new Date('2026-03-09T03:59:59.999Z'), 'America/New_York')).toBe('2026-03-08');
    expect(localDateOf(new Date('2026-03-09T04:00:00.000Z'), 'America/New_York')).toBe('2026-03-09');
  });
});
