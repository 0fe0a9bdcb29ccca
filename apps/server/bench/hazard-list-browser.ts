/**
 * Hazard-list budget check (issue 4): with 1,000,000 hazards in the database, the hazard list's first page is on
 * screen within 1 s in Chromium. A measurement, not a test: it prints the figures and says whether they are inside the
 * budget.
 * Run: `npm run bench:hazard-list`. Uses a fresh database (a new one on DATABASE_URL's server, dropped afterwards, or
 * an embedded PostgreSQL in a temporary folder), the demo data, and 1,000,000 more hazards copied from the demo's own
 * (same enterprises, grids, states, levels and fields; created over the past year, deadlines moved with them), so the
 * city's accounts see them all. Then a real server (`redline serve`) and Debian's Chromium.
 *
 * What is timed, each 5 times, as the leader (晋城市, all 1,000,000 in scope):
 * - open: a new page loads /hazards (HTML, JS, session, list query) until the first row of the table is painted;
 * - reload: the same with the browser's cache warm;
 * - menu: from the workbench, a click on 隐患 in the side menu until the first row is painted;
 * - filtered: /hazards?overdue=true&level=major opened in a new page (reported, not held to the budget: its total is an
 *   exact count over the matching rows, the province-scale benchmarks' subject).
 * The time is the page's own `performance.now()` at the first animation frame that shows a row (from navigation
 * start), or, for the click, the difference from the click.
 * `BENCH_KEEP=1` leaves the database (on DATABASE_URL's server) in place afterwards, to look at query plans.
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { openDatabase } from '../src/db/client';
import { migrateDatabase } from '../src/db/migrate';
import { freshDatabase } from './fresh-database';

const HAZARDS = Number(process.env.BENCH_HAZARDS ?? 1_000_000);
const RUNS = 5;
const BUDGET_MS = 1000;
const root = path.resolve(import.meta.dirname, '../../..');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const seconds = (from: number) => ((Date.now() - from) / 1000).toFixed(1);

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = net.createServer();
    s.listen(0, '127.0.0.1', () => {
      const address = s.address();
      s.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });

/** The hazards, in one statement: the i-th copies demo hazard i mod n, moved back i × (1 year / HAZARDS) in time. */
async function generateHazards(pool: import('pg').Pool) {
  const started = Date.now();
  await pool.query(
    `with templates as (
       select row_number() over (order by number) - 1 as k, c.* from cases c where c.type = 'hazard'),
     n as (select count(*) as n from templates)
     insert into cases (type, number, title, region_code, region_path, grid_code, enterprise_id, sector_code, owner_unit,
                        owner_account_id, supervisor_unit, state, level, source, deadline, fields, location_text, lng,
                        lat, reporter_account_id, listed_unit, listed_at, created_at, updated_at)
     select 'hazard', 'YH-' || split_part(t.number, '-', 2) || '-2025-' || lpad(i::text, 7, '0'), t.title,
            t.region_code, t.region_path, t.grid_code, t.enterprise_id, t.sector_code, t.owner_unit,
            t.owner_account_id, t.supervisor_unit, t.state, t.level, t.source,
            t.deadline - s.back, t.fields, t.location_text, t.lng, t.lat, t.reporter_account_id, t.listed_unit,
            t.listed_at - s.back, t.created_at - s.back, t.updated_at - s.back
       from generate_series(1, $1::int) as i
       cross join n
       join templates t on t.k = i % n.n
       cross join lateral (select make_interval(secs => i * (31536000.0 / $1::int))) as s(back)`,
    [HAZARDS],
  );
  await pool.query(
    `insert into case_events (case_id, cycle, at, kind, to_state)
     select id, 1, created_at, 'created', 'reported' from cases c
      where c.type = 'hazard' and not exists (select 1 from case_events e where e.case_id = c.id)`,
  );
  await pool.query('vacuum analyze cases');
  await pool.query('vacuum analyze case_events');
  const { rows } = await pool.query<{ n: string }>(`select count(*) as n from cases where type = 'hazard'`);
  console.log(`generated ${HAZARDS.toLocaleString('en')} hazards in ${seconds(started)} s; ${rows[0]?.n} in all`);
}

async function startServer(databaseUrl: string, dataDir: string) {
  const port = await freePort();
  const log = fs.openSync(path.join(dataDir, 'server.log'), 'w');
  const child = spawn(process.execPath, [path.join(root, 'apps/cli/bin/redline.mjs'), 'serve'], {
    cwd: root,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_URL: databaseUrl,
      REDLINE_DATA_DIR: dataDir,
      REDLINE_SCHEDULER: 'off',
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', log, log],
  });
  const url = `http://127.0.0.1:${port}`;
  for (const until = Date.now() + 120_000; ; ) {
    if (child.exitCode !== null) throw new Error(`the server exited; see ${path.join(dataDir, 'server.log')}`);
    if (
      await fetch(`${url}/readyz`).then(
        (r) => r.ok,
        () => false,
      )
    )
      break;
    if (Date.now() > until) throw new Error('the server did not become ready in 120 s');
    await new Promise((r) => setTimeout(r, 300));
  }
  const stop = () =>
    new Promise((resolve) => {
      child.once('close', resolve);
      child.kill('SIGTERM');
    });
  return { url, stop };
}

/** The page's document (this file is type-checked without the DOM's types). */
type InPage = { document: { querySelector(s: string): unknown } };

