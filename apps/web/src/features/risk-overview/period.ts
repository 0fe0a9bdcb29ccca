import { dayjs } from '../../app/dayjs';

export type Period = { from: string; to: string };
export const PERIOD_PRESETS = [7, 30, 90] as const;

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The last `days` days, today included (the server's default is the last 30). */
export const lastDays = (days: number, today: string): Period => ({
  from: dayjs(today)
    .subtract(days - 1, 'day')
    .format('YYYY-MM-DD'),
  to: today,
});

/** The period in the URL (`from`, `to`), or the last 30 days when missing, malformed or out of order. */
export function periodFromParams(params: URLSearchParams, today: string): Period {
  const from = params.get('from');
  const to = params.get('to');
  if (from && to && DATE.test(from) && DATE.test(to) && from <= to) return { from, to };
  return lastDays(30, today);
}

/** A completion rate (0–1) as a percentage with one decimal, or null for none. */
export const percentOf = (rate: number | null): string | null =>
  rate === null ? null : (Math.round(rate * 1000) / 10).toFixed(1).replace(/\.0$/, '');
