import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort } from '../../server/src/free-port';
import { BIN, ROOT, runCli, scratch } from '../test/cli-harness';

type Started = { child: ChildProcess; exit: Promise<number | null>; stderr: () => string };

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'redline-serve-'));
fs.chmodSync(dataDir, 0o755); // run as root, the embedded PostgreSQL is user postgres and must enter the folder
const children: ChildProcess[] = [];

/** `redline serve` on the embedded PostgreSQL of dataDir (DATABASE_URL unset), without the demo. */
function serve(port: number): Started {
  const child = spawn(process.execPath, [BIN, 'serve'], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME ?? os.homedir(),
      // Not en_US.UTF-8: initdb inherits LANG for the locale categories Redline does not set, and fails when that
      // locale is not installed (as on this machine) — see embedded.ts.
      LANG: 'C.UTF-8',
      REDLINE_DATA_DIR: dataDir,
      REDLINE_DEMO: '0',
      PORT: String(port),
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => {
    stderr += chunk.toString('utf8');
  });
  child.stdout!.resume();
  const exit = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, exit, stderr: () => stderr };
}

/** The processes whose command line names the data folder (the embedded postgres and its workers). */
function processesOf(dir: string): number[] {
  try {
    return execFileSync('pgrep', ['-f', dir], { encoding: 'utf8' }).trim().split('\n').map(Number);
  } catch {
    return []; // pgrep exits 1 when nothing matches
  }
}

const within = <T>(promise: Promise<T>, ms: number, what: string) =>
  Promise.race([
    promise,
    new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`${what} took over ${ms} ms`)), ms).unref()),
  ]);

async function waitReady(port: number, started: Started, ms: number): Promise<void> {
  const deadline = Date.now() + ms;
  let exited = false;
  void started.exit.then(() => {
    exited = true;
  });
  while (Date.now() < deadline && !exited) {
    const status = await fetch(`http://127.0.0.1:${port}/readyz`).then(
      (r) => r.status,
      () => 0,
    );
    if (status === 200) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`not ready on port ${port} within ${ms} ms; stderr: ${started.stderr()}`);
}

afterAll(async () => {
  // A failed test must not leave a server or a PostgreSQL behind: stop only what this file started.
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  for (const pid of processesOf(dataDir)) {
    try {
      process.kill(pid, 'SIGQUIT');
    } catch {
      /* gone */
    }
  }
  fs.rmSync(dataDir, { recursive: true, force: true });
  fs.rmSync(scratch, { recursive: true, force: true });
});

describe('redline serve', () => {
  it('holds its data folder, refuses a second server on it, and stops cleanly on SIGTERM', {
    timeout: 120_000,
  }, async () => {
    const port = await freePort();
    const first = serve(port);
    await waitReady(port, first, 60_000);
    const lock = path.join(dataDir, 'redline.lock');
    expect(fs.readFileSync(lock, 'utf8')).toBe(String(first.child.pid));
    expect(processesOf(dataDir).length).toBeGreaterThan(0);

    const second = serve(await freePort());
    const code = await within(second.exit, 30_000, 'the second serve');
    expect(code).toBe(1);
    const lines = second.stderr().trim().split('\n');
    expect(lines).toEqual([
      `The data folder ${dataDir} is in use by another Redline process (pid ${first.child.pid}).`,
    ]);
    // The first one is untouched.
    expect((await fetch(`http://127.0.0.1:${port}/readyz`)).status).toBe(200);
    // Commands work while the server runs: they attach to its embedded PostgreSQL instead of starting their own.
    const status = await runCli(['db', 'status'], { REDLINE_DATA_DIR: dataDir, DATABASE_URL: undefined });
    expect(status.stdout).toMatch(/^Migrations: (\d+) applied of \1\.$/m);
    expect(status.code).toBe(0);
    expect(fs.readFileSync(lock, 'utf8')).toBe(String(first.child.pid));

    first.child.kill('SIGTERM');
    expect(await within(first.exit, 20_000, 'SIGTERM shutdown')).toBe(0);
    expect(processesOf(dataDir)).toEqual([]);
    expect(fs.existsSync(lock)).toBe(false);
  });

  it('refuses a bad setting before starting anything, in one line naming it', { timeout: 60_000 }, async () => {
    const bad = await runCli(['serve'], { PORT: 'abc', REDLINE_DATA_DIR: path.join(dataDir, 'never') });
    expect(bad.code).toBe(1);
    expect(bad.stderr.trim().split('\n')).toEqual([
      expect.stringMatching(/^Invalid environment variable PORT="abc": /),
    ]);
    expect(fs.existsSync(path.join(dataDir, 'never'))).toBe(false);
  });
});
