import { STATISTICS_MEASURES } from '@redline/contracts';
import { emptyCounts, hazardFigures, periodOf } from '@redline/domain';
import { eq } from 'drizzle-orm';
import { openDatabase } from '../../../src/db/client';
import { accounts } from '../../../src/features/accounts/schema';
import { countGroups, groupingOf, regionRootOf } from '../../../src/features/hazard-reports/statistics';
import { hazardWhere } from '../../../src/features/hazards/filters';
import { actorOf } from '../../../src/features/scope/resolve-scope';
import { BENCH_ACCOUNTS } from '../generator';
import { type LoadResult, load, median, medianOf } from '../load';
import { type Row, round } from '../report-row';
import type { Session } from '../server';
import { type ScenarioContext, sessionHeaders } from './context';

const CONNECTIONS = 10;
/** Every counted figure of a group: the ones a drill-down can list, and the funds. */
const FIGURES = [...STATISTICS_MEASURES, 'fundsPlanned', 'fundsSpent'] as const;

type Answer = {
  asOf: string;
  period: { from: string; to: string };
  groups: { key: string | null; label: string; figures: Record<string, number | null> }[];
};

/**
 * The cockpit (GET /hazards/statistics, by region, this year) as the province leader and as a county leader: p95 at
 * 10 connections, and the single-request latency against the plain GROUP BY over the hazard table (`countGroups`,
 * the same scope, period and instant, timed in this process), whose numbers the answer must equal group by group.
 */
export async function benchCockpit(c: ScenarioContext): Promise<Row[]> {
  const database = openDatabase(c.dataUrl, 4);
  try {
    const rows: Row[] = [];
    for (const who of ['province', 'county'] as const) {
      rows.push(await one(c, database, who, c.sessions[who]));
    }
    return rows;
  } finally {
    await database.close();
  }
}

async function one(
  c: ScenarioContext,
  { db }: ReturnType<typeof openDatabase>,
  who: 'province' | 'county',
  session: Session,
): Promise<Row> {
  const url = `${c.server.url}/api/v1/hazards/statistics`;
  const headers = sessionHeaders(session);
  const get = async () => {
    const res = await fetch(url, { headers });
    if (!res.ok) throw new Error(`cockpit (${who}) answered ${res.status}: ${await res.text()}`);
    return (await res.json()) as Answer;
  };
  const answer = await get();

  // The plain query at the answer's own instant and period, as the same account.
  const [account] = await db.select().from(accounts).where(eq(accounts.username, BENCH_ACCOUNTS[who]));
  const actor = await actorOf(db, account!, 'session');
  const now = new Date(answer.asOf);
  const period = periodOf(now, answer.period.from, answer.period.to);
  const where = (await hazardWhere(db, actor, {}, now))!;
  const grouping = groupingOf('region', await regionRootOf(db, actor, undefined));
  const plainMs: number[] = [];
  let plain = await countGroups(db, where, period, now, grouping);
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    plain = await countGroups(db, where, period, now, grouping);
    plainMs.push(performance.now() - t0);
  }
  const failures = compare(who, answer, plain);

  // Single-request latency (one connection, one after another), then p95 under load, run after run.
  for (let i = 0; i < 3; i++) await get();
  const sequential: number[] = [];
  for (let i = 0; i < c.scale.sequential; i++) {
    const t0 = performance.now();
    await get();
    sequential.push(performance.now() - t0);
  }
  const loaded: LoadResult[] = [];
  for (let i = 0; i < c.runs; i++)
    loaded.push(await load({ url, connections: CONNECTIONS, seconds: c.scale.loadSeconds, headers }));
  const r = medianOf(loaded);
  if (r.errors || r.non2xx) failures.push(`cockpit (${who}): ${r.errors} errors, ${r.non2xx} non-2xx answers`);
  const single = median(sequential);
  const ceiling = median(plainMs);
  const ratio = ceiling / single;
  c.log(`cockpit ${who}: p95 ${round(r.p95)} ms, single ${round(single)} ms, plain GROUP BY ${round(ceiling)} ms`);
  return {
    id: `cockpit-${who}`,
    what: `cockpit, ${who === 'province' ? 'province' : 'one county'}, ${CONNECTIONS} connections`,
    figure: round(r.p95),
    unit: 'ms p95',
    detail: `single request ${round(single)} ms, ${round(r.rps)} req/s, ${answer.groups.length} groups${failures.length ? '' : ', numbers equal'}`,
    ceilingWhat: 'plain GROUP BY (countGroups), in process',
    ceiling: round(ceiling),
    ceilingUnit: 'ms',
    ratio: round(ratio, 2),
    better: 'higher',
    budget: 'p95 ≤ 50 ms, ≥ 40× faster than the GROUP BY, same numbers',
    pass: r.p95 <= 50 && ratio >= 40 && !failures.length,
    failures,
  };
}

/** Every figure of every group of the answer against the plain query's (rounded as the answer rounds money). */
function compare(who: string, answer: Answer, plain: Awaited<ReturnType<typeof countGroups>>): string[] {
  const failures: string[] = [];
  const seen = new Set<string | null>();
  for (const g of answer.groups) {
    seen.add(g.key);
    const expected = hazardFigures(plain.get(g.key) ?? emptyCounts()) as unknown as Record<string, number | null>;
    const diff = FIGURES.filter((f) => (g.figures[f] ?? null) !== (expected[f] ?? null));
    if (diff.length) {
      failures.push(
        `cockpit (${who}) group ${g.key ?? 'null'} (${g.label}): ` +
          diff.map((f) => `${f} answered ${g.figures[f]}, GROUP BY ${expected[f]}`).join('; '),
      );
    }
  }
  for (const [key, counts] of plain) {
    if (!seen.has(key))
      failures.push(`cockpit (${who}): group ${key} missing from the answer (${JSON.stringify(counts)})`);
  }
  return failures;
}
