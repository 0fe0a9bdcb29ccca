/**
 * Import budget check: 100,000 enterprises from one .xlsx in at most 30 s on the 2-core reference machine.
 * Run: `npx tsx apps/server/bench/import.ts [rows]` (or `npm run bench -- --only import`). Uses a fresh database: a
 * new one on the server in DATABASE_URL (dropped afterwards), or an embedded PostgreSQL in a temporary folder.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freshDatabase } from './fresh-database';
import { benchImport } from './suite/scenarios/import';

const ROWS = Number(process.argv[2] ?? 100_000);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'redline-bench-'));
fs.chmodSync(dir, 0o755);
const database = await freshDatabase(dir);
try {
  const row = await benchImport(database.url, ROWS, console.log);
  for (const failure of row.failures) console.log(`FAIL: ${failure}`);
  console.log(
    `${row.figure} s (reading the file alone ${row.ceiling} s): ${row.pass ? 'within' : 'OVER'} the 30 s budget`,
  );
  process.exitCode = row.pass ? 0 : 1;
} finally {
  await database.stop();
  fs.rmSync(dir, { recursive: true, force: true });
}