/** The page's performance.now() at the first frame that shows a hazard row. */
const firstRowAt = (page: Page) =>
  page
    .waitForFunction(
      () => (globalThis as unknown as InPage).document.querySelector('tbody tr.ant-table-row') && performance.now(),
      undefined,
      {
        polling: 'raf',
        timeout: 30_000,
      },
    )
    .then((handle) => handle.jsonValue() as Promise<number>);

async function signedInPage(browser: Browser, url: string) {
  const context = await browser.newContext({ baseURL: url, locale: 'zh-CN', viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  const res = await page.request.post('/api/v1/auth/sign-in', { data: { login: 'leader', password: 'Redline@2026' } });
  if (!res.ok()) throw new Error(`sign-in failed: ${res.status()} ${await res.text()}`);
  return { page, close: () => context.close() };
}

/** Median and max of a measurement; a budgeted one over the budget is flagged. */
const summary = (name: string, ms: number[], budgeted = true) => {
  const sorted = [...ms].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)] ?? 0;
  const max = sorted.at(-1) ?? 0;
  const flag = !budgeted ? '  (not budgeted)' : max > BUDGET_MS ? `  OVER ${BUDGET_MS} ms` : '';
  console.log(
    `${name.padEnd(9)} median ${median.toFixed(0).padStart(4)} ms, max ${max.toFixed(0).padStart(4)} ms  ` +
      `(${ms.map((v) => v.toFixed(0)).join(', ')})${flag}`,
  );
  return !budgeted || max <= BUDGET_MS;
};

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'redline-bench-list-'));
fs.chmodSync(dir, 0o755);
const database = await freshDatabase(dir);
let server: { url: string; stop: () => Promise<unknown> } | undefined;
let browser: Browser | undefined;
let inside = true;
try {
  const { buildWeb } = await import(path.join(root, 'scripts/web-build.mjs'));
  if (!buildWeb()) throw new Error('the web app did not build');
  const { pool, close } = openDatabase(database.url, 4);
  let started = Date.now();
  await migrateDatabase(pool);
  // The demo as `redline demo load` loads it (its photos go to the server's data folder).
  const dataDir = path.join(dir, 'server');
  fs.mkdirSync(dataDir, { mode: 0o755 });
  const env = { ...process.env, DATABASE_URL: database.url, REDLINE_DATA_DIR: dataDir, LOG_LEVEL: 'warn' };
  const demo = spawnSync(process.execPath, [path.join(root, 'apps/cli/bin/redline.mjs'), 'demo', 'load'], { env });
  if (demo.status !== 0) throw new Error(`redline demo load failed: ${demo.stderr}`);
  console.log(`demo loaded in ${seconds(started)} s: ${String(demo.stdout).trim()}`);
  await generateHazards(pool);
  await close();

  server = await startServer(database.url, dataDir);
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
  const cpus = os.cpus();
  console.log(`machine: ${cpus.length} cores (${cpus[0]?.model ?? 'unknown'}), Chromium ${browser.version()}`);

  const api = await signedInPage(browser, server.url);
  // The API alone, warm (second of two calls): the list's first page, and the header search's two queries.
  for (const query of [
    '/api/v1/hazards?page=1&pageSize=20',
    '/api/v1/hazards?overdue=true&level=major',
    '/api/v1/hazards?q=YH-140525-2025-00001&pageSize=5',
    `/api/v1/hazards?q=${encodeURIComponent('管道')}&pageSize=5`,
    `/api/v1/enterprises?q=${encodeURIComponent('煤业')}&pageSize=5&sort=name`,
  ]) {
    await api.page.request.get(query);
    started = Date.now();
    const answer = await api.page.request.get(query);
    const body = (await answer.json()) as { total: number };
    console.log(`GET ${query.slice(7)}: ${Date.now() - started} ms, total ${body.total.toLocaleString('en')}`);
  }
  await api.close();

  const open: number[] = [];
  const reload: number[] = [];
  const menu: number[] = [];
  const filtered: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const s = await signedInPage(browser, server.url);
    await s.page.goto('/hazards');
    open.push(await firstRowAt(s.page));
    await s.page.reload();
    reload.push(await firstRowAt(s.page));
    await s.page.goto('/workbench');
    await s.page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '隐患', exact: true }).waitFor();
    const clicked = await s.page.evaluate(() => performance.now());
    await s.page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '隐患', exact: true }).click();
    menu.push((await firstRowAt(s.page)) - clicked);
    await s.page.goto('/hazards?overdue=true&level=major');
    filtered.push(await firstRowAt(s.page));
    await s.close();
  }
  console.log(`first page of the hazard list, ${HAZARDS.toLocaleString('en')} generated hazards, leader (晋城市):`);
  inside = [
    summary('open', open),
    summary('reload', reload),
    summary('menu', menu),
    // A filter the per-region counters cannot answer is counted exactly: a figure to watch, not this budget's.
    summary('filtered', filtered, false),
  ].every(Boolean);
  console.log(inside ? `inside the ${BUDGET_MS} ms budget` : `OVER the ${BUDGET_MS} ms budget`);
} finally {
  await browser?.close();
  await server?.stop();
  if (process.env.BENCH_KEEP && process.env.DATABASE_URL) console.log(`kept the database: ${database.url}`);
  else await database.stop();
  fs.rmSync(dir, { recursive: true, force: true });
}
process.exit(inside ? 0 : 1);
