import type { THazard } from '@redline/contracts';

export type HazardState = THazard['state'];

/**
 * The hazard states in workflow order (the list's state filter offers them in this order). Kept here rather than
 * imported from the contracts' zod module so the list screen does not download zod; a test checks it against
 * `HAZARD_STATES`.
 */
export const STATE_ORDER: readonly HazardState[] = [
  'reported',
  'transferred',
  'accepted',
  'rectifying',
  'awaiting_verification',
  'written_off',
  'rejected',
  'merged',
];

/** States a hazard can still move out of by work (not written off, rejected or merged). */
export const OPEN_STATES: readonly HazardState[] = STATE_ORDER.slice(0, 5);

export const STATE_COLORS: Record<HazardState, string> = {
  reported: 'gold',
  transferred: 'purple',
  accepted: 'cyan',
  rectifying: 'blue',
  awaiting_verification: 'geekblue',
  written_off: 'green',
  rejected: 'default',
  merged: 'default',
};

export const LEVEL_COLORS: Record<string, string> = { ordinary: 'orange', major: 'red' };

/** A case id is a UUID; anything else cannot be a hazard and shows the not-found page without asking the server. */
export const isCaseId = (id: string | undefined): id is string =>
  typeof id === 'string' && /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id);

/**
 * A unit key (`region:<code>`, `department:<id>`, `enterprise:<id>`, `grid:<code>`) split into its kind and id;
 * null for anything else.
 */
export function parseUnitKey(key: string | null | undefined): { kind: string; id: string } | null {
  if (!key) return null;
  const match = /^(region|department|enterprise|grid):(.+)$/.exec(key);
  return match ? { kind: match[1]!, id: match[2]! } : null;
}

/** Roles that may report a hazard (POST /hazards); the others see the list but no report button. */
export const REPORTER_ROLES = [
  'grid_worker',
  'town_officer',
  'inspector',
  'safety_office',
  'enterprise_user',
  'expert',
] as const;

export const mayReport = (roles: readonly string[]): boolean =>
  roles.some((role) => (REPORTER_ROLES as readonly string[]).includes(role));
