import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { createDatabase, dropDatabases, type FreshDatabase } from '../../test/fresh-database';
import { MIGRATIONS_DIR, migrateDatabase, migrationStatus } from './migrate';

const created: FreshDatabase[] = [];
const pools: pg.Pool[] = [];
const journal = JSON.parse(fs.readFileSync(path.join(MIGRATIONS_DIR, 'meta/_journal.json'), 'utf8')) as {
  entries: Array<{ tag: string; when: number }>;
};

const poolOn = (url: string) => {
  const pool = new pg.Pool({ connectionString: url, max: 2 });
  pools.push(pool);
  return pool;
};

afterAll(async () => {
  await Promise.all(pools.map((p) => p.end()));
  await dropDatabases(created);
});

describe('migrateDatabase', () => {
  it('applies each migration exactly once when two processes migrate a fresh database at the same moment', async () => {
    const fresh = await createDatabase('migrate');
    created.push(fresh);
    const [a, b] = [poolOn(fresh.url), poolOn(fresh.url)];
    expect(await migrationStatus(a)).toEqual({
      known: journal.entries.length,
      applied: 0,
      pending: journal.entries.map((e) => e.tag),
    });

    const results = await Promise.all([migrateDatabase(a), migrateDatabase(b)]);

    // One of them did the work under the advisory lock, the other found it done; neither failed.
    expect(results.map((r) => r.applied).sort()).toEqual([0, journal.entries.length]);
    const { rows } = await a.query<{ created_at: string; n: number }>(
      'select created_at::text, count(*)::int as n from drizzle.__drizzle_migrations group by created_at order by 1',
    );
    expect(rows).toEqual(journal.entries.map((e) => ({ created_at: String(e.when), n: 1 })));
    expect(await migrationStatus(b)).toEqual({
      known: journal.entries.length,
      applied: journal.entries.length,
      pending: [],
    });
    // The tables exist and the lock was given back: a third run applies nothing and does not wait.
    await a.query('select count(*) from audit_log');
    expect(await migrateDatabase(b)).toEqual({ applied: 0 });
  });
});
