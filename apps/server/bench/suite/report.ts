import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Dataset } from './generator';
import type { Row } from './report-row';

export type Machine = { cores: number; cpu: string; memoryGiB: number; postgres: string; node: string };

export const machineFacts = (postgres: string): Machine => ({
  cores: os.cpus().length,
  cpu: os.cpus()[0]?.model ?? 'unknown',
  memoryGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
  postgres,
  node: process.version,
});

export type Results = {
  at: string;
  scale: string;
  runs: number;
  machine: Machine;
  dataset: Dataset | null;
  rows: Row[];
  regressions: string[];
};

const cell = (v: number | null, unit: string) => (v === null ? '–' : `${v.toLocaleString('en')} ${unit}`);

/** The results as a markdown table (what docs/PERFORMANCE.md keeps), with the machine and the data set's generation. */
export function markdown(r: Results): string {
  const m = r.machine;
  const lines = [
    `Run ${r.at}, scale ${r.scale}, median of ${r.runs} runs. Machine: ${m.cores} cores (${m.cpu}), ` +
      `${m.memoryGiB} GiB memory, ${m.postgres}, Node ${m.node}.`,
    '',
    '| what | figure | ceiling (same run) | ratio | budget | result |',
    '| --- | --- | --- | --- | --- | --- |',
    ...r.rows.map(
      (row) =>
        `| ${row.what} | ${cell(row.figure, row.unit)}${row.detail ? ` (${row.detail})` : ''} | ` +
        `${row.ceilingWhat}: ${cell(row.ceiling, row.ceilingUnit)} | ${row.ratio ?? '–'} | ${row.budget} | ` +
        `${row.pass ? 'pass' : '**FAIL**'} |`,
    ),
  ];
  const failures = r.rows.flatMap((row) => row.failures);
  if (failures.length) lines.push('', 'Wrong answers or counts:', ...failures.map((f) => `- ${f}`));
  if (r.regressions.length) lines.push('', 'Regressions against the baseline:', ...r.regressions.map((f) => `- ${f}`));
  if (r.dataset) {
    const d = r.dataset;
    lines.push(
      '',
      d.reused
        ? `Data set reused (generated ${d.generatedAt} in ${d.seconds} s).`
        : `Data set generated in ${d.seconds} s: ${d.rows.hazards.toLocaleString('en')} hazards, ` +
            `${d.rows.events.toLocaleString('en')} timeline events.`,
      '',
      '| table | rows | seconds | rows/s |',
      '| --- | --- | --- | --- |',
      ...d.tables.map(
        (t) =>
          `| ${t.table} | ${t.rows.toLocaleString('en')} | ${t.seconds} | ${t.rowsPerSecond.toLocaleString('en')} |`,
      ),
    );
  }
  return `${lines.join('\n')}\n`;
}

/** Writes bench-results/<timestamp>.json and .md; answers the markdown file's path. */
export function writeResults(root: string, r: Results): string {
  const dir = path.join(root, 'bench-results');
  fs.mkdirSync(dir, { recursive: true });
  const stamp = r.at.replace(/[:.]/g, '-');
  fs.writeFileSync(path.join(dir, `${stamp}.json`), `${JSON.stringify(r, null, 2)}\n`);
  const md = path.join(dir, `${stamp}.md`);
  fs.writeFileSync(md, markdown(r));
  return md;
}
