import { describe, expect, it } from 'vitest';
import { DEFAULT_SESSION_POLICY, isSessionExpired } from './session-policy';

const t0 = new Date('2025-03-01T08:00:00.000Z');
const at = (ms: number) => new Date(t0.getTime() + ms);
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

describe('isSessionExpired', () => {
  it('defaults to 30 idle minutes and 12 absolute hours', () => {
    expect(DEFAULT_SESSION_POLICY).toEqual({ idleMinutes: 30, absoluteHours: 12 });
  });

  it('is live 1 ms before the idle limit and expired at exactly the idle limit', () => {
    const session = { createdAt: t0, lastSeenAt: t0 };
    expect(isSessionExpired(session, at(30 * MINUTE - 1))).toBe(false);
    expect(isSessionExpired(session, at(30 * MINUTE))).toBe(true);
  });

  it('counts idle time from the last activity', () => {
    const session = { createdAt: t0, lastSeenAt: at(2 * HOUR) };
    expect(isSessionExpired(session, at(2 * HOUR + 29 * MINUTE))).toBe(false);
    expect(isSessionExpired(session, at(2 * HOUR + 30 * MINUTE))).toBe(true);
  });

  it('expires at exactly the absolute limit even when active', () => {
    const session = { createdAt: t0, lastSeenAt: at(12 * HOUR - MINUTE) };
    expect(isSessionExpired(session, at(12 * HOUR - 1))).toBe(false);
    expect(isSessionExpired(session, at(12 * HOUR))).toBe(true);
  });

  it('honours a custom policy', () => {
    const session = { createdAt: t0, lastSeenAt: t0 };
    const policy = { idleMinutes: 5, absoluteHours: 1 };
    expect(isSessionExpired(session, at(5 * MINUTE - 1), policy)).toBe(false);
    expect(isSessionExpired(session, at(5 * MINUTE), policy)).toBe(true);
  });
});
