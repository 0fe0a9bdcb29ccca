import type { TRole } from '@redline/contracts';

/** What an account may see, resolved once per request from its stored scope. */
export type ActorScope =
  | { kind: 'region'; regionCode: string; regionPath: string; sectorCodes: string[] }
  | { kind: 'grids'; gridCodes: string[]; villageCodes: string[]; villagePaths: string[] }
  | { kind: 'enterprise'; enterpriseId: string; regionCode: string; regionPath: string; gridCode: string | null };

/** The signed-in account behind a request (through a session cookie or an API token). */
export type Actor = {
  accountId: string;
  username: string;
  displayName: string;
  roles: TRole[];
  scope: ActorScope;
  via: 'session' | 'token' | 'system';
  sessionId?: string;
};

export const hasRole = (actor: Actor, ...roles: TRole[]) => actor.roles.some((r) => roles.includes(r));
