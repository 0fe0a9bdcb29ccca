import fs from 'node:fs';
import { pipeline } from 'node:stream/promises';
import zlib from 'node:zlib';
import type pg from 'pg';
import { from as copyFrom, to as copyTo } from 'pg-copy-streams';
import { migrateDatabase, migrationStatus } from '../../db/migrate';

/** Tables in the order a restore loads them (parents before children). */
export const BACKUP_TABLES = [
  'sectors',
  'regions',
  'grids',
  'departments',
  'department_sectors',
  'enterprises',
  'region_enterprise_counts',
  'people',
  'accounts',
  'sessions',
  'api_tokens',
  'leader_assignments',
  'cases',
  'case_region_counts',
  'case_events',
  'hazard_stat_cells',
  'hazard_write_off_pairs',
  'case_sequences',
  'case_watchers',
  'accidents',
  'accident_versions',
  'control_indicators',
  'accident_settings',
  'risk_settings',
  'risk_areas',
  'risk_units',
  'risk_events',
  'risk_measures',
  'risk_comments',
  'escalation_ladders',
  'holiday_calendars',
  'evidence',
  'risk_site_plans',
  'notifications',
  'webhook_subscriptions',
  'webhook_deliveries',
  'email_outbox',
  'audit_log',
] as const;

/** Reference data the migrations seed (the shipped holiday calendars): replaced by the backup's rows on restore. */
const SEEDED_TABLES = new Set<string>(['holiday_calendars']);
/** Tables whose bigserial ids must continue after the restored rows. */
const SERIAL_TABLES = [
  'audit_log',
  'case_events',
  'accident_versions',
  'notifications',
  'webhook_deliveries',
  'email_outbox',
];

/** Tables kept by triggers from others: backed up for completeness, rebuilt (not loaded) on restore. */
const DERIVED_TABLES = new Set<string>([
  'region_enterprise_counts',
  'case_region_counts',
  'hazard_stat_cells',
  'hazard_write_off_pairs',
]);

const MAGIC = 'REDLINE-BACKUP 1';
type Header = { createdAt: string; migrations: number; tables: Record<string, number> };

async function countRows(client: pg.ClientBase): Promise<Record<string, number>> {
  const tables: Record<string, number> = {};
  for (const t of BACKUP_TABLES) {
    const { rows } = await client.query(`select count(*)::int as n from ${t}`);
    tables[t] = rows[0].n;
  }
  return tables;
}

/**
 * Writes a consistent snapshot (one REPEATABLE READ transaction) as gzip: a header line, then each table's COPY text.
 * Works the same for the embedded and an external PostgreSQL and needs no pg_dump binary. The file appears only
 * when complete (written as FILE.partial, then renamed).
 */
export async function backupDatabase(pool: pg.Pool, file: string): Promise<Header> {
  const client = await pool.connect();
  const tmp = `${file}.partial`;
  try {
    await client.query('begin isolation level repeatable read read only');
    const status = await migrationStatus(client);
    const header: Header = { createdAt: new Date().toISOString(), migrations: status.applied, tables: {} };
    header.tables = await countRows(client);
    // One pipeline from the snapshot to the file: it waits for the disk (backpressure) and any error of the file,
    // the gzip or a COPY rejects it (the file stream used to be left unawaited, so a bad path crashed the process).
    async function* content() {
      yield `${MAGIC}\n${JSON.stringify(header)}\n`;
      for (const t of BACKUP_TABLES) {
        yield `\\table ${t}\n`;
        yield* client.query(copyTo(`copy ${t} to stdout`));
        yield '\\.\n';
      }
    }
    await pipeline(content, zlib.createGzip(), fs.createWriteStream(tmp, { mode: 0o600 }));
    await client.query('commit');
    fs.renameSync(tmp, file);
    return header;
  } catch (error) {
    await client.query('rollback').catch(() => undefined);
    fs.rmSync(tmp, { force: true });
    throw error;
  } finally {
    client.release();
  }
}

/**
 * Restores a backup into an EMPTY database (migrated first), in one transaction; refuses a database with data in any
 * of the tables, and a backup whose row counts do not match its header.
 */
export async function restoreDatabase(pool: pg.Pool, file: string): Promise<Header> {
  const lines = zlib.gunzipSync(fs.readFileSync(file)).toString('utf8').split('\n');
  if (lines[0] !== MAGIC) throw new Error(`${file} is not a Redline backup`);
  const header = JSON.parse(lines[1]!) as Header;
  await migrateDatabase(pool);
  const client = await pool.connect();
  try {
    await client.query('begin');
    // Any row (a sector catalogue, an audit entry) would collide with the backup's rows or break the audit chain.
    const before = await countRows(client);
    const filled = Object.entries(before).filter(([t, n]) => n > 0 && !SEEDED_TABLES.has(t));
    if (filled.length) {
      throw new Error(
        `The target database is not empty (${filled.map(([t, n]) => `${t}: ${n}`).join(', ')}); restore needs an empty database.`,
      );
    }
    let i = 2;
    while (i < lines.length && lines[i]!.startsWith('\\table ')) {
      const table = lines[i]!.slice(7);
      if (!(BACKUP_TABLES as readonly string[]).includes(table)) throw new Error(`unknown table ${table} in backup`);
      const end = lines.indexOf('\\.', i + 1);
      if (end < 0) throw new Error(`${file} is truncated in table ${table}`);
      const data = lines.slice(i + 1, end);
      if (SEEDED_TABLES.has(table)) await client.query(`delete from ${table}`);
      if (data.length && !DERIVED_TABLES.has(table)) {
        const stream = client.query(copyFrom(`copy ${table} from stdin`));
        await pipeline(async function* () {
          yield `${data.join('\n')}\n`;
        }, stream);
      }
      i = end + 1;
    }
    // The derived tables were filled by the triggers as the rows went in; settle their deltas (decision 008). Their
    // row counts are not the backup's (the source may have held deltas not yet folded); their sums are.
    await client.query('select fold_counter_deltas()');
    const after = await countRows(client);
    const differ = Object.entries(header.tables).filter(([t, n]) => !DERIVED_TABLES.has(t) && after[t] !== n);
    if (differ.length) {
      throw new Error(
        `${file} is incomplete: ${differ.map(([t, n]) => `${t} has ${after[t] ?? 'no'} rows of ${n}`).join(', ')}`,
      );
    }
    // The next audit entry, timeline event, notification and delivery continue after the restored ones.
    for (const table of SERIAL_TABLES) {
      await client.query(
        `select setval(pg_get_serial_sequence('${table}', 'id'), coalesce(max(id), 0) + 1, false) from ${table}`,
      );
    }
    await client.query('commit');
    return header;
  } catch (error) {
    await client.query('rollback').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}
