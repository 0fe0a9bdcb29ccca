import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Database, openDatabase } from '@redline/server/db/client';
import { migrateDatabase } from '@redline/server/db/migrate';
import type { AuditWho } from '@redline/server/features/audit/append-audit';
import { BACKUP_TABLES } from '@redline/server/features/backup/backup';
import { insertRegion } from '@redline/server/features/regions/service';
import { upsertSectorCatalogue } from '@redline/server/features/sectors/service';
import { createDatabase, dropDatabases, type FreshDatabase } from '../../server/test/fresh-database';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const BIN = path.join(ROOT, 'apps/cli/bin/redline.mjs');
export const SECRET = 'cli-test-secret-0123456789abcdef-0123';

export type CliResult = { code: number; stdout: string; stderr: string };

/** A scratch folder per test file: REDLINE_DATA_DIR points here, so no command ever writes ./data of the repo. */
export const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'redline-cli-'));

/** Runs the real `redline` command as a child process (through tsx, about 1–2 s per start). */
export function runCli(args: string[], env: Record<string, string | undefined> = {}): Promise<CliResult> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [BIN, ...args],
      {
        cwd: ROOT,
        timeout: 90_000,
        maxBuffer: 16 * 1024 * 1024,
        env: {
          PATH: process.env.PATH,
          HOME: process.env.HOME ?? os.homedir(),
          LANG: 'en_US.UTF-8',
          REDLINE_SECRET: SECRET,
          REDLINE_DATA_DIR: scratch,
          ...env,
        },
      },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

/** The fresh databases of a test file and their pools, all closed and dropped by `cleanUp` in afterAll. */
export function databases() {
  const made: FreshDatabase[] = [];
  const open: Database[] = [];
  return {
    /** A new empty database (not migrated) and a pool on it for the test's own checks. */
    async fresh(): Promise<FreshDatabase & { database: Database }> {
      const fresh = await createDatabase('cli');
      made.push(fresh);
      const database = openDatabase(fresh.url, 3);
      open.push(database);
      return { ...fresh, database };
    },
    async cleanUp() {
      await Promise.all(open.map((d) => d.close()));
      await dropDatabases(made);
      fs.rmSync(scratch, { recursive: true, force: true });
    },
  };
}

export const who = (): AuditWho => ({ actorId: null, requestId: 'cli-test', now: new Date() });

/** Migrates and loads the sector catalogue and 山西省 › 晋城市 › 泽州县 › 巴公镇 (each write audited). */
export async function seedRegions(database: Database): Promise<void> {
  await migrateDatabase(database.pool);
  await upsertSectorCatalogue(database.db, who());
  await database.db.transaction(async (tx) => {
    const add = (
      code: string,
      name: string,
      level: 'province' | 'city' | 'county' | 'town',
      parentCode: string | null,
    ) => insertRegion(tx, who(), { code, name, level, parentCode, isDevelopmentZone: false }, null);
    await add('140000', '山西省', 'province', null);
    await add('140500', '晋城市', 'city', '140000');
    await add('140525', '泽州县', 'county', '140500');
    await add('140525108', '巴公镇', 'town', '140525');
  });
}

/** Row count and a digest of every row's text, per backed-up table: equal digests mean equal contents. */
export async function fingerprint(database: Database): Promise<Record<string, { rows: number; md5: string }>> {
  const result: Record<string, { rows: number; md5: string }> = {};
  for (const table of BACKUP_TABLES) {
    const { rows } = await database.pool.query<{ rows: number; md5: string }>(
      `select count(*)::int as rows, md5(coalesce(string_agg(t::text, e'\\n' order by t::text), '')) as md5 from ${table} t`,
    );
    result[table] = rows[0]!;
  }
  return result;
}

export const count = async (database: Database, sql: string, params: unknown[] = []) =>
  Number((await database.pool.query<{ n: string }>(`select count(*) as n from (${sql}) q`, params)).rows[0]!.n);
