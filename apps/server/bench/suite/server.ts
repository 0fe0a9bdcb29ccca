import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort } from '../../src/free-port';

const ROOT = path.resolve(import.meta.dirname, '../../../..');

/** A signed-in account: the session cookie and the CSRF token its writes send. */
export type Session = { cookie: string; csrf: string };

export type ServerUnderTest = {
  url: string;
  signIn: (login: string, password: string) => Promise<Session>;
  stop: () => Promise<void>;
};

/**
 * The real server (`redline serve`) on the data set, on loopback, with the scheduler off (no sweep during the
 * measurements), no demo data, and the bench-only routes on (the bare-INSERT ceiling of the create scenario).
 */
export async function startServer(databaseUrl: string, log: (l: string) => void): Promise<ServerUnderTest> {
  const port = await freePort();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'redline-bench-server-'));
  const child: ChildProcess = spawn(process.execPath, [path.join(ROOT, 'apps/cli/bin/redline.mjs'), 'serve'], {
    cwd: ROOT,
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      HOST: '127.0.0.1',
      PORT: String(port),
      REDLINE_DATA_DIR: dataDir,
      REDLINE_DEMO: '0',
      REDLINE_SCHEDULER: 'off',
      REDLINE_SECRET: 'bench-secret-bench-secret-bench-secret-0001',
      REDLINE_BENCH_ROUTES: '1',
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-4000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the server exited (${child.exitCode}):\n${output}`);
    const ready = await fetch(`${url}/readyz`).then(
      (r) => r.ok,
      () => false,
    );
    if (ready) break;
    if (Date.now() > deadline) {
      child.kill('SIGTERM');
      throw new Error(`the server was not ready within 120 s:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  log(`server ready on ${url} (pid ${child.pid})`);
  return {
    url,
    signIn: async (login, password) => {
      const res = await fetch(`${url}/api/v1/auth/sign-in`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ login, password }),
      });
      if (!res.ok) throw new Error(`sign-in of ${login} answered ${res.status}: ${await res.text()}`);
      const cookie = res.headers
        .getSetCookie()
        .map((c) => c.split(';')[0])
        .join('; ');
      const { csrfToken } = (await res.json()) as { csrfToken: string };
      return { cookie, csrf: csrfToken };
    },
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
        if (child.exitCode === null) child.kill('SIGKILL');
      }
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
