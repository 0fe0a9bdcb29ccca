import { pipeline } from 'node:stream/promises';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';

/** A value as COPY's text format writes it: `\N` for null, arrays as `{…}`, objects as JSON, special bytes escaped. */
function field(value: unknown): string {
  if (value === null || value === undefined) return '\\N';
  let text: string;
  if (value instanceof Date) text = value.toISOString();
  else if (Array.isArray(value)) text = `{${value.map((v) => `"${String(v).replace(/["\\]/g, '\\$&')}"`).join(',')}}`;
  else if (typeof value === 'object') text = JSON.stringify(value);
  else text = String(value);
  return text.replace(/[\\\t\n\r]/g, (c) => (c === '\\' ? '\\\\' : c === '\t' ? '\\t' : c === '\n' ? '\\n' : '\\r'));
}

/** Rows, seconds and rows per second of one table's load, added up over its COPY statements. */
export type TableTiming = { table: string; rows: number; seconds: number; rowsPerSecond: number };

export class CopyTimer {
  private readonly tables = new Map<string, { rows: number; ms: number }>();

  add(table: string, rows: number, ms: number) {
    const t = this.tables.get(table) ?? { rows: 0, ms: 0 };
    t.rows += rows;
    t.ms += ms;
    this.tables.set(table, t);
  }

  timings(): TableTiming[] {
    return [...this.tables].map(([table, t]) => ({
      table,
      rows: t.rows,
      seconds: Math.round(t.ms) / 1000,
      rowsPerSecond: t.ms > 0 ? Math.round((t.rows * 1000) / t.ms) : 0,
    }));
  }
}

/**
 * One COPY statement (one transaction) of `rows` into `table`. For the hazards and their timelines the generator
 * loads with secondary indexes dropped and triggers disabled, then rebuilds the derived tables (bulk-load.ts).
 */
export async function copyRows(
  pool: pg.Pool,
  timer: CopyTimer,
  table: string,
  columns: readonly string[],
  rows: readonly unknown[][],
): Promise<void> {
  if (!rows.length) return;
  const started = performance.now();
  const client = await pool.connect();
  try {
    const stream = client.query(copyFrom(`copy ${table} (${columns.join(', ')}) from stdin`));
    await pipeline(async function* () {
      const batch: string[] = [];
      for (const row of rows) {
        batch.push(`${row.map(field).join('\t')}\n`);
        if (batch.length === 2000) yield batch.splice(0).join('');
      }
      if (batch.length) yield batch.join('');
    }, stream);
  } finally {
    client.release();
  }
  timer.add(table, rows.length, performance.now() - started);
}
