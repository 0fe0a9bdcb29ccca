import { describe, expect, it } from 'vitest';
import { CHINA_HOLIDAY_CALENDARS, CHINA_HOLIDAYS_2025, CHINA_HOLIDAYS_2026 } from './china-holidays';
import { isWorkingDay, validateHolidayCalendar } from './holiday-calendar';

const offDays = (calendar: typeof CHINA_HOLIDAYS_2025, from: string, to: string) =>
  calendar.holidays.filter((d) => d >= from && d <= to);

describe('China holiday calendars (State Council general office notices)', () => {
  it.each(CHINA_HOLIDAY_CALENDARS.map((c) => [c.year, c] as const))('%i passes validation', (_, calendar) => {
    expect(validateHolidayCalendar(calendar).ok).toBe(true);
  });

  it('2025 (国办发明电〔2024〕12号): 元旦 1 day; 春节 8 days 1/28–2/4; 清明 3; 劳动节 5; 端午 3; 国庆中秋 8', () => {
    const c = CHINA_HOLIDAYS_2025;
    expect(offDays(c, '2025-01-01', '2025-01-01')).toEqual(['2025-01-01']);
    expect(offDays(c, '2025-01-02', '2025-02-28')).toHaveLength(8);
    expect(offDays(c, '2025-01-02', '2025-02-28')[0]).toBe('2025-01-28');
    expect(offDays(c, '2025-01-02', '2025-02-28').at(-1)).toBe('2025-02-04');
    expect(offDays(c, '2025-04-01', '2025-04-30')).toEqual(['2025-04-04', '2025-04-05', '2025-04-06']);
    expect(offDays(c, '2025-05-01', '2025-05-05')).toHaveLength(5);
    expect(offDays(c, '2025-05-31', '2025-06-02')).toHaveLength(3);
    expect(offDays(c, '2025-10-01', '2025-10-31')).toHaveLength(8);
    expect(c.holidays).toHaveLength(28);
    expect(c.workdays).toEqual(['2025-01-26', '2025-02-08', '2025-04-27', '2025-09-28', '2025-10-11']);
  });

  it('2026 (notice of 2025-11-04): 元旦 1/1–1/3; 春节 9 days 2/15–2/23; 清明; 劳动节 5; 端午; 中秋; 国庆 7', () => {
    const c = CHINA_HOLIDAYS_2026;
    expect(offDays(c, '2026-01-01', '2026-01-31')).toEqual(['2026-01-01', '2026-01-02', '2026-01-03']);
    expect(offDays(c, '2026-02-01', '2026-02-28')).toHaveLength(9);
    expect(offDays(c, '2026-02-01', '2026-02-28').at(-1)).toBe('2026-02-23');
    expect(offDays(c, '2026-04-01', '2026-04-30')).toEqual(['2026-04-04', '2026-04-05', '2026-04-06']);
    expect(offDays(c, '2026-05-01', '2026-05-31')).toHaveLength(5);
    expect(offDays(c, '2026-06-01', '2026-06-30')).toEqual(['2026-06-19', '2026-06-20', '2026-06-21']);
    expect(offDays(c, '2026-09-01', '2026-09-30')).toEqual(['2026-09-25', '2026-09-26', '2026-09-27']);
    expect(offDays(c, '2026-10-01', '2026-10-31')).toHaveLength(7);
    expect(c.holidays).toHaveLength(33);
    expect(c.workdays).toEqual(['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10']);
  });

  it('makes the 调休 weekends working days and the blocks days off', () => {
    expect(isWorkingDay('2026-02-14', CHINA_HOLIDAY_CALENDARS)).toBe(true); // Saturday before 春节
    expect(isWorkingDay('2026-02-16', CHINA_HOLIDAY_CALENDARS)).toBe(false); // Monday inside 春节
    expect(isWorkingDay('2026-02-24', CHINA_HOLIDAY_CALENDARS)).toBe(true); // first Tuesday back
    expect(isWorkingDay('2025-10-08', CHINA_HOLIDAY_CALENDARS)).toBe(false); // Wednesday, last day of 国庆中秋
    expect(isWorkingDay('2025-10-11', CHINA_HOLIDAY_CALENDARS)).toBe(true); // Saturday at work
    expect(isWorkingDay('2025-10-12', CHINA_HOLIDAY_CALENDARS)).toBe(false); // ordinary Sunday
  });
});
