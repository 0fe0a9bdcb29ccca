import { type LoadResult, load, medianOf } from '../load';
import { type Row, round } from '../report-row';
import { type ScenarioContext, sessionHeaders } from './context';

const CONNECTIONS = 50;
/** A county leader's everyday question: the ordinary hazards being rectified, newest first. */
const FILTER = 'state=rectifying&level=ordinary';

/**
 * The hazard list as the county leader, filtered, page 1 and page 50, at 50 connections; the ceiling is the cheapest
 * authenticated GET of the same server (the session answer) at the same concurrency, run after run.
 */
export async function benchHazardList(c: ScenarioContext): Promise<Row[]> {
  const headers = sessionHeaders(c.sessions.county);
  const spec = (path: string, seconds = c.scale.loadSeconds) => ({
    url: `${c.server.url}${path}`,
    connections: CONNECTIONS,
    seconds,
    headers,
  });
  const pages = [1, 50];
  const first = await fetch(`${c.server.url}/api/v1/hazards?${FILTER}&page=50`, { headers });
  const page50 = (await first.json()) as { items: unknown[]; total: number };
  await load(spec('/api/v1/auth/session', 1));
  for (const p of pages) await load(spec(`/api/v1/hazards?${FILTER}&page=${p}`, 1));
  const ceiling: LoadResult[] = [];
  const lists: LoadResult[][] = pages.map(() => []);
  for (let i = 0; i < c.runs; i++) {
    ceiling.push(await load(spec('/api/v1/auth/session')));
    for (const [k, p] of pages.entries()) lists[k]!.push(await load(spec(`/api/v1/hazards?${FILTER}&page=${p}`)));
    c.log(`hazard list run ${i + 1}: p99 ${lists.map((l) => round(l.at(-1)!.p99)).join(' / ')} ms`);
  }
  const s = medianOf(ceiling);
  return pages.map((p, k) => {
    const r = medianOf(lists[k]!);
    const failures: string[] = [];
    if (r.errors || r.non2xx) failures.push(`list page ${p}: ${r.errors} errors, ${r.non2xx} non-2xx answers`);
    if (p === 50 && !page50.items?.length)
      failures.push(`page 50 of the filtered list is empty (total ${page50.total})`);
    return {
      id: `hazard-list-page-${p}`,
      what: `hazard list, county, filtered, page ${p}, ${CONNECTIONS} connections`,
      figure: round(r.p99),
      unit: 'ms p99',
      detail: `${round(r.rps)} req/s, p50 ${round(r.p50)} ms, total ${page50.total}`,
      ceilingWhat: 'GET /auth/session, same concurrency',
      ceiling: round(s.p99),
      ceilingUnit: 'ms p99',
      ratio: round(r.p99 / s.p99, 2),
      better: 'lower',
      budget: 'p99 ≤ 20 ms',
      pass: r.p99 <= 20 && !failures.length,
      failures,
    };
  });
}
