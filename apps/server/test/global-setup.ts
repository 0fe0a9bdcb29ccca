import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { startEmbeddedPostgres } from '../src/db/embedded';
import { migrateDatabase } from '../src/db/migrate';

declare module 'vitest' {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}

/**
 * One database for the API tier: the server in TEST_DATABASE_URL when set, otherwise an embedded PostgreSQL in a
 * temporary folder. Tests never truncate: each builds its own region subtree through the factories.
 */
export default async function setup(project: TestProject) {
  let url: string;
  let stop: (() => Promise<void>) | undefined;
  let dir: string | undefined;
  const server = process.env.TEST_DATABASE_URL;
  if (server) {
    // A fresh database on that server for this run, dropped at the end.
    const name = `redline_test_${process.pid}_${Date.now()}`;
    const admin = new pg.Client({ connectionString: server });
    await admin.connect();
    await admin.query(`create database ${name}`);
    await admin.end();
    const u = new URL(server);
    u.pathname = `/${name}`;
    url = u.toString();
    stop = async () => {
      const c = new pg.Client({ connectionString: server });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    };
  } else {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'redline-test-'));
    fs.chmodSync(dir, 0o755);
    const embedded = await startEmbeddedPostgres(dir);
    url = embedded.url;
    stop = embedded.stop;
  }
  const pool = new pg.Pool({ connectionString: url, max: 2 });
  await migrateDatabase(pool);
  await pool.query('create sequence if not exists test_tree_seq');
  await pool.end();
  project.provide('databaseUrl', url);
  return async () => {
    await stop?.();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  };
}
