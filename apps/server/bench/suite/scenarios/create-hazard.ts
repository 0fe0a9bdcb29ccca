import pg from 'pg';
import { type LoadResult, load, medianOf } from '../load';
import { type Row, round } from '../report-row';
import { type ScenarioContext, sessionHeaders } from './context';

const CONNECTIONS = 50;
const PLACES = ['配电室', '仓库', '车间', '锅炉房', '料场'];
const PROBLEMS = ['灭火器过期', '安全出口堵塞', '电线私拉乱接', '防护栏缺失', '应急照明损坏'];

/**
 * Reporting a hazard (validation, number, case, timeline, watcher, audit, notice, duplicate search) at 50 connections
 * as the county's safety office, against the bench route that validates the same body and does ONE insert of the
 * hazard row, in the same server, run after run (bare, then real). Reports differ (title, place, enterprise).
 */
export async function benchCreateHazard(c: ScenarioContext): Promise<Row> {
  const client = new pg.Client({ connectionString: c.dataUrl });
  await client.connect();
  const { rows: places } = await client.query<{ region_code: string; enterprise_id: string | null }>(
    `(select code as region_code, null::uuid as enterprise_id from regions where parent_code = $1 order by code)
     union all
     (select region_code, id from enterprises where region_path like '%/' || $1 || '/%' order by id limit 200)`,
    [c.countyCode],
  );
  await client.end();
  let n = 0;
  const body = () => {
    n += 1;
    const place = places[n % places.length]!;
    return JSON.stringify({
      title: `${PLACES[n % PLACES.length]}${PROBLEMS[(n >> 3) % PROBLEMS.length]}（压测${n}）`,
      description: '检查中发现的问题',
      regionCode: place.region_code,
      enterpriseId: place.enterprise_id,
      source: 'department_inspection',
      level: 'ordinary',
      lng: 112.5 + (n % 1000) / 1000,
      lat: 35.5 + (n % 997) / 1000,
    });
  };
  const headers = sessionHeaders(c.sessions.officer, true);
  const spec = (path: string, seconds: number) => ({
    url: `${c.server.url}${path}`,
    method: 'POST' as const,
    connections: CONNECTIONS,
    seconds,
    headers,
    body,
  });
  // Warm-up (JIT, pools, caches), not counted.
  await load(spec('/api/v1/bench/hazard-insert', 1));
  await load(spec('/api/v1/hazards', 1));
  const bare: LoadResult[] = [];
  const real: LoadResult[] = [];
  for (let i = 0; i < c.runs; i++) {
    bare.push(await load(spec('/api/v1/bench/hazard-insert', c.scale.loadSeconds)));
    real.push(await load(spec('/api/v1/hazards', c.scale.loadSeconds)));
    c.log(`create hazard run ${i + 1}: ${round(real.at(-1)!.rps)} req/s (bare ${round(bare.at(-1)!.rps)})`);
  }
  const r = medianOf(real);
  const b = medianOf(bare);
  const ratio = r.rps / b.rps;
  const failures: string[] = [];
  if (real.some((x) => !x.requests))
    failures.push('create: a run in which no report was answered (slower than the run)');
  if (r.errors || r.non2xx) failures.push(`create: ${r.errors} errors, ${r.non2xx} non-2xx answers`);
  if (b.errors || b.non2xx) failures.push(`bare insert: ${b.errors} errors, ${b.non2xx} non-2xx answers`);
  return {
    id: 'create-hazard',
    what: `create hazard, ${CONNECTIONS} connections`,
    figure: round(r.rps),
    unit: 'req/s',
    detail: `p50 ${round(r.p50)} ms, p99 ${round(r.p99)} ms`,
    ceilingWhat: 'bare route: one INSERT of the hazard row',
    ceiling: round(b.rps),
    ceilingUnit: 'req/s',
    ratio: round(ratio, 3),
    better: 'higher',
    budget: 'throughput ≥ 0.4 × bare, p99 ≤ 30 ms',
    pass: ratio >= 0.4 && r.p99 <= 30 && !failures.length,
    failures,
  };
}
