// Builds the web app when apps/web/dist is missing or older than its sources (so a plain `npm start` serves it).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname ?? path.dirname(new URL(import.meta.url).pathname), '..');
const SOURCES = ['apps/web/src', 'apps/web/index.html', 'apps/web/vite.config.ts', 'packages/contracts/src'];

function newest(p) {
  if (!fs.existsSync(p)) return 0;
  const stat = fs.statSync(p);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...fs.readdirSync(p).map((name) => newest(path.join(p, name))));
}

export function webIsStale() {
  const built = path.join(root, 'apps/web/dist/index.html');
  if (!fs.existsSync(built)) return true;
  return Math.max(...SOURCES.map((s) => newest(path.join(root, s)))) > fs.statSync(built).mtimeMs;
}

export function buildWeb({ force = false } = {}) {
  if (!fs.existsSync(path.join(root, 'apps/web/index.html'))) return true;
  if (!force && !webIsStale()) return true;
  process.stdout.write('Building the web app (once, after changes) ...\n');
  const vite = path.join(root, 'node_modules/.bin/vite');
  const result = spawnSync(vite, ['build', 'apps/web', '--logLevel', 'error'], { cwd: root, stdio: 'inherit' });
  return result.status === 0;
}
