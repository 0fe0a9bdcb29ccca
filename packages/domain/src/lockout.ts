/** Account lockout after repeated failed sign-ins. The current time is always an argument. */
export type LockoutPolicy = { maxFailures: number; lockMinutes: number };

export const DEFAULT_LOCKOUT_POLICY: LockoutPolicy = { maxFailures: 5, lockMinutes: 15 };

export type LockoutState = { failedCount: number; lockedUntil: Date | null };

export const INITIAL_LOCKOUT_STATE: LockoutState = { failedCount: 0, lockedUntil: null };

/** Locked while `now` is before `lockedUntil`; unlocked from exactly `lockedUntil`. */
export function isLockedOut(state: LockoutState, now: Date): boolean {
  return state.lockedUntil !== null && now.getTime() < state.lockedUntil.getTime();
}

/**
 * Counts a failed sign-in. Reaching `maxFailures` locks the account for `lockMinutes`. A failure during a
 * lock changes nothing (the lock is not extended); after an expired lock the count starts again from zero.
 */
export function recordFailedSignIn(
  state: LockoutState,
  now: Date,
  policy: LockoutPolicy = DEFAULT_LOCKOUT_POLICY,
): LockoutState {
  if (isLockedOut(state, now)) return state;
  const failedCount = (state.lockedUntil === null ? state.failedCount : 0) + 1;
  if (failedCount < policy.maxFailures) return { failedCount, lockedUntil: null };
  return { failedCount, lockedUntil: new Date(now.getTime() + policy.lockMinutes * 60_000) };
}

/** A successful sign-in clears the count and any lock. */
export function recordSuccessfulSignIn(): LockoutState {
  return { failedCount: 0, lockedUntil: null };
}
