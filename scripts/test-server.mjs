// Starts a real Redline server (embedded PostgreSQL in a fresh folder, demo data) for the browser tests.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');

const freePort = () =>
  new Promise((resolve) => {
    const s = net.createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });

export async function startServerForTests(dataDir) {
  fs.rmSync(dataDir, { recursive: true, force: true });
  fs.mkdirSync(dataDir, { recursive: true, mode: 0o755 });
  const port = await freePort();
  const log = fs.openSync(path.join(root, '.test-output', 'e2e-server.log'), 'w');
  const child = spawn(process.execPath, [path.join(root, 'apps/cli/bin/redline.mjs'), 'serve'], {
    cwd: root,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      REDLINE_DATA_DIR: dataDir,
      REDLINE_DEMO: '1',
      DATABASE_URL: '',
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', log, log],
  });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null)
      throw new Error(`the test server exited (${child.exitCode}); see .test-output/e2e-server.log`);
    try {
      const res = await fetch(`${url}/readyz`);
      if (res.ok) break;
    } catch {}
    if (Date.now() > deadline) throw new Error('the test server did not become ready in 120 s');
    await new Promise((r) => setTimeout(r, 300));
  }
  return {
    url,
    stop: async () => {
      if (child.exitCode === null) {
        child.kill('SIGTERM');
        await new Promise((r) => child.once('close', r));
      }
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
