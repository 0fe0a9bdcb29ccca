import { err, ok, type Result } from '../result';

export type EscalationAction = 'notify_supervisor' | 'notify_leader' | 'propose_listed_supervision';

/**
 * The deadline clock's ladder as data, configured per case type and region: reminders before the deadline, then
 * escalation steps after N days overdue. Days are exact 24-hour periods from the deadline instant (Asia/Shanghai has
 * no daylight saving, so a day is always 24 h); a deadline from `addDays` is 23:59:59.999, so "3 days before" fires
 * at 00:00 two days before the last day, when three whole days remain.
 */
export type Ladder = {
  reminders: Array<{ before: { days: number } }>;
  steps: Array<{ afterOverdue: { days: number }; action: EscalationAction }>;
};

/**
 * Reminders 3 days and 1 day before the deadline (issue 3 §1); escalation to the supervising department after 1 day
 * overdue, to the leader in charge of the sector after 3 days, a proposal of listed supervision after 7. The step
 * days are product defaults, not taken from any regulation: each region sets its own.
 */
export const DEFAULT_LADDER: Ladder = {
  reminders: [{ before: { days: 3 } }, { before: { days: 1 } }],
  steps: [
    { afterOverdue: { days: 1 }, action: 'notify_supervisor' },
    { afterOverdue: { days: 3 }, action: 'notify_leader' },
    { afterOverdue: { days: 7 }, action: 'propose_listed_supervision' },
  ],
};

/** The running clock of a case: its deadline and the keys of the events already recorded for that deadline. */
export type CaseClock = { deadline: Date; firedKeys: string[] };

export type ClockEvent = {
  /** Stable per deadline: `reminder:3d`, `overdue`, `step:1` (1-based position in the ladder). */
  key: string;
  kind: 'reminder' | 'overdue' | 'escalation';
  action?: EscalationAction;
  /** When the event became due (not when the sweep saw it). */
  at: Date;
};

const DAY_MS = 86_400_000;

/** Overdue from the deadline instant on: at `deadline` exactly the case is overdue. */
export function isOverdue(deadline: Date, now: Date): boolean {
  return now.getTime() >= deadline.getTime();
}

/**
 * The clock events due at `now` that are not in `firedKeys`, oldest first. The service records each returned key
 * with the timeline event in one transaction, so a second sweep (or a sweep running twice) returns nothing new.
 * - A reminder is due from its time until the deadline; after the deadline it is dropped (the overdue event says
 *   more). When a sweep finds several reminders due at once (a late sweep, or a deadline set close), only the one
 *   nearest the deadline is returned, and the earlier ones stay silent for good.
 * - `overdue` is due at the deadline; each step at deadline + its days. Every due step is returned, even several at
 *   once, because each one notifies different people.
 * A changed deadline starts a new clock: the service clears `firedKeys` when it sets a new deadline.
 */
export function dueEvents(clock: CaseClock, ladder: Ladder, now: Date): ClockEvent[] {
  const deadline = clock.deadline.getTime();
  const t = now.getTime();
  const fired = new Set(clock.firedKeys);
  const events: ClockEvent[] = [];

  if (t < deadline) {
    const passed = ladder.reminders
      .map((reminder) => ({ days: reminder.before.days, at: deadline - reminder.before.days * DAY_MS }))
      .filter((reminder) => reminder.at <= t);
    const nearest = passed.reduce<(typeof passed)[number] | undefined>(
      (best, reminder) => (best === undefined || reminder.days < best.days ? reminder : best),
      undefined,
    );
    if (nearest && !fired.has(`reminder:${nearest.days}d`)) {
      events.push({ key: `reminder:${nearest.days}d`, kind: 'reminder', at: new Date(nearest.at) });
    }
    return events;
  }

  if (!fired.has('overdue')) events.push({ key: 'overdue', kind: 'overdue', at: new Date(deadline) });
  ladder.steps.forEach((step, index) => {
    const at = deadline + step.afterOverdue.days * DAY_MS;
    const key = `step:${index + 1}`;
    if (at <= t && !fired.has(key)) events.push({ key, kind: 'escalation', action: step.action, at: new Date(at) });
  });
  return events.sort((a, b) => a.at.getTime() - b.at.getTime());
}

/**
 * Checks a ladder an administrator configures: reminder days positive and distinct (`LADDER.REMINDER_DAYS`
 * {index}); step days ≥ 0 and strictly increasing, so the keys `step:N` follow the order of escalation
 * (`LADDER.STEP_DAYS` {index}).
 */
export function validateLadder(ladder: Ladder): Result<Ladder> {
  const seen = new Set<number>();
  for (const [index, reminder] of ladder.reminders.entries()) {
    const days = reminder.before.days;
    if (!Number.isFinite(days) || days <= 0 || seen.has(days)) return err('LADDER.REMINDER_DAYS', { index });
    seen.add(days);
  }
  let previous = -1;
  for (const [index, step] of ladder.steps.entries()) {
    const days = step.afterOverdue.days;
    if (!Number.isFinite(days) || days < 0 || days <= previous) return err('LADDER.STEP_DAYS', { index });
    previous = days;
  }
  return ok(ladder);
}
