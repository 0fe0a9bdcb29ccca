/** Session expiry: an idle limit since last activity and an absolute limit since sign-in. */
export type SessionPolicy = { idleMinutes: number; absoluteHours: number };

export const DEFAULT_SESSION_POLICY: SessionPolicy = { idleMinutes: 30, absoluteHours: 12 };

/** Expired from exactly `lastSeenAt + idleMinutes` or `createdAt + absoluteHours`, whichever comes first. */
export function isSessionExpired(
  session: { createdAt: Date; lastSeenAt: Date },
  now: Date,
  policy: SessionPolicy = DEFAULT_SESSION_POLICY,
): boolean {
  const nowMs = now.getTime();
  const idleEnd = session.lastSeenAt.getTime() + policy.idleMinutes * 60_000;
  const absoluteEnd = session.createdAt.getTime() + policy.absoluteHours * 3_600_000;
  return nowMs >= idleEnd || nowMs >= absoluteEnd;
}
