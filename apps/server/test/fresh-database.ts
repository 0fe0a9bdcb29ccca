import crypto from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';

export type FreshDatabase = { name: string; url: string };

const withAdmin = async <T>(fn: (client: pg.Client) => Promise<T>): Promise<T> => {
  const client = new pg.Client({ connectionString: inject('databaseUrl') });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
};

/**
 * A new, EMPTY database (not migrated) on the API tier's server, for tests of what happens to a whole database:
 * migrations, the CLI, backup and restore. Drop it with dropDatabases in afterAll.
 */
export async function createDatabase(prefix: string): Promise<FreshDatabase> {
  const name = `${prefix}_${crypto.randomBytes(6).toString('hex')}`;
  await withAdmin((c) => c.query(`create database ${name}`));
  const url = new URL(inject('databaseUrl'));
  url.pathname = `/${name}`;
  return { name, url: url.toString() };
}

export async function dropDatabases(databases: FreshDatabase[]): Promise<void> {
  await withAdmin(async (c) => {
    for (const d of databases) await c.query(`drop database if exists ${d.name} with (force)`);
  });
}
