import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Config } from './config';
import { type Database, openDatabase } from './db/client';
import { DataDirInUseError, lockDataDir } from './db/data-lock';
import { runningEmbeddedUrl, startEmbeddedPostgres } from './db/embedded';
import { evidenceStoreFromConfig } from './features/evidence/store-config';
import type { AppDeps } from './http/context';

/** A database connection for a command or the server: the external DATABASE_URL, or the embedded one. */
export type Runtime = {
  config: Config;
  database: Database;
  url: string;
  embedded: boolean;
  deps: AppDeps;
  close: () => Promise<void>;
};

function attachToRunning(dataDir: string): string | undefined {
  try {
    lockDataDir(dataDir)();
    return undefined;
  } catch (error) {
    if (!(error instanceof DataDirInUseError)) throw error;
    return runningEmbeddedUrl(dataDir);
  }
}

/** The secret keys session and token hashes. Without REDLINE_SECRET it is generated once per data folder. */
function resolveSecret(config: Config): string {
  if (config.REDLINE_SECRET) return config.REDLINE_SECRET;
  const file = path.join(config.dataDir, 'secret');
  if (!fs.existsSync(file)) {
    fs.mkdirSync(config.dataDir, { recursive: true });
    fs.writeFileSync(file, crypto.randomBytes(32).toString('hex'), { mode: 0o600 });
  }
  return fs.readFileSync(file, 'utf8').trim();
}

/**
 * Opens the database. `attach`: when a running server holds the data folder, use its embedded PostgreSQL instead of
 * refusing (commands such as `redline user unlock` work while the server runs); the server itself never attaches.
 */
export async function openRuntime(
  config: Config,
  log: (line: string) => void = () => {},
  options: { attach?: boolean } = {},
): Promise<Runtime> {
  let url = config.DATABASE_URL;
  let stopEmbedded: (() => Promise<void>) | undefined;
  let release: (() => void) | undefined;
  const attached = !url && options.attach ? attachToRunning(config.dataDir) : undefined;
  if (attached) url = attached;
  if (!url) {
    release = lockDataDir(config.dataDir);
    try {
      const embedded = await startEmbeddedPostgres(config.dataDir, log);
      url = embedded.url;
      stopEmbedded = embedded.stop;
    } catch (error) {
      release();
      throw error;
    }
  }
  const database = openDatabase(url);
  const deps: AppDeps = {
    db: database.db,
    secret: resolveSecret(config),
    secureCookies: config.REDLINE_SECURE_COOKIES,
    now: () => new Date(),
    evidenceStore: evidenceStoreFromConfig(config),
    policies: {
      password: { minLength: config.REDLINE_PASSWORD_MIN_LENGTH, minClasses: config.REDLINE_PASSWORD_MIN_CLASSES },
      lockout: { maxFailures: config.REDLINE_LOCKOUT_FAILURES, lockMinutes: config.REDLINE_LOCKOUT_MINUTES },
      session: { idleMinutes: config.REDLINE_SESSION_IDLE_MINUTES, absoluteHours: config.REDLINE_SESSION_MAX_HOURS },
    },
  };
  let closed = false;
  return {
    config,
    database,
    url,
    embedded: Boolean(stopEmbedded),
    deps,
    close: async () => {
      if (closed) return;
      closed = true;
      await database.close().catch(() => undefined);
      await stopEmbedded?.();
      release?.();
    },
  };
}
