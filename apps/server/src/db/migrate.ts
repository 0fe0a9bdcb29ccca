import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { drizzle } from 'drizzle-orm/node-postgres';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import type pg from 'pg';

export const MIGRATIONS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../migrations');
/** Any fixed number; every Redline process that migrates takes this session lock first. */
const MIGRATION_LOCK = 7_144_250_001;

type Journal = { entries: Array<{ tag: string; when: number }> };
const readJournal = (): Journal =>
  JSON.parse(fs.readFileSync(path.join(MIGRATIONS_DIR, 'meta/_journal.json'), 'utf8')) as Journal;

/** Applies pending migrations under an advisory lock, so two processes starting together do not race. */
export async function migrateDatabase(pool: pg.Pool): Promise<{ applied: number }> {
  const client = await pool.connect();
  try {
    await client.query('select pg_advisory_lock($1)', [MIGRATION_LOCK]);
    const before = await appliedCount(client);
    await migrate(drizzle(client), { migrationsFolder: MIGRATIONS_DIR });
    return { applied: (await appliedCount(client)) - before };
  } finally {
    await client.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
    client.release();
  }
}

async function appliedCount(client: pg.ClientBase | pg.Pool): Promise<number> {
  const exists = await client.query("select to_regclass('drizzle.__drizzle_migrations') as t");
  if (!exists.rows[0]?.t) return 0;
  const result = await client.query('select count(*)::int as n from drizzle.__drizzle_migrations');
  return result.rows[0].n as number;
}

export type MigrationStatus = { known: number; applied: number; pending: string[] };

/** Applied and pending migrations; on a client inside a transaction, as that transaction's snapshot sees them. */
export async function migrationStatus(db: pg.Pool | pg.ClientBase): Promise<MigrationStatus> {
  const journal = readJournal();
  const applied = await appliedCount(db);
  return { known: journal.entries.length, applied, pending: journal.entries.slice(applied).map((e) => e.tag) };
}
