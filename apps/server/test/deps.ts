import { DEFAULT_LOCKOUT_POLICY, DEFAULT_PASSWORD_POLICY, DEFAULT_SESSION_POLICY } from '@redline/domain';
import type { Db } from '../src/db/client';
import type { AppDeps } from '../src/http/context';

export const makeTestDeps = (db: Db, now: () => Date = () => new Date()): AppDeps => ({
  db,
  policies: { password: DEFAULT_PASSWORD_POLICY, lockout: DEFAULT_LOCKOUT_POLICY, session: DEFAULT_SESSION_POLICY },
  secret: 'test-secret-test-secret-test-secret-0123',
  secureCookies: false,
  now,
});
