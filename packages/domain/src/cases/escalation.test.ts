import { describe, expect, it } from 'vitest';
import { type CaseClock, DEFAULT_LADDER, dueEvents, isOverdue, type Ladder, validateLadder } from './escalation';

const DAY = 86_400_000;
const deadline = new Date('2026-03-12T15:59:59.999Z'); // end of 12 March, Asia/Shanghai
const at = (offsetMs: number) => new Date(deadline.getTime() + offsetMs);
const clock = (firedKeys: string[] = []): CaseClock => ({ deadline, firedKeys });
const keys = (now: Date, firedKeys: string[] = [], ladder: Ladder = DEFAULT_LADDER) =>
  dueEvents(clock(firedKeys), ladder, now).map((e) => e.key);

describe('DEFAULT_LADDER (issue 3 §1: reminders 3 and 1 days before, then escalation steps)', () => {
  it('reminds 3 and 1 days before, then notifies supervisor, leader, and proposes listed supervision', () => {
    expect(DEFAULT_LADDER.reminders.map((r) => r.before.days)).toEqual([3, 1]);
    expect(DEFAULT_LADDER.steps.map((s) => s.action)).toEqual([
      'notify_supervisor',
      'notify_leader',
      'propose_listed_supervision',
    ]);
    expect(validateLadder(DEFAULT_LADDER).ok).toBe(true);
  });
});

describe('dueEvents: reminders', () => {
  it('has nothing due well before the deadline', () => {
    expect(keys(at(-10 * DAY))).toEqual([]);
  });

  it('fires the 3-day reminder exactly at deadline − 3 days, not 1 ms before', () => {
    expect(keys(at(-3 * DAY - 1))).toEqual([]);
    expect(dueEvents(clock(), DEFAULT_LADDER, at(-3 * DAY))).toEqual([
      { key: 'reminder:3d', kind: 'reminder', at: at(-3 * DAY) },
    ]);
  });

  it('fires the 1-day reminder exactly at deadline − 1 day, not 1 ms before', () => {
    expect(keys(at(-DAY - 1), ['reminder:3d'])).toEqual([]);
    expect(keys(at(-DAY), ['reminder:3d'])).toEqual(['reminder:1d']);
  });

  it('is idempotent: with the returned keys recorded, the same sweep returns nothing', () => {
    const now = at(-3 * DAY + 5_000);
    const first = dueEvents(clock(), DEFAULT_LADDER, now);
    expect(first.map((e) => e.key)).toEqual(['reminder:3d']);
    expect(dueEvents(clock(first.map((e) => e.key)), DEFAULT_LADDER, now)).toEqual([]);
  });

  it('after a missed sweep sends only the reminder nearest the deadline, and never the older one afterwards', () => {
    expect(keys(at(-12 * 3_600_000))).toEqual(['reminder:1d']);
    expect(keys(at(-12 * 3_600_000), ['reminder:1d'])).toEqual([]);
  });

  it('sends no reminder once the deadline has passed', () => {
    expect(keys(at(0))).not.toContain('reminder:1d');
    expect(keys(at(0))).not.toContain('reminder:3d');
  });
});

describe('dueEvents: overdue and escalation steps', () => {
  it('is overdue exactly at the deadline, not 1 ms before', () => {
    expect(keys(at(-1), ['reminder:3d', 'reminder:1d'])).toEqual([]);
    expect(isOverdue(deadline, at(-1))).toBe(false);
    expect(dueEvents(clock(), DEFAULT_LADDER, at(0))).toEqual([{ key: 'overdue', kind: 'overdue', at: deadline }]);
    expect(isOverdue(deadline, at(0))).toBe(true);
  });

  it('takes step 1 (notify the supervising department) after 1 day overdue, not 1 ms before', () => {
    expect(keys(at(DAY - 1), ['overdue'])).toEqual([]);
    expect(dueEvents(clock(['overdue']), DEFAULT_LADDER, at(DAY))).toEqual([
      { key: 'step:1', kind: 'escalation', action: 'notify_supervisor', at: at(DAY) },
    ]);
  });

  it('takes step 2 (the leader in charge) after 3 days and step 3 (propose listed supervision) after 7', () => {
    expect(keys(at(3 * DAY - 1), ['overdue', 'step:1'])).toEqual([]);
    expect(keys(at(3 * DAY), ['overdue', 'step:1'])).toEqual(['step:2']);
    expect(keys(at(7 * DAY - 1), ['overdue', 'step:1', 'step:2'])).toEqual([]);
    const third = dueEvents(clock(['overdue', 'step:1', 'step:2']), DEFAULT_LADDER, at(7 * DAY));
    expect(third).toEqual([
      { key: 'step:3', kind: 'escalation', action: 'propose_listed_supervision', at: at(7 * DAY) },
    ]);
  });

  it('catches up every missed step at once, oldest first, and then nothing', () => {
    const events = dueEvents(clock(), DEFAULT_LADDER, at(30 * DAY));
    expect(events.map((e) => e.key)).toEqual(['overdue', 'step:1', 'step:2', 'step:3']);
    expect(
      keys(
        at(30 * DAY),
        events.map((e) => e.key),
      ),
    ).toEqual([]);
  });

  it('follows a custom ladder (a step at 0 days fires with the overdue event)', () => {
    const ladder: Ladder = {
      reminders: [{ before: { days: 0.5 } }],
      steps: [{ afterOverdue: { days: 0 }, action: 'notify_leader' }],
    };
    expect(keys(at(-DAY / 2), [], ladder)).toEqual(['reminder:0.5d']);
    expect(keys(at(0), [], ladder)).toEqual(['overdue', 'step:1']);
  });
});

describe('validateLadder', () => {
  it.each([
    [{ reminders: [{ before: { days: 0 } }], steps: [] }, 'LADDER.REMINDER_DAYS'],
    [{ reminders: [{ before: { days: 2 } }, { before: { days: 2 } }], steps: [] }, 'LADDER.REMINDER_DAYS'],
    [{ reminders: [], steps: [{ afterOverdue: { days: -1 }, action: 'notify_leader' }] }, 'LADDER.STEP_DAYS'],
    [
      {
        reminders: [],
        steps: [
          { afterOverdue: { days: 3 }, action: 'notify_leader' },
          { afterOverdue: { days: 3 }, action: 'notify_supervisor' },
        ],
      },
      'LADDER.STEP_DAYS',
    ],
  ] as Array<[Ladder, string]>)('rejects %j with %s', (ladder, code) => {
    const result = validateLadder(ladder);
    expect(result.ok ? 'ok' : result.error.code).toBe(code);
  });

  it('accepts an empty ladder (a clock without reminders or escalation)', () => {
    expect(validateLadder({ reminders: [], steps: [] }).ok).toBe(true);
  });
});
