// `npm run size:web`: the JavaScript each main screen downloads, gzipped, from a production build (issue 4's budget:
// the hazard list's route at most 500 KB). Builds into a temporary folder with Vite's manifest and follows the static
// imports of the entry, the shell and the screen (and the lazy parts a screen loads by itself, listed per screen).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';

const root = path.resolve(import.meta.dirname, '..');
const BUDGET_KB = 500;
const SHELL = ['index.html', 'src/app/shell/app-shell.tsx'];
const SCREENS = {
  'hazard list (/hazards)': [
    'src/features/hazards/hazards-page.tsx',
    'src/features/hazards/prefetch.ts',
    'src/features/hazards/date-range-input.tsx',
  ],
  'hazard detail (/hazards/:id)': ['src/features/hazards/hazard-detail-page.tsx'],
  'report (/hazards/new)': ['src/features/hazards/report-page.tsx'],
  'workbench (/workbench)': ['src/features/workbench/workbench-page.tsx'],
  'cockpit (/cockpit)': ['src/features/cockpit/cockpit-page.tsx', 'src/features/cockpit/echart.tsx'],
};

const out = fs.mkdtempSync(path.join(os.tmpdir(), 'redline-web-size-'));
const vite = path.join(root, 'node_modules/.bin/vite');
const build = spawnSync(
  vite,
  ['build', 'apps/web', '--outDir', out, '--emptyOutDir', '--manifest', '--logLevel', 'error'],
  {
    cwd: root,
    stdio: 'inherit',
  },
);
if (build.status !== 0) process.exit(1);
const manifest = JSON.parse(fs.readFileSync(path.join(out, '.vite/manifest.json'), 'utf8'));
const gzipped = new Map();
const sizeOf = (key) => {
  if (!gzipped.has(key))
    gzipped.set(key, zlib.gzipSync(fs.readFileSync(path.join(out, manifest[key].file)), { level: 9 }).length);
  return gzipped.get(key);
};
/** A module's key: its source path, or, when it also ended up shared (imported by two chunks), its chunk's name. */
const keyOf = (source) => {
  if (manifest[source]) return source;
  const name = path.basename(source).replace(/\.[^.]+$/, '');
  const key = Object.keys(manifest).find((k) => manifest[k].name === name && k.endsWith('.js'));
  if (!key) throw new Error(`${source} is not in the build; update scripts/web-size.mjs`);
  return key;
};
let over = false;
for (const [name, entries] of Object.entries(SCREENS)) {
  const seen = new Set();
  const visit = (key) => {
    if (!key || seen.has(key) || !manifest[key]) return;
    seen.add(key);
    for (const i of manifest[key].imports ?? []) visit(i);
  };
  for (const entry of [...SHELL, ...entries]) visit(keyOf(entry));
  const kb = [...seen].reduce((sum, key) => sum + sizeOf(key), 0) / 1024;
  const flag = name.startsWith('hazard list') && kb > BUDGET_KB ? `  OVER ${BUDGET_KB} KB` : '';
  if (flag) over = true;
  console.log(`${name.padEnd(30)} ${kb.toFixed(1).padStart(7)} KB gzipped in ${seen.size} chunks${flag}`);
}
fs.rmSync(out, { recursive: true, force: true });
process.exit(over ? 1 : 0);
