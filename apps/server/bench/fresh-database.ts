import pg from 'pg';
import { startEmbeddedPostgres } from '../src/db/embedded';

/** A database of its own for a benchmark: a new one on DATABASE_URL's server (dropped by stop), or embedded in `dir`. */
export async function freshDatabase(dir: string): Promise<{ url: string; stop: () => Promise<void> }> {
  const server = process.env.DATABASE_URL;
  if (!server) return startEmbeddedPostgres(dir);
  const name = `redline_bench_${process.pid}`;
  const admin = new pg.Client({ connectionString: server });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(server);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    stop: async () => {
      const c = new pg.Client({ connectionString: server });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    },
  };
}
