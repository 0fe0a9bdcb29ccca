import type { TRole } from '@redline/contracts';

/** What an account may see, resolved once per request from its stored scope. */
export type ActorScope =
  | { kind: 'region'; regionCode: string; regionPath: string; sectorCodes: string[]; regionName?: string }
  | { kind: 'grids'; gridCodes: string[]; villageCodes: string[]; villagePaths: string[] }
  | { kind: 'enterprise'; enterpriseId: string; regionCode: string; regionPath: string; gridCode: string | null };

/** The signed-in account behind a request (through a session cookie or an API token). */
export type Actor = {
  accountId: string;
  username: string;
  displayName: string;
  roles: TRole[];
  scope: ActorScope;
  /** The department the account acts for (an inspector's bureau), or null. */
  departmentId: string | null;
  via: 'session' | 'token' | 'system';
  sessionId?: string;
};

export const hasRole = (actor: Actor, ...roles: TRole[]) => actor.roles.some((r) => roles.includes(r));

/**
 * The actor of the command line and of background jobs: every record is in scope and audit entries name no account
 * (actor null, with the command's request id).
 */
export const systemActor = (): Actor => ({
  accountId: '00000000-0000-0000-0000-000000000000',
  username: 'system',
  displayName: 'system',
  roles: ['admin'],
  scope: { kind: 'region', regionCode: '', regionPath: '/', sectorCodes: [] },
  departmentId: null,
  via: 'system',
});
