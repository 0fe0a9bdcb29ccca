import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DEFAULT_LOCKOUT_POLICY, DEFAULT_PASSWORD_POLICY, DEFAULT_SESSION_POLICY } from '@redline/domain';
import type { Db } from '../src/db/client';
import { fileEvidenceStore } from '../src/features/evidence/store';
import type { AppDeps } from '../src/http/context';

export const makeTestDeps = (db: Db, now: () => Date = () => new Date()): AppDeps => ({
  db,
  policies: { password: DEFAULT_PASSWORD_POLICY, lockout: DEFAULT_LOCKOUT_POLICY, session: DEFAULT_SESSION_POLICY },
  secret: 'test-secret-test-secret-test-secret-0123',
  secureCookies: false,
  now,
  // Evidence files of this test process go to a temporary folder of their own.
  evidenceStore: fileEvidenceStore(fs.mkdtempSync(path.join(os.tmpdir(), 'redline-evidence-'))),
});
