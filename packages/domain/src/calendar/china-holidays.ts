import type { HolidayCalendar } from './holiday-calendar';

/**
 * China's official public-holiday arrangements, shipped as the initial data an administrator can replace or extend
 * (each year's notice is loaded as data; see `HolidayCalendar`). A year not listed here is NOT known: load it when
 * the State Council general office publishes it (usually in November of the year before).
 */

const span = (from: string, days: number): string[] => {
  const start = Date.parse(`${from}T00:00:00Z`);
  return Array.from({ length: days }, (_, i) => new Date(start + i * 86_400_000).toISOString().slice(0, 10));
};

/**
 * 2025: 国务院办公厅关于2025年部分节假日安排的通知 (国办发明电〔2024〕12号, 2024-11-12). First year of the
 * 2024 amendment of the national holiday rules (one more day each for 春节 and 劳动节).
 */
export const CHINA_HOLIDAYS_2025: HolidayCalendar = {
  year: 2025,
  holidays: [
    '2025-01-01', // 元旦
    ...span('2025-01-28', 8), // 春节 1/28–2/4
    ...span('2025-04-04', 3), // 清明节
    ...span('2025-05-01', 5), // 劳动节
    ...span('2025-05-31', 3), // 端午节 5/31–6/2
    ...span('2025-10-01', 8), // 国庆节、中秋节 10/1–10/8
  ],
  workdays: ['2025-01-26', '2025-02-08', '2025-04-27', '2025-09-28', '2025-10-11'],
  source: '国务院办公厅关于2025年部分节假日安排的通知(国办发明电〔2024〕12号)',
};

/**
 * 2026: 国务院办公厅关于2026年部分节假日安排的通知, dated 2025-11-04, as published by Xinhua the same day (text checked
 * against the Xinhua release reprinted by gmw.cn and others). The notice's document number was not checked.
 */
export const CHINA_HOLIDAYS_2026: HolidayCalendar = {
  year: 2026,
  holidays: [
    ...span('2026-01-01', 3), // 元旦 1/1–1/3
    ...span('2026-02-15', 9), // 春节 2/15–2/23
    ...span('2026-04-04', 3), // 清明节
    ...span('2026-05-01', 5), // 劳动节
    ...span('2026-06-19', 3), // 端午节
    ...span('2026-09-25', 3), // 中秋节
    ...span('2026-10-01', 7), // 国庆节
  ],
  workdays: ['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10'],
  source: '国务院办公厅关于2026年部分节假日安排的通知(2025-11-04,新华社发布)',
};

/** The calendars shipped with Redline; the service merges them with those an administrator loads. */
export const CHINA_HOLIDAY_CALENDARS: readonly HolidayCalendar[] = [CHINA_HOLIDAYS_2025, CHINA_HOLIDAYS_2026];
