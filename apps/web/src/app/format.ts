import dayjs from 'dayjs';
import timezone from 'dayjs/plugin/timezone';
import utc from 'dayjs/plugin/utc';

dayjs.extend(utc);
dayjs.extend(timezone);

/** The platform's one time zone: every time is shown as Beijing time, whatever the browser's zone. */
export const TIME_ZONE = 'Asia/Shanghai';

/** `2026-11-22 09:30` (24 h, Asia/Shanghai); an em dash for a missing value. */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '—';
  const value = dayjs(iso);
  return value.isValid() ? value.tz(TIME_ZONE).format('YYYY-MM-DD HH:mm') : iso;
}

/** Shows a value or an em dash when it is missing. */
export function orDash(value: string | number | null | undefined): string {
  return value === null || value === undefined || value === '' ? '—' : String(value);
}
