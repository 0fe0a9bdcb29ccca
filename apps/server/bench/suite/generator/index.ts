import { sql } from 'drizzle-orm';
import { openDatabase } from '../../../src/db/client';
import { migrateDatabase } from '../../../src/db/migrate';
import { insertAccount } from '../../../src/features/accounts/service';
import type { AuditWho } from '../../../src/features/audit/append-audit';
import { foldCounterDeltas } from '../../../src/features/cases/fold-counters';
import { upsertSectorCatalogue } from '../../../src/features/sectors/service';
import { type Scale, scaleKey } from '../scale';
import { generateAccidents } from './accidents';
import { beginBulkLoad, endBulkLoad } from './bulk-load';
import { CopyTimer, type TableTiming } from './copy';
import { generateHazards, type Sequences } from './hazards';
import { generatePlaces, PROVINCE } from './places';
import { Prng } from './prng';

/** The accounts the scenarios sign in as; the password is the suite's own (the data set is never a real one). */
export const BENCH_PASSWORD = 'Bench#Redline2026';
export const BENCH_ACCOUNTS = {
  province: 'bench_province_leader',
  county: 'bench_county_leader',
  officer: 'bench_county_officer',
} as const;

export type Dataset = {
  reused: boolean;
  scale: string;
  generatedAt: string;
  /** The county whose leader and officer the scenarios act as. */
  countyCode: string;
  seconds: number;
  tables: TableTiming[];
  rows: { hazards: number; events: number };
};

const MARKER = `create table if not exists bench_dataset (
  key text primary key, scale text not null, state text not null, generated_at timestamptz not null, report jsonb)`;

/**
 * The province data set in the database at `url`: reused when it already holds a complete one of the same scale and
 * seed, else generated (into an empty database only: a database with other tables is refused, never overwritten).
 */
export async function ensureDataset(url: string, scale: Scale, log: (line: string) => void): Promise<Dataset> {
  const { db, pool, close } = openDatabase(url, 4);
  try {
    const { rows: tables } = await pool.query<{ n: string; marked: boolean }>(
      `select count(*) as n, bool_or(table_name = 'bench_dataset') as marked
         from information_schema.tables where table_schema = 'public'`,
    );
    const marked = tables[0]?.marked === true;
    if (Number(tables[0]?.n) > 0 && !marked) {
      throw new Error(`${url.replace(/:[^:@/]*@/, ':***@')} holds tables but no bench_dataset: not a bench database`);
    }
    if (marked) {
      const { rows } = await pool.query<{ key: string; state: string; report: Dataset }>(
        'select key, state, report from bench_dataset',
      );
      const done = rows.find((r) => r.key === scaleKey(scale) && r.state === 'complete');
      if (done && rows.length === 1) {
        await migrateDatabase(pool); // a newer checkout may have migrations the data set predates
        // The server under test runs without its scheduler: settle the counter deltas earlier runs' writes left, as
        // the scheduler would have (decision 008).
        const folded = await foldCounterDeltas(db);
        log(`reusing the ${scale.name} data set generated ${done.report.generatedAt} (${folded.folded} deltas folded)`);
        return { ...done.report, reused: true };
      }
      // Another scale, or a generation that stopped half-way: start again from an empty schema.
      log('the database holds another or an unfinished data set: dropping it');
      await pool.query('drop schema public cascade; create schema public; drop schema if exists drizzle cascade');
    }
    return await generate(db, pool, scale, log);
  } finally {
    await close();
  }
}

async function generate(
  db: ReturnType<typeof openDatabase>['db'],
  pool: ReturnType<typeof openDatabase>['pool'],
  scale: Scale,
  log: (line: string) => void,
): Promise<Dataset> {
  const started = performance.now();
  const now = new Date();
  const who: AuditWho = { actorId: null, requestId: 'bench-generate', now };
  await migrateDatabase(pool);
  await pool.query(MARKER);
  await pool.query(`insert into bench_dataset (key, scale, state, generated_at) values ($1, $2, 'generating', $3)`, [
    scaleKey(scale),
    scale.name,
    now,
  ]);
  await upsertSectorCatalogue(db, who);
  const sectorCodes = (
    await pool.query<{ code: string }>('select code from sectors where active order by code')
  ).rows.map((r) => r.code);
  const rng = new Prng(scale.seed);
  const timer = new CopyTimer();
  const places = await generatePlaces(pool, timer, scale, rng, sectorCodes, now);
  log(`regions, grids, ${scale.enterprises.toLocaleString('en')} enterprises: ${seconds(started)} s`);
  const county = places.counties[0]!;
  await db.transaction(async (tx) => {
    const account = (username: string, roles: ('leader' | 'safety_office')[], regionCode: string) =>
      insertAccount(
        tx,
        who,
        {
          username,
          displayName: username,
          roles,
          scope: { kind: 'region', regionCode },
          password: BENCH_PASSWORD,
          mobile: null,
        },
        null,
      );
    await account(BENCH_ACCOUNTS.province, ['leader'], PROVINCE);
    await account(BENCH_ACCOUNTS.county, ['leader'], county.code);
    await account(BENCH_ACCOUNTS.officer, ['safety_office'], county.code);
  });
  const sequences: Sequences = new Map();
  const bulk = await beginBulkLoad(pool);
  let lastLog = performance.now();
  await generateHazards(pool, timer, scale, rng, places, sectorCodes, sequences, now.getTime(), (done) => {
    if (performance.now() - lastLog > 30_000 || done === scale.hazards) {
      lastLog = performance.now();
      log(`hazards: ${done.toLocaleString('en')} of ${scale.hazards.toLocaleString('en')} (${seconds(started)} s)`);
    }
  });
  await generateAccidents(pool, timer, scale, rng, places, sequences, now.getTime());
  await endBulkLoad(pool, bulk, log);
  // Real reports continue each (type, county, year) numbering after the generated cases.
  const sequenceRows = [...sequences].map(([key, last]) => {
    const [prefix, countyCode, year] = key.split('|');
    return { type: prefix === 'YH' ? 'hazard' : 'accident', countyCode, year: Number(year), last };
  });
  await db.execute(sql`insert into case_sequences (type, county_code, year, last)
    select x.type, x."countyCode", x.year, x.last
      from jsonb_to_recordset(${JSON.stringify(sequenceRows)}::jsonb) as x(type text, "countyCode" text, year int, last int)`);
  const vacuumStarted = performance.now();
  await pool.query('vacuum analyze'); // as autovacuum would have by the time such a database is in use
  log(`vacuum analyze: ${seconds(vacuumStarted)} s`);
  const { rows: counts } = await pool.query<{ hazards: string; events: string }>(
    `select (select count(*) from cases where type = 'hazard') as hazards, (select count(*) from case_events) as events`,
  );
  const dataset: Dataset = {
    reused: false,
    scale: scale.name,
    generatedAt: now.toISOString(),
    countyCode: county.code,
    seconds: Number(seconds(started)),
    tables: timer.timings(),
    rows: { hazards: Number(counts[0]?.hazards), events: Number(counts[0]?.events) },
  };
  await pool.query(`update bench_dataset set state = 'complete', report = $2 where key = $1`, [
    scaleKey(scale),
    dataset,
  ]);
  return dataset;
}

const seconds = (from: number) => ((performance.now() - from) / 1000).toFixed(1);
