/**
 * `npm run bench`: the province-scale benchmark suite of issue 7 (docs/PERFORMANCE.md).
 * Flags: --quick (a hundredth of the data, short runs; CI), --only <create,list,cockpit,sweep,import,startup>,
 * --runs N (default 3), --keep (keep the generated database for the next run), --update-baseline (rewrite
 * apps/server/bench/baseline.json from this run's ratios). BENCH_DATABASE_URL: the data set's database on a server
 * of your own (created when missing, reused when it holds the same scale); else an embedded PostgreSQL.
 */
import path from 'node:path';
import pg from 'pg';
import { regressions, updateBaseline } from './baseline';
import { BENCH_ACCOUNTS, BENCH_PASSWORD, type Dataset, ensureDataset } from './generator';
import { openBenchPostgres } from './postgres';
import { machineFacts, markdown, type Results, writeResults } from './report';
import type { Row } from './report-row';
import { SCALES } from './scale';
import { benchCockpit } from './scenarios/cockpit';
import type { ScenarioContext } from './scenarios/context';
import { benchCreateHazard } from './scenarios/create-hazard';
import { benchHazardList } from './scenarios/hazard-list';
import { benchImport } from './scenarios/import';
import { benchStartupRows } from './scenarios/startup';
import { benchSweep } from './scenarios/sweep';
import { startServer } from './server';

const ROOT = path.resolve(import.meta.dirname, '../../../..');
const SCENARIOS = ['create', 'list', 'cockpit', 'sweep', 'import', 'startup'] as const;
type Scenario = (typeof SCENARIOS)[number];

function parseArgs(argv: string[]) {
  const value = (flag: string) => {
    const i = argv.indexOf(flag);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const only = value('--only')?.split(',').filter(Boolean) ?? [...SCENARIOS];
  const unknown = only.filter((s) => !(SCENARIOS as readonly string[]).includes(s));
  if (unknown.length) throw new Error(`--only: unknown ${unknown.join(', ')} (known: ${SCENARIOS.join(', ')})`);
  const runs = Number(value('--runs') ?? 3);
  if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs must be a positive integer');
  return {
    quick: argv.includes('--quick'),
    keep: argv.includes('--keep'),
    updateBaseline: argv.includes('--update-baseline'),
    only: new Set(only as Scenario[]),
    runs,
  };
}

const started = performance.now();
const log = (line: string) =>
  process.stdout.write(`[bench ${((performance.now() - started) / 1000).toFixed(1).padStart(6)} s] ${line}\n`);

const opts = parseArgs(process.argv.slice(2));
const scale = SCALES[opts.quick ? 'quick' : 'full'];
const postgres = await openBenchPostgres({ keep: opts.keep, scale: scale.name, log });
const rows: Row[] = [];
let dataset: Dataset | null = null;
let postgresVersion = 'unknown';
try {
  const client = new pg.Client({ connectionString: postgres.dataUrl });
  await client.connect();
  postgresVersion =
    (await client.query<{ v: string }>("select current_setting('server_version') as v")).rows[0]?.v ?? 'unknown';
  await client.end();
  postgresVersion = `PostgreSQL ${postgresVersion}`;

  if (opts.only.has('create') || opts.only.has('list') || opts.only.has('cockpit')) {
    dataset = await ensureDataset(postgres.dataUrl, scale, log);
    if (!dataset.reused) {
      log(
        `generated in ${dataset.seconds} s: ${dataset.tables.map((t) => `${t.table} ${t.rows} rows ${t.seconds} s`).join(', ')}`,
      );
    }
    const server = await startServer(postgres.dataUrl, log);
    try {
      const c: ScenarioContext = {
        scale,
        runs: opts.runs,
        dataUrl: postgres.dataUrl,
        countyCode: dataset.countyCode,
        server,
        sessions: {
          province: await server.signIn(BENCH_ACCOUNTS.province, BENCH_PASSWORD),
          county: await server.signIn(BENCH_ACCOUNTS.county, BENCH_PASSWORD),
          officer: await server.signIn(BENCH_ACCOUNTS.officer, BENCH_PASSWORD),
        },
        log,
      };
      // The cockpit first: its equality check wants the data set as generated (the others only add to it).
      if (opts.only.has('cockpit')) rows.push(...(await benchCockpit(c)));
      if (opts.only.has('list')) rows.push(...(await benchHazardList(c)));
      if (opts.only.has('create')) rows.push(await benchCreateHazard(c));
    } finally {
      await server.stop();
    }
  }
  for (const name of ['sweep', 'import'] as const) {
    if (!opts.only.has(name)) continue;
    const scratch = await postgres.scratch(name);
    try {
      rows.push(
        name === 'sweep'
          ? await benchSweep(scratch.url, scale.sweep, log)
          : await benchImport(scratch.url, scale.importRows, log),
      );
    } finally {
      await scratch.drop();
    }
  }
  if (opts.only.has('startup')) rows.push(...(await benchStartupRows(opts.runs, opts.quick, log)));
} finally {
  await postgres.stop();
}

// Only the quick run is held to the baseline: its ratios are what CI compares (the full run reports its budgets).
const found = opts.quick ? regressions(rows) : [];
const results: Results = {
  at: new Date().toISOString(),
  scale: scale.name,
  runs: opts.runs,
  machine: machineFacts(postgresVersion),
  dataset,
  rows,
  regressions: found,
};
const file = writeResults(ROOT, results);
process.stdout.write(`\n${markdown(results)}\nwritten to ${path.relative(ROOT, file)} (and .json)\n`);
if (opts.updateBaseline) {
  updateBaseline(rows);
  process.stdout.write('baseline.json updated from this run\n');
}
const wrong = rows.flatMap((r) => r.failures);
const failedBudgets = rows.filter((r) => !r.pass).length;
process.stdout.write(
  `bench: ${rows.length - failedBudgets} within budget, ${failedBudgets} over budget or wrong; ` +
    `${wrong.length} wrong answers, ${found.length} regressions against the baseline\n`,
);
process.exitCode = wrong.length || found.length ? 1 : 0;
