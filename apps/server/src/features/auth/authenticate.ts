import { isSessionExpired } from '@redline/domain';
import { and, eq, isNull } from 'drizzle-orm';
import type { FastifyRequest } from 'fastify';
import type { AppDeps } from '../../http/context';
import { AppError } from '../../http/errors';
import { accounts, apiTokens, sessions } from '../accounts/schema';
import { regions } from '../regions/schema';
import type { Actor } from '../scope/actor';
import { actorOf } from '../scope/resolve-scope';
import { tokenHash } from './secrets';

export const SESSION_COOKIE = 'redline_session';
const TOUCH_AFTER_MS = 30_000;
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Finds the account behind a request (Bearer API token, or session cookie plus CSRF header for writes). */
export async function authenticate(req: FastifyRequest, deps: AppDeps): Promise<Actor> {
  const now = deps.now();
  const bearer = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '')?.[1];
  if (bearer) return byToken(deps, bearer, now);
  const cookie = req.cookies[SESSION_COOKIE];
  if (!cookie) throw new AppError('AUTH.REQUIRED');
  const id = tokenHash(deps.secret, cookie);
  // One round trip on every request: the session, its account and the account's scope region.
  const [row] = await deps.db
    .select({ session: sessions, account: accounts, scopeRegion: regions })
    .from(sessions)
    .innerJoin(accounts, eq(accounts.id, sessions.accountId))
    .leftJoin(regions, eq(regions.code, accounts.scopeRegionCode))
    .where(and(eq(sessions.id, id), isNull(sessions.endedAt)));
  if (!row) throw new AppError('AUTH.REQUIRED');
  if (isSessionExpired(row.session, now, deps.policies.session) || row.account.status !== 'active') {
    await deps.db.update(sessions).set({ endedAt: now }).where(eq(sessions.id, id));
    throw new AppError(row.account.status === 'active' ? 'AUTH.SESSION_EXPIRED' : 'AUTH.REQUIRED');
  }
  if (!SAFE_METHODS.has(req.method) && req.headers['x-csrf-token'] !== row.session.csrfToken) {
    throw new AppError('AUTH.CSRF');
  }
  if (now.getTime() - row.session.lastSeenAt.getTime() > TOUCH_AFTER_MS) {
    await deps.db.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.id, id));
  }
  return actorOf(deps.db, row.account, 'session', { sessionId: id, scopeRegion: row.scopeRegion });
}

async function byToken(deps: AppDeps, token: string, now: Date): Promise<Actor> {
  const [row] = await deps.db
    .select({ token: apiTokens, account: accounts, scopeRegion: regions })
    .from(apiTokens)
    .innerJoin(accounts, eq(accounts.id, apiTokens.accountId))
    .leftJoin(regions, eq(regions.code, accounts.scopeRegionCode))
    .where(and(eq(apiTokens.tokenHash, tokenHash(deps.secret, token)), isNull(apiTokens.revokedAt)));
  const expired = row?.token.expiresAt && row.token.expiresAt.getTime() <= now.getTime();
  if (!row || expired || row.account.status !== 'active') throw new AppError('AUTH.REQUIRED');
  const last = row.token.lastUsedAt?.getTime() ?? 0;
  if (now.getTime() - last > TOUCH_AFTER_MS) {
    await deps.db.update(apiTokens).set({ lastUsedAt: now }).where(eq(apiTokens.id, row.token.id));
  }
  return actorOf(deps.db, row.account, 'token', { scopeRegion: row.scopeRegion });
}
