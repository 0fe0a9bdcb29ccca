import { drizzle, type NodePgDatabase } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import { adoptAudit, deferAudit, flushAudit } from '../features/audit/append-audit';
import * as schema from './schema';

export type Db = NodePgDatabase<typeof schema>;
/** A transaction handle; services take it as an argument so one request writes in one transaction. */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
export type Database = { db: Db; pool: pg.Pool; close: () => Promise<void> };

// bigint and numeric columns come back as strings; counts are small enough for numbers.
pg.types.setTypeParser(pg.types.builtins.INT8, (v) => v);

export function openDatabase(url: string, max = 20): Database {
  const pool = new pg.Pool({ connectionString: url, max, idleTimeoutMillis: 30_000, application_name: 'redline' });
  pool.on('error', () => {
    /* an idle client died (e.g. the server restarted); the pool replaces it */
  });
  const db = drizzle(pool, { schema });
  auditAtCommit(db);
  return { db, pool, close: () => pool.end() };
}

/**
 * Every transaction of `db` writes its audit entries as its last statement (see appendAudit), and a savepoint's
 * entries join its parent's only when the savepoint is released — a savepoint rolled back takes its entries with it.
 */
function auditAtCommit(db: Db): void {
  const begin = db.transaction.bind(db);
  const deferring = (tx: Tx) => {
    deferAudit(tx);
    const nest = tx.transaction.bind(tx);
    tx.transaction = (<T>(work: (savepoint: Tx) => Promise<T>) =>
      nest(async (savepoint) => {
        deferring(savepoint);
        const result = await work(savepoint);
        adoptAudit(tx, savepoint);
        return result;
      })) as Tx['transaction'];
  };
  db.transaction = ((work, config) =>
    begin(async (tx) => {
      deferring(tx);
      const result = await work(tx);
      await flushAudit(tx);
      return result;
    }, config)) as Db['transaction'];
}
