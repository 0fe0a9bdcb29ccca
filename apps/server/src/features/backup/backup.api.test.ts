import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDatabase, dropDatabases, type FreshDatabase } from '../../../test/fresh-database';
import { type Database, openDatabase } from '../../db/client';
import { migrateDatabase } from '../../db/migrate';
import { upsertSectorCatalogue } from '../sectors/service';
import { BACKUP_TABLES, backupDatabase, restoreDatabase } from './backup';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'redline-backup-'));
const made: FreshDatabase[] = [];
const open: Database[] = [];
let source: Database;
let file: string;
let lines: string[];

async function fresh(): Promise<Database> {
  const db = await createDatabase('backup');
  made.push(db);
  const database = openDatabase(db.url, 3);
  open.push(database);
  return database;
}

const writeBackup = (name: string, text: string[]) => {
  const target = path.join(dir, name);
  fs.writeFileSync(target, zlib.gzipSync(text.join('\n')));
  return target;
};

/** The shipped holiday calendars the migrations seed: present in every migrated database, backup or not. */
const SEEDED = ['holiday_calendars'];
const rowsIn = async (database: Database, except: string[] = []) => {
  const counts: number[] = [];
  for (const t of BACKUP_TABLES.filter((table) => !except.includes(table)))
    counts.push(Number((await database.pool.query(`select count(*) as n from ${t}`)).rows[0].n));
  return counts.reduce((a, b) => a + b, 0);
};

beforeAll(async () => {
  source = await fresh();
  await migrateDatabase(source.pool);
  await upsertSectorCatalogue(source.db, { actorId: null, requestId: 'backup-test', now: new Date() });
  file = path.join(dir, 'source.gz');
  const header = await backupDatabase(source.pool, file);
  expect(header.tables.sectors).toBeGreaterThan(1);
  lines = zlib.gunzipSync(fs.readFileSync(file)).toString('utf8').split('\n');
});

afterAll(async () => {
  await Promise.all(open.map((d) => d.close()));
  await dropDatabases(made);
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('restoreDatabase', () => {
  it('restores its own backup', async () => {
    const target = await fresh();
    await restoreDatabase(target.pool, file);
    expect(await rowsIn(target)).toBe(await rowsIn(source));
  });

  it('refuses a backup with fewer rows than its header counts, restoring nothing', async () => {
    const start = lines.indexOf('\\table sectors');
    const cut = writeBackup('cut.gz', [...lines.slice(0, start + 1), ...lines.slice(start + 2)]);
    const target = await fresh();
    await expect(restoreDatabase(target.pool, cut)).rejects.toThrow(/is incomplete: sectors has \d+ rows of \d+$/);
    expect(await rowsIn(target, SEEDED)).toBe(0);
  });

  it('refuses a backup that ends inside a table, and a file that is not a backup', async () => {
    const start = lines.indexOf('\\table audit_log');
    const truncated = writeBackup('truncated.gz', lines.slice(0, start + 2));
    const target = await fresh();
    await expect(restoreDatabase(target.pool, truncated)).rejects.toThrow(/is truncated in table audit_log$/);
    expect(await rowsIn(target, SEEDED)).toBe(0);

    const other = writeBackup('other.gz', ['hello', '{}']);
    await expect(restoreDatabase(target.pool, other)).rejects.toThrow(`${other} is not a Redline backup`);
  });
});

describe('backupDatabase', () => {
  it('fails with the error of the file, leaving no partial file, when the folder does not exist', async () => {
    const missing = path.join(dir, 'missing', 'x.gz');
    await expect(backupDatabase(source.pool, missing)).rejects.toThrow(/ENOENT/);
    expect(fs.existsSync(path.dirname(missing))).toBe(false);
    // The connection went back to the pool out of its transaction: the pool still works.
    expect((await source.pool.query('select 1 as one')).rows).toEqual([{ one: 1 }]);
  });
});
