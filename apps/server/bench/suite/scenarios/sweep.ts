/**
 * The deadline sweep scenario (issue 3 §4, issue 7): `open` open hazards of which `crossing` cross their deadline
 * between two sweeps; one sweep in 5 s or less, and a second sweep creates nothing. Full: 1,000,000 / 10,000.
 *
 * The data, generated in SQL (INSERT … SELECT generate_series) in an empty database of its own, all under one county:
 * - `crossing` open hazards whose deadline (one day's 23:59:59.999 Asia/Shanghai, as `addDays` sets it) passed 30 s
 *   before `now`: the sweep a minute earlier saw them still running, and their 3-day and 1-day reminders are on
 *   their timelines. The first sweep must record exactly their overdue events and nothing else.
 * - as many open hazards overdue for 8–37 days, already swept: reminders, overdue and all three escalation steps
 *   recorded. They are candidates of the sweep's query but must yield nothing.
 * - the rest of the open hazards due 4–183 days after the crossing deadline, beyond the 3-day reminder horizon.
 * - Noise: open ÷ 10 terminal hazards (written off, rejected, merged) with deadlines in the past year, some at the
 *   crossing deadline itself: a closed case runs no clock.
 * - Every case has its `created` event on the timeline (event_key null), as a real one does.
 * - People to notify: each of the 20 towns has a town officer (its safety office, the cases' supervising unit
 *   `region:<town>`) and an owner account (the cases' owner person), so each overdue event notifies two people and
 *   the sweep's fan-out (notifications in the same transaction) is part of the timing. Beside them grid workers
 *   (3,000 per million open hazards; half scoped to a town, half to grids) whom these events do not concern.
 *
 * The ceiling: a plain INSERT … SELECT of the same overdue events for the crossing cases (rolled back), the least
 * any sweep must write. `BENCH_EXPLAIN=<ms>` prints the EXPLAIN ANALYZE plan of every sweep statement slower than
 * that (auto_explain, loaded on the sweeps' own connections and reported as notices); it slows the sweep a little.
 */
import { HAZARD_WORKFLOW } from '@redline/domain';
import { openDatabase } from '../../../src/db/client';
import { migrateDatabase } from '../../../src/db/migrate';
import { insertAccount } from '../../../src/features/accounts/service';
import type { AuditWho } from '../../../src/features/audit/append-audit';
import { sweepDeadlines } from '../../../src/features/cases/sweep-deadlines';
import { insertRegion } from '../../../src/features/regions/service';
import { upsertSectorCatalogue } from '../../../src/features/sectors/service';
import { type Row, round } from '../report-row';

export type SweepSize = { open: number; crossing: number };
export type SweepOutcome = { firstMs: number; secondMs: number; ceilingMs: number; failures: string[] };

/** The budget of one sweep, in seconds. */
export const SWEEP_BUDGET_S = 5;
/** The deadline the 10,000 cross: 2026-03-16 23:59:59.999 in Asia/Shanghai. */
const DEADLINE = new Date('2026-03-16T15:59:59.999Z');
/** The sweep runs every minute; this one runs 30 s after the deadline, the previous one 30 s before it. */
const NOW = new Date(DEADLINE.getTime() + 30_000);
const who: AuditWho = { actorId: null, requestId: 'bench-sweep', now: new Date() };
const seconds = (from: number) => (Date.now() - from) / 1000;

/** The URL with session options that load auto_explain and report plans slower than `ms` to the client as notices. */
function withAutoExplain(url: string, ms: number): string {
  const settings = {
    session_preload_libraries: 'auto_explain',
    'auto_explain.log_min_duration': `${ms}`,
    'auto_explain.log_analyze': 'on',
    'auto_explain.log_buffers': 'on',
    'auto_explain.log_nested_statements': 'on',
    'auto_explain.log_parameter_max_length': '0',
    'auto_explain.log_level': 'notice',
  };
  const u = new URL(url);
  u.searchParams.set(
    'options',
    Object.entries(settings)
      .map(([k, v]) => `-c ${k}=${v}`)
      .join(' '),
  );
  return u.toString();
}
const TOWNS = Array.from({ length: 20 }, (_, t) => `140525${101 + t}`);
/** Each overdue event notifies the owner person and the town officer of the supervising town. */
const NOTIFIED_PER_EVENT = 2;

