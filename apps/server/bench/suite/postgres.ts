import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { startEmbeddedPostgres } from '../../src/db/embedded';

/** The PostgreSQL the suite runs on: the one in BENCH_DATABASE_URL, or an embedded one of its own. */
export type BenchPostgres = {
  /** The database of the province data set. */
  dataUrl: string;
  /** A new empty database beside it (the sweep and import scenarios build their own data), dropped by `drop`. */
  scratch: (name: string) => Promise<{ url: string; drop: () => Promise<void> }>;
  stop: () => Promise<void>;
};

const withDatabase = (url: string, name: string) => {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
};

async function admin(url: string, statement: string) {
  const client = new pg.Client({ connectionString: withDatabase(url, 'postgres') });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

/**
 * BENCH_DATABASE_URL names the data set's database (created when missing). Without it an embedded PostgreSQL runs in
 * a temporary folder, or with `keep` in a fixed one under the system's temporary folder so the next run reuses it.
 */
export async function openBenchPostgres(opts: {
  keep: boolean;
  scale: string;
  log: (l: string) => void;
}): Promise<BenchPostgres> {
  let serverUrl = process.env.BENCH_DATABASE_URL;
  let stopServer = async () => {};
  let dataUrl: string;
  let created = false;
  if (serverUrl) {
    const name = new URL(serverUrl).pathname.slice(1);
    if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`BENCH_DATABASE_URL must name a database (a-z, 0-9, _)`);
    created = await admin(serverUrl, `create database ${name}`).then(
      () => true,
      (e: { code?: string }) => {
        if (e.code !== '42P04') throw e;
        return false; // exists already: reused if it holds the same data set, and never dropped by the suite
      },
    );
    dataUrl = serverUrl;
  } else {
    const dir = opts.keep
      ? path.join(os.tmpdir(), `redline-bench-${opts.scale}`)
      : fs.mkdtempSync(path.join(os.tmpdir(), 'redline-bench-'));
    fs.mkdirSync(dir, { recursive: true });
    fs.chmodSync(dir, 0o755);
    opts.log(`embedded PostgreSQL in ${dir}${opts.keep ? ' (kept)' : ''}`);
    const embedded = await startEmbeddedPostgres(dir);
    serverUrl = embedded.url;
    dataUrl = embedded.url; // its `redline` database
    stopServer = async () => {
      await embedded.stop();
      if (!opts.keep) fs.rmSync(dir, { recursive: true, force: true });
    };
  }
  const base = serverUrl;
  return {
    dataUrl,
    scratch: async (name) => {
      const db = `redline_bench_${name}_${process.pid}`;
      await admin(base, `create database ${db}`);
      return { url: withDatabase(base, db), drop: () => admin(base, `drop database if exists ${db} with (force)`) };
    },
    stop: async () => {
      if (!opts.keep && created) {
        const name = new URL(dataUrl).pathname.slice(1);
        await admin(dataUrl, `drop database if exists ${name} with (force)`);
      }
      await stopServer();
    },
  };
}
