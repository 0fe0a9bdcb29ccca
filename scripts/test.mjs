// `npm test`: every tier — typecheck, lint, unit, API (embedded PostgreSQL, and TEST_DATABASE_URL when set), browser.
// Ends with one line "tests: N passed, N failed" over all tiers; exits non-zero when any tier fails.
// `--only <tier>` runs one tier (typecheck, lint, unit, api, api-server, bench, e2e); with `--only e2e`, the arguments
// after it go to Playwright: `npm run test:e2e -- tests/search.spec.ts` runs one spec file.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ensureChromium } from './chromium.mjs';
import { startServerForTests } from './test-server.mjs';
import { buildWeb } from './web-build.mjs';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const outDir = path.join(root, '.test-output');
fs.rmSync(outDir, { recursive: true, force: true });
fs.mkdirSync(outDir, { recursive: true });
const bin = (name) => path.join(root, 'node_modules/.bin', name);
const onlyIndex = process.argv.indexOf('--only');
const only = onlyIndex > 0 ? process.argv[onlyIndex + 1] : undefined;
const playwrightArgs = only === 'e2e' ? process.argv.slice(onlyIndex + 2).filter((a, i) => i > 0 || a !== '--') : [];

const results = [];
const run = (cmd, args, env = {}) =>
  new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
    child.on('close', (code) => resolve(code ?? 1));
  });

function vitestCounts(file) {
  try {
    const report = JSON.parse(fs.readFileSync(file, 'utf8'));
    return { passed: report.numPassedTests, failed: report.numFailedTests };
  } catch {
    return { passed: 0, failed: 1 };
  }
}

function playwrightCounts(file) {
  try {
    const { stats } = JSON.parse(fs.readFileSync(file, 'utf8'));
    return { passed: stats.expected, failed: stats.unexpected + stats.flaky };
  } catch {
    return { passed: 0, failed: 1 };
  }
}

async function tier(name, fn) {
  if (only && only !== name) return;
  const started = Date.now();
  process.stdout.write(`\n=== ${name} ===\n`);
  const r = await fn();
  results.push({ name, ...r, seconds: Math.round((Date.now() - started) / 1000) });
}

const vitest = async (project, label, env = {}) => {
  const json = path.join(outDir, `${label}.json`);
  const code = await run(
    bin('vitest'),
    ['run', '--project', project, '--reporter=default', '--reporter=json', `--outputFile.json=${json}`],
    env,
  );
  const counts = vitestCounts(json);
  return code === 0 ? counts : { ...counts, failed: Math.max(counts.failed, 1) };
};

await tier('typecheck', async () =>
  (await run(bin('tsc'), ['-b'])) === 0 ? { passed: 1, failed: 0 } : { passed: 0, failed: 1 },
);
await tier('lint', async () =>
  (await run(bin('biome'), ['ci', '.'])) === 0 ? { passed: 1, failed: 0 } : { passed: 0, failed: 1 },
);
await tier('unit', () => vitest('unit', 'unit'));
await tier('api', () => vitest('api', 'api', { TEST_DATABASE_URL: '' }));
if (process.env.TEST_DATABASE_URL) {
  await tier('api-server', () => vitest('api', 'api-server', { TEST_DATABASE_URL: process.env.TEST_DATABASE_URL }));
}
// The quick benchmark suite (docs/PERFORMANCE.md): fails on wrong answers or a ratio 2× worse than baseline.json.
await tier('bench', async () =>
  (await run(bin('tsx'), ['apps/server/bench/suite/main.ts', '--quick'])) === 0
    ? { passed: 1, failed: 0 }
    : { passed: 0, failed: 1 },
);
await tier('e2e', async () => {
  const chromium = ensureChromium();
  if (!chromium.ok) {
    process.stderr.write(`${chromium.message}\n`);
    return { passed: 0, failed: 1 };
  }
  if (!buildWeb()) return { passed: 0, failed: 1 };
  const server = await startServerForTests(path.join(os.tmpdir(), `redline-e2e-${process.pid}`));
  try {
    const json = path.join(outDir, 'e2e.json');
    const code = await run(bin('playwright'), ['test', '-c', 'e2e/playwright.config.ts', ...playwrightArgs], {
      E2E_BASE_URL: server.url,
      PLAYWRIGHT_JSON_OUTPUT_NAME: json,
    });
    const counts = playwrightCounts(json);
    return code === 0 ? counts : { ...counts, failed: Math.max(counts.failed, 1) };
  } finally {
    await server.stop();
  }
});

const passed = results.reduce((a, r) => a + r.passed, 0);
const failed = results.reduce((a, r) => a + r.failed, 0);
process.stdout.write('\n');
for (const r of results)
  process.stdout.write(`  ${r.name.padEnd(10)} ${r.passed} passed, ${r.failed} failed (${r.seconds}s)\n`);
process.stdout.write(`tests: ${passed} passed, ${failed} failed\n`);
process.exit(failed || !results.length ? 1 : 0);
