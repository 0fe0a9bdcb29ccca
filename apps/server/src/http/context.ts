import type { Locale } from '@redline/contracts';
import type { LockoutPolicy, PasswordPolicy, SessionPolicy } from '@redline/domain';
import type { Db } from '../db/client';
import type { EvidenceStore } from '../features/evidence/store';
import type { Actor } from '../features/scope/actor';

export type Policies = { password: PasswordPolicy; lockout: LockoutPolicy; session: SessionPolicy };

/** What the services need from the outside world, passed explicitly: database, clock, policies and secret. */
export type AppDeps = {
  db: Db;
  policies: Policies;
  secret: string;
  secureCookies: boolean;
  now: () => Date;
  /** Where evidence photos are kept: the data folder, or an S3-compatible bucket by configuration. */
  evidenceStore: EvidenceStore;
};

/** One request as the services see it: who acts, when, and the id tying log lines and audit rows together. */
export type BaseCtx = { db: Db; requestId: string; now: Date; locale: Locale; deps: AppDeps };
export type Ctx = BaseCtx & { actor: Actor };
