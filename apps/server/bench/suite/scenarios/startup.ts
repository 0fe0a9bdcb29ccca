import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { median } from '../load';
import { type Row, round } from '../report-row';

const ROOT = path.resolve(import.meta.dirname, '../../../../..');
type StartupFigures = { existingMs: number[]; freshMs: number[] };
type BenchStartup = (opts: { runs: number; quick: boolean }) => Promise<StartupFigures>;

/**
 * `npm start` to ready, on an existing data folder and on a fresh one with the demo data (apps/server/bench/startup.ts
 * measures both). The ceiling is the cost of any redline command before it does anything: `redline --help` (Node,
 * tsx and the CLI loaded), median of three, in the same run.
 */
export async function benchStartupRows(runs: number, quick: boolean, log: (l: string) => void): Promise<Row[]> {
  // Imported when the row runs: the start-up benchmark is its own module, and the other rows do not need it.
  const { benchStartup } = (await import(path.join(ROOT, 'apps/server/bench/startup.ts'))) as {
    benchStartup: BenchStartup;
  };
  const bare: number[] = [];
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    const r = spawnSync(process.execPath, [path.join(ROOT, 'apps/cli/bin/redline.mjs'), '--help'], { stdio: 'ignore' });
    if (r.status !== 0) throw new Error(`redline --help exited ${r.status}`);
    bare.push(performance.now() - t0);
  }
  const figures = await benchStartup({ runs, quick });
  const ceiling = median(bare) / 1000;
  const existing = median(figures.existingMs) / 1000;
  const fresh = median(figures.freshMs) / 1000;
  log(`start-up: existing ${round(existing, 2)} s, fresh ${round(fresh, 2)} s, redline --help ${round(ceiling, 2)} s`);
  const row = (id: string, what: string, s: number, n: number, budget: number): Row => ({
    id,
    what,
    figure: round(s, 2),
    unit: 's',
    detail: `median of ${n}`,
    ceilingWhat: 'redline --help (Node + tsx + CLI)',
    ceiling: round(ceiling, 2),
    ceilingUnit: 's',
    ratio: round(s / ceiling, 2),
    better: 'lower',
    budget: `≤ ${budget} s`,
    pass: s <= budget,
    failures: [],
  });
  return [
    row('startup-existing', '`npm start` to ready, existing data folder', existing, figures.existingMs.length, 5),
    row('startup-fresh', '`npm start` to ready, fresh folder with demo data', fresh, figures.freshMs.length, 20),
  ];
}
