import { dayjs } from '../../app/dayjs';
import { TIME_ZONE } from '../../app/format';

export type Due =
  | { kind: 'none' }
  | { kind: 'overdue'; days: number }
  | { kind: 'overdueToday' }
  | { kind: 'today' }
  | { kind: 'left'; days: number };

/**
 * How a deadline stands at `now`, in whole local days (Beijing time): overdue by N days, overdue today, due
 * today, or N days left.
 */
export function dueOf(deadline: string | null, now: Date): Due {
  if (!deadline) return { kind: 'none' };
  const at = dayjs(deadline);
  const today = dayjs(now).tz(TIME_ZONE).startOf('day');
  const day = at.tz(TIME_ZONE).startOf('day');
  const days = Math.round(day.diff(today, 'day', true));
  if (at.valueOf() < now.getTime()) return days < 0 ? { kind: 'overdue', days: -days } : { kind: 'overdueToday' };
  return days === 0 ? { kind: 'today' } : { kind: 'left', days };
}
