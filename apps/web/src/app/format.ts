/** The platform's one time zone: every time is shown as Beijing time, whatever the browser's zone. */
export const TIME_ZONE = 'Asia/Shanghai';

/** Asia/Shanghai is UTC+8 all year (no daylight saving since 1991), so Beijing time is plain arithmetic. */
const SHANGHAI_OFFSET_MS = 8 * 60 * 60 * 1000;
const pad = (n: number) => String(n).padStart(2, '0');

/**
 * `2026-11-22 09:30` (24 h, Asia/Shanghai); an em dash for a missing value. Arithmetic rather than a time-zone
 * library: a list of hundreds of times renders without a time-zone lookup per cell.
 */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '—';
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return iso;
  const d = new Date(ms + SHANGHAI_OFFSET_MS);
  return (
    `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ` +
    `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`
  );
}

/** Shows a value or an em dash when it is missing. */
export function orDash(value: string | number | null | undefined): string {
  return value === null || value === undefined || value === '' ? '—' : String(value);
}
