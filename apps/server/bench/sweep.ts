/**
 * Deadline-sweep budget check (issue 3 §4): 1,000,000 open hazards of which 10,000 cross their deadline; one sweep in
 * 5 s or less, and a second sweep creates nothing. The data and checks: suite/scenarios/sweep.ts.
 * Run: `npm run bench:sweep` (or `npm run bench -- --only sweep`). Uses a fresh database: a new one on the server in
 * DATABASE_URL (dropped afterwards), or an embedded PostgreSQL in a temporary folder.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freshDatabase } from './fresh-database';
import { benchSweep } from './suite/scenarios/sweep';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'redline-bench-'));
fs.chmodSync(dir, 0o755);
const database = await freshDatabase(dir);
try {
  const row = await benchSweep(database.url, { open: 1_000_000, crossing: 10_000 }, console.log);
  for (const failure of row.failures) console.log(`FAIL: ${failure}`);
  console.log(
    `first sweep ${row.figure} s (${row.detail}); plain INSERT of the same events ${row.ceiling} s; ` +
      (row.pass ? 'within the 5 s budget' : 'OVER budget or wrong counts'),
  );
  process.exitCode = row.pass ? 0 : 1;
} finally {
  await database.stop();
  fs.rmSync(dir, { recursive: true, force: true });
}
