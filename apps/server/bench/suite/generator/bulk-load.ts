import type pg from 'pg';
import { rebuildCaseDerived } from '../../../src/features/cases/rebuild-derived';

/** The secondary indexes dropped for a bulk load, to be built again afterwards (in this order: events first). */
export type BulkLoad = { indexes: { table: string; name: string; definition: string }[] };

const TABLES = ['case_events', 'cases'];

/**
 * Prepares `cases` and `case_events` for loading millions of rows the way a restore or a migration of legacy data
 * would: their secondary indexes dropped (built once afterwards, far faster than maintained row by row) and their
 * user triggers disabled (the derived tables are rebuilt in one set-based pass each). Primary keys and unique
 * constraints stay, and so do foreign keys: the data set is still checked as it goes in.
 */
export async function beginBulkLoad(pool: pg.Pool): Promise<BulkLoad> {
  const { rows } = await pool.query<{ table: string; name: string; definition: string }>(
    `select i.tablename as table, i.indexname as name, i.indexdef as definition
       from pg_indexes i
      where i.schemaname = 'public' and i.tablename = any($1)
        and not exists (select 1 from pg_constraint c where c.conname = i.indexname)
      order by array_position($1, i.tablename::text), i.indexname`,
    [TABLES],
  );
  for (const index of rows) await pool.query(`drop index ${index.name}`);
  for (const table of TABLES) await pool.query(`alter table ${table} disable trigger user`);
  return { indexes: rows };
}

/** Builds the dropped indexes again, rebuilds the derived tables and enables the triggers; logs each step's time. */
export async function endBulkLoad(pool: pg.Pool, bulk: BulkLoad, log: (line: string) => void): Promise<void> {
  const timed = async (what: string, work: () => Promise<unknown>) => {
    const started = performance.now();
    await work();
    log(`${what}: ${((performance.now() - started) / 1000).toFixed(1)} s`);
  };
  // The timeline's indexes first: rebuilding the write-off facts reads the timeline by case.
  for (const index of bulk.indexes.filter((i) => i.table === 'case_events')) {
    await timed(`index ${index.name}`, () => pool.query(index.definition));
  }
  await timed('analyze', () => pool.query('analyze cases, case_events'));
  const client = await pool.connect();
  try {
    await timed('write-off facts, counters, statistics cells', () => rebuildCaseDerived(client));
  } finally {
    client.release();
  }
  for (const index of bulk.indexes.filter((i) => i.table !== 'case_events')) {
    await timed(`index ${index.name}`, () => pool.query(index.definition));
  }
  for (const table of TABLES) await pool.query(`alter table ${table} enable trigger user`);
}
