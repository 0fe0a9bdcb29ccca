import { describe, expect, it } from 'vitest';
import {
  DEFAULT_LOCKOUT_POLICY,
  INITIAL_LOCKOUT_STATE,
  isLockedOut,
  type LockoutState,
  recordFailedSignIn,
  recordSuccessfulSignIn,
} from './lockout';

const t0 = new Date('2025-03-01T08:00:00.000Z');
const at = (ms: number) => new Date(t0.getTime() + ms);
const MINUTE = 60_000;

const failTimes = (times: number, now = t0, from: LockoutState = INITIAL_LOCKOUT_STATE) => {
  let state = from;
  for (let i = 0; i < times; i++) state = recordFailedSignIn(state, now, DEFAULT_LOCKOUT_POLICY);
  return state;
};

describe('lockout', () => {
  it('defaults to 5 failures and 15 minutes', () => {
    expect(DEFAULT_LOCKOUT_POLICY).toEqual({ maxFailures: 5, lockMinutes: 15 });
  });

  it('does not lock at the 4th failure', () => {
    const state = failTimes(4);
    expect(state).toEqual({ failedCount: 4, lockedUntil: null });
    expect(isLockedOut(state, t0)).toBe(false);
  });

  it('locks at the 5th failure for 15 minutes', () => {
    const state = failTimes(5);
    expect(state).toEqual({ failedCount: 5, lockedUntil: at(15 * MINUTE) });
    expect(isLockedOut(state, t0)).toBe(true);
  });

  it('is locked at lockedUntil minus 1 ms and unlocked at exactly lockedUntil', () => {
    const state = failTimes(5);
    expect(isLockedOut(state, at(15 * MINUTE - 1))).toBe(true);
    expect(isLockedOut(state, at(15 * MINUTE))).toBe(false);
  });

  it('does not extend a lock on failures during it', () => {
    const locked = failTimes(5);
    expect(recordFailedSignIn(locked, at(10 * MINUTE))).toBe(locked);
  });

  it('starts counting again after an expired lock', () => {
    const locked = failTimes(5);
    expect(recordFailedSignIn(locked, at(15 * MINUTE))).toEqual({ failedCount: 1, lockedUntil: null });
    expect(failTimes(5, at(15 * MINUTE), locked)).toEqual({ failedCount: 5, lockedUntil: at(30 * MINUTE) });
  });

  it('resets on a successful sign-in', () => {
    expect(recordSuccessfulSignIn()).toEqual({ failedCount: 0, lockedUntil: null });
    const afterReset = failTimes(4, t0, recordSuccessfulSignIn());
    expect(afterReset.lockedUntil).toBeNull();
  });

  it('honours a custom policy', () => {
    const state = recordFailedSignIn({ failedCount: 2, lockedUntil: null }, t0, { maxFailures: 3, lockMinutes: 1 });
    expect(state).toEqual({ failedCount: 3, lockedUntil: at(MINUTE) });
  });

  it('does not mutate the state it is given', () => {
    const state: LockoutState = { failedCount: 1, lockedUntil: null };
    recordFailedSignIn(state, t0);
    expect(state).toEqual({ failedCount: 1, lockedUntil: null });
  });
});
