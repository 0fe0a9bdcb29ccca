import fs from 'node:fs';
import path from 'node:path';
import type { Row } from './report-row';

/** apps/server/bench/baseline.json: the quick run's ratios, committed; CI fails on one more than 2× worse. */
export const BASELINE_FILE = path.resolve(import.meta.dirname, '../baseline.json');
const TOLERANCE = 2;

type Baseline = { note: string; ratios: Record<string, { ratio: number; better: 'higher' | 'lower' }> };

/**
 * The rows whose ratio is more than 2× worse than the baseline's: ratios, not times, so a slower or busier machine
 * (whose ceiling slows alike) does not fail CI, while a change that makes one path slower than its ceiling does.
 */
export function regressions(rows: Row[]): string[] {
  if (!fs.existsSync(BASELINE_FILE)) return [];
  const baseline = JSON.parse(fs.readFileSync(BASELINE_FILE, 'utf8')) as Baseline;
  const found: string[] = [];
  for (const row of rows) {
    const base = baseline.ratios[row.id];
    if (!base || row.ratio === null) continue;
    const worse = row.better === 'higher' ? row.ratio < base.ratio / TOLERANCE : row.ratio > base.ratio * TOLERANCE;
    if (worse) found.push(`${row.id}: ratio ${row.ratio}, baseline ${base.ratio} (${row.better} is better)`);
  }
  return found;
}

export function updateBaseline(rows: Row[]) {
  const previous = fs.existsSync(BASELINE_FILE)
    ? (JSON.parse(fs.readFileSync(BASELINE_FILE, 'utf8')) as Baseline).ratios
    : {};
  const ratios = { ...previous };
  for (const row of rows) if (row.ratio !== null) ratios[row.id] = { ratio: row.ratio, better: row.better };
  const baseline: Baseline = {
    note: 'Ratios of `npm run bench -- --quick` (figure to its same-run ceiling); rewrite with --update-baseline.',
    ratios,
  };
  fs.writeFileSync(BASELINE_FILE, `${JSON.stringify(baseline, null, 2)}\n`);
}
