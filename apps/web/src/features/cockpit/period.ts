import { dayjs } from '../../app/dayjs';
import { TIME_ZONE } from '../../app/format';

export type Period = { from: string; to: string };
export type PresetName = 'thisYear' | 'thisQuarter' | 'thisMonth' | 'last12Months';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Today's local date in Beijing time, whatever the browser's zone. */
export const todayLocal = (now: Date = new Date()) => dayjs(now).tz(TIME_ZONE).format('YYYY-MM-DD');

/** The statistics' default: 1 January of this year to today. */
export function presetPeriod(name: PresetName, today: string): Period {
  const day = dayjs(today);
  switch (name) {
    case 'thisYear':
      return { from: `${today.slice(0, 4)}-01-01`, to: today };
    case 'thisQuarter': {
      const firstMonth = Math.floor(day.month() / 3) * 3;
      return { from: day.month(firstMonth).date(1).format('YYYY-MM-DD'), to: today };
    }
    case 'thisMonth':
      return { from: `${today.slice(0, 7)}-01`, to: today };
    case 'last12Months':
      return { from: day.date(1).subtract(11, 'month').format('YYYY-MM-DD'), to: today };
  }
}

/** The period in a page URL (`from`, `to`), or this year when missing, malformed or out of order. */
export function periodFromParams(params: URLSearchParams, today: string): Period {
  const from = params.get('from');
  const to = params.get('to');
  if (from && to && DATE.test(from) && DATE.test(to) && from <= to) return { from, to };
  return presetPeriod('thisYear', today);
}

/** The twelve months ending with the month of `to` (the trend chart's window). */
export function trendPeriod(to: string): Period {
  return { from: dayjs(to).date(1).subtract(11, 'month').format('YYYY-MM-DD'), to };
}