/** Builds the data in the empty database at `url`, then times the plain ceiling and two sweeps. */
export async function runSweepBench(url: string, size: SweepSize, log: (l: string) => void): Promise<SweepOutcome> {
  const CROSSING = size.crossing;
  const SWEPT = size.crossing;
  const FUTURE = size.open - 2 * size.crossing;
  const TERMINAL = Math.round(size.open / 10);
  const GRID_WORKERS = Math.max(10, Math.round((3000 * size.open) / 1_000_000));
  const { db, pool, close } = openDatabase(url, 4);
  const explainMs = process.env.BENCH_EXPLAIN ? Math.max(0, Math.round(Number(process.env.BENCH_EXPLAIN))) : undefined;
  const sweeper = openDatabase(explainMs === undefined ? url : withAutoExplain(url, explainMs), 4);
  const failures: string[] = [];
  const fail = (message: string) => failures.push(`sweep: ${message}`);
  try {
    await migrateDatabase(pool);
    await upsertSectorCatalogue(db, who);
    await db.transaction(async (tx) => {
      const region = (code: string, level: 'province' | 'city' | 'county' | 'town', parentCode: string | null) =>
        insertRegion(tx, who, { code, name: `区划${code}`, level, parentCode, isDevelopmentZone: false }, null);
      await region('140000', 'province', null);
      await region('140500', 'city', '140000');
      await region('140525', 'county', '140500');
      for (const town of TOWNS) await region(town, 'town', '140525');
    });
    const owners: string[] = [];
    await db.transaction(async (tx) => {
      for (const town of TOWNS) {
        const account = (username: string, role: 'town_officer' | 'grid_worker') =>
          insertAccount(
            tx,
            who,
            {
              username,
              displayName: username,
              roles: [role],
              scope: { kind: 'region', regionCode: town },
              password: 'Bench#Sweep2026',
              mobile: null,
            },
            null,
          );
        await account(`officer${town}`, 'town_officer');
        owners.push((await account(`owner${town}`, 'grid_worker')).id);
      }
    });

    // Grid workers: a copy of an owner's row with its own name and scope (the password hash is never used).
    await pool.query(
      `insert into accounts (username, display_name, roles, scope_kind, scope_region_code, scope_grid_codes, scope_path,
                           password_hash)
     select 'grid' || g, '网格员' || g, array['grid_worker'], case when g % 2 = 0 then 'region' else 'grids' end,
            case when g % 2 = 0 then '140525' || (101 + g % 20) end,
            case when g % 2 = 0 then '{}'::text[] else array['G-' || g] end,
            '/140000/140500/140525/140525' || (101 + g % 20) || '/', a.password_hash
       from accounts a, generate_series(1, $2::int) g
      where a.id = $1`,
      [owners[0], GRID_WORKERS],
    );

    // One statement for the cases: i picks the group (see the header) and, within it, the state and the deadline.
    let started = Date.now();
    const open = CROSSING + SWEPT + FUTURE;
    const total = open + TERMINAL;
    await pool.query(
      `insert into cases (type, number, title, region_code, region_path, sector_code, state, level, source,
                        owner_account_id, supervisor_unit, deadline, created_at, updated_at)
     select 'hazard',
            'YH-140525-2026-' || lpad(i::text, 7, '0'),
            '测试隐患' || i,
            '140525' || (101 + i % 20),
            '/140000/140500/140525/140525' || (101 + i % 20) || '/',
            (array['hazardous_chemicals','metallurgy','construction','fire_safety'])[1 + i % 4],
            case when i <= $5 then (array['rectifying','rectifying','rectifying','accepted','awaiting_verification',
                                          'reported','transferred'])[1 + i % 7]
                 else (array['written_off','written_off','written_off','rejected','merged'])[1 + i % 5] end,
            case when i % 50 = 0 then 'major' else 'ordinary' end,
            'grid_patrol',
            ($6::uuid[])[1 + i % 20],
            'region:140525' || (101 + i % 20),
            case when i <= $2 then $1::timestamptz
                 when i <= $3 then $1::timestamptz - make_interval(days => 8 + i % 30)
                 when i <= $5 then $1::timestamptz + make_interval(days => 4 + i % 180)
                 else $1::timestamptz - make_interval(days => i % 365) end,
            $1::timestamptz - interval '60 days', $1::timestamptz - interval '60 days'
       from generate_series(1, $4::int) as i`,
      [DEADLINE, CROSSING, CROSSING + SWEPT, total, open, owners],
    );
    const casesSeconds = seconds(started);
    started = Date.now();
    await pool.query(
      `insert into case_events (case_id, cycle, at, kind, to_state)
     select id, 1, created_at, 'created', 'reported' from cases`,
    );
    // The clock events earlier sweeps recorded, keyed per deadline as the sweep keys them (`overdue@<ISO instant>`).
    await pool.query(
      `insert into case_events (case_id, cycle, at, kind, event_key, from_state, to_state, data)
     select c.id, 1, c.deadline + e.offset_days * interval '1 day', e.kind,
            e.key || '@' || to_char(c.deadline at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
            c.state, c.state, jsonb_build_object('key', e.key)
       from cases c
       join (values ('reminder:3d', 'reminder', -3), ('reminder:1d', 'reminder', -1), ('overdue', 'overdue', 0),
                    ('step:1', 'escalation', 1), ('step:2', 'escalation', 3), ('step:3', 'escalation', 7))
            as e(key, kind, offset_days)
         on c.deadline + e.offset_days * interval '1 day' < $2::timestamptz - interval '30 seconds'
      where c.type = 'hazard' and c.state not in ('written_off', 'rejected', 'merged') and c.deadline <= $1::timestamptz`,
      [DEADLINE, NOW],
    );
    const eventsSeconds = seconds(started);
    started = Date.now();
    await pool.query('vacuum analyze cases');
    await pool.query('vacuum analyze case_events');
    await pool.query('vacuum analyze accounts'); // as autovacuum would have by now
    const { rows: shape } = await pool.query<{ open: string; terminal: string; crossing: string; events: string }>(
      `select count(*) filter (where state not in ('written_off','rejected','merged')) as open,
            count(*) filter (where state in ('written_off','rejected','merged')) as terminal,
            count(*) filter (where deadline = $1 and state not in ('written_off','rejected','merged')) as crossing,
            (select count(*) from case_events) as events
       from cases`,
      [DEADLINE],
    );
    log(
      `generated ${total.toLocaleString('en')} cases in ${casesSeconds.toFixed(1)} s, their timelines in ` +
        `${eventsSeconds.toFixed(1)} s, vacuum analyze ${seconds(started).toFixed(1)} s: ` +
        `${Number(shape[0]?.open).toLocaleString('en')} open (${Number(shape[0]?.crossing).toLocaleString('en')} ` +
        `crossing ${DEADLINE.toISOString()}), ${Number(shape[0]?.terminal).toLocaleString('en')} terminal, ` +
        `${Number(shape[0]?.events).toLocaleString('en')} events`,
    );

    const countEvents = async () =>
      Number((await pool.query<{ n: string }>('select count(*) as n from case_events')).rows[0]?.n);
    const countNotifications = async () =>
      Number((await pool.query<{ n: string }>('select count(*) as n from notifications')).rows[0]?.n);
    const options = { workflows: { hazard: HAZARD_WORKFLOW } };
    if (explainMs !== undefined) {
      sweeper.pool.on('connect', (client) => {
        client.on('notice', (notice) => {
          if (notice.message?.startsWith('duration:')) log(`\n-- auto_explain --\n${notice.message}\n`);
        });
      });
    }

    await sweeper.pool.query('select 1'); // a connection ready, as the scheduler's pool has one
    // The ceiling: the crossing cases' overdue events written by one plain INSERT … SELECT, then rolled back.
    const ceilingMs = await (async () => {
      const client = await pool.connect();
      try {
        await client.query('begin');
        const c0 = process.hrtime.bigint();
        await client.query(
          `insert into case_events (case_id, cycle, at, kind, event_key, from_state, to_state, data)
         select id, cycle, $2, 'overdue', 'overdue@' || $3, state, state, jsonb_build_object('key', 'overdue')
           from cases where type = 'hazard' and deadline = $1 and state not in ('written_off', 'rejected', 'merged')`,
          [DEADLINE, NOW, DEADLINE.toISOString()],
        );
        return Number(process.hrtime.bigint() - c0) / 1e6;
      } finally {
        await client.query('rollback');
        client.release();
      }
    })();
    const before = await countEvents();
    const noticesBefore = await countNotifications();
    let t0 = process.hrtime.bigint();
    const first = await sweepDeadlines(sweeper.db, NOW, options);
    const firstMs = Number(process.hrtime.bigint() - t0) / 1e6;
    const afterFirst = await countEvents();
    const noticesAfterFirst = await countNotifications();
    const { rows: overdueRows } = await pool.query<{ n: string; crossing: string }>(
      `select count(*) as n, count(*) filter (where c.deadline = $2 and e.event_key = 'overdue@' || $3) as crossing
       from case_events e join cases c on c.id = e.case_id
      where e.kind = 'overdue' and e.at = $1`,
      [NOW, DEADLINE, DEADLINE.toISOString()],
    );
    log(
      `first sweep:  ${(firstMs / 1000).toFixed(2)} s, result ${JSON.stringify(first)}, ` +
        `${afterFirst - before} new events (${overdueRows[0]?.n} overdue, ${overdueRows[0]?.crossing} on the crossing ` +
        `cases), ${noticesAfterFirst - noticesBefore} new notifications`,
    );

    t0 = process.hrtime.bigint();
    const second = await sweepDeadlines(sweeper.db, NOW, options);
    const secondMs = Number(process.hrtime.bigint() - t0) / 1e6;
    const afterSecond = await countEvents();
    const noticesAfterSecond = await countNotifications();
    log(
      `second sweep: ${(secondMs / 1000).toFixed(2)} s, result ${JSON.stringify(second)}, ` +
        `${afterSecond - afterFirst} new events, ${noticesAfterSecond - noticesAfterFirst} new notifications`,
    );

    if (first.skipped) fail('the first sweep was skipped (lock taken)');
    if (afterFirst - before !== CROSSING)
      fail(`the first sweep recorded ${afterFirst - before} events, not ${CROSSING}`);
    if (Number(overdueRows[0]?.crossing) !== CROSSING)
      fail(`${overdueRows[0]?.crossing} overdue events, not ${CROSSING}`);
    const notified = noticesAfterFirst - noticesBefore;
    if (notified !== CROSSING * NOTIFIED_PER_EVENT) {
      fail(`the first sweep sent ${notified} notifications, not ${CROSSING * NOTIFIED_PER_EVENT}`);
    }
    if (second.skipped) fail('the second sweep was skipped (lock taken)');
    if (afterSecond !== afterFirst) fail(`the second sweep recorded ${afterSecond - afterFirst} events`);
    if (noticesAfterSecond !== noticesAfterFirst) {
      fail(`the second sweep sent ${noticesAfterSecond - noticesAfterFirst} notifications`);
    }
    return { firstMs, secondMs, ceilingMs, failures };
  } finally {
    await sweeper.close();
    await close();
  }
}

/** The sweep row of the suite, on a scratch database of its own. */
export async function benchSweep(url: string, size: SweepSize, log: (l: string) => void): Promise<Row> {
  const o = await runSweepBench(url, size, log);
  const failures = [...o.failures];
  return {
    id: 'sweep',
    what: `deadline sweep, ${size.open.toLocaleString('en')} open of which ${size.crossing.toLocaleString('en')} cross`,
    figure: round(o.firstMs / 1000, 2),
    unit: 's',
    detail: `second sweep ${round(o.secondMs / 1000, 2)} s${failures.length ? '' : ', created nothing'}`,
    ceilingWhat: 'plain INSERT … SELECT of the same overdue events',
    ceiling: round(o.ceilingMs / 1000, 3),
    ceilingUnit: 's',
    ratio: round(o.firstMs / o.ceilingMs, 2),
    better: 'lower',
    budget: `≤ ${SWEEP_BUDGET_S} s, second sweep creates nothing`,
    pass: o.firstMs / 1000 <= SWEEP_BUDGET_S && !failures.length,
    failures,
  };
}
