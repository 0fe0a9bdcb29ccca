import { type Locale, type TImportResult, type TImportRowError, translate } from '@redline/contracts';
import type { Db } from '../../db/client';
import { AppError } from '../../http/errors';
import type { AuditWho } from '../audit/append-audit';
import { insertEnterprisesBulk } from '../enterprises/service';
import { insertPeopleBulk } from '../people/service';
import type { Actor } from '../scope/actor';
import { COLUMNS, type ImportKind, matchColumns } from './columns';
import { checkEnterpriseRows } from './enterprise-rows';
import { checkPeopleRows } from './people-rows';
import { type ImportFormat, readSheet } from './read-sheet';
import { type CheckedRows, type ImportRecord, toRowErrors } from './rows';

export { buildTemplate } from './template';
export type { ImportFormat } from './read-sheet';

export type ImportOptions = {
  /** Import the valid rows even when some are invalid (their errors come back with the result). */
  partial: boolean;
  /** null = unscoped (the CLI); otherwise every row must lie in the actor's scope. */
  actor: Actor | null;
  locale: Locale;
  onProgress?: (done: number, total: number) => void;
};

/** Reads the file and lines its cells up with the columns; a file without the required columns is unreadable. */
async function readRecords(kind: ImportKind, file: Buffer, format: ImportFormat, locale: Locale): Promise<ImportRecord[]> {
  const sheet = await readSheet(file, format, locale);
  const columns = COLUMNS[kind];
  const { index, missing } = matchColumns(columns, sheet.header);
  if (missing.length) {
    const reason = translate(locale, 'IMPORT.MISSING_COLUMNS', { columns: missing.map((c) => c.header).join('、') });
    throw new AppError('IMPORT.UNREADABLE_FILE', { reason });
  }
  const positions = columns.map((c) => [c.key, index.get(c.key)] as const);
  return sheet.rows.map((r) => {
    const record: Record<string, string> = {};
    for (const [key, at] of positions) record[key] = at === undefined ? '' : (r.cells[at] ?? '');
    return { row: r.row, record };
  });
}

/**
 * Imports enterprises or people from an .xlsx or .csv file: every row is validated like the API's create (contract,
 * domain rules, references, scope, duplicates in the file and in the database). With errors and `partial` false it
 * throws 400 IMPORT.INVALID_ROWS with the row errors as details and writes nothing; otherwise the valid rows are
 * inserted in batches inside one transaction and the errors come back in the result.
 */
export async function importRecords(
  db: Db,
  who: AuditWho,
  kind: ImportKind,
  file: Buffer,
  format: ImportFormat,
  options: ImportOptions,
): Promise<TImportResult> {
  let t=Date.now();
  const records = await readRecords(kind, file, format, options.locale);
  console.log('read', Date.now()-t); t=Date.now();
  const total = records.length;
  const fail = (checked: CheckedRows<unknown>) => {
    const errors = checked.invalid.flatMap((row) => toRowErrors(options.locale, COLUMNS[kind], row));
    if (checked.invalid.length && !options.partial) {
      // The row errors are the details as they are (a list of rows, not field problems).
      throw new AppError('IMPORT.INVALID_ROWS', { count: checked.invalid.length }, [], errors as unknown as Record<string, unknown>);
    }
    return errors;
  };
  return db.transaction(async (tx) => {
    let skipped: number;
    let errors: TImportRowError[];
    let imported: number;
    const progress = (inserted: number) => options.onProgress?.(skipped + inserted, total);
    if (kind === 'enterprises') {
      const checked = await checkEnterpriseRows(tx, records, options.actor);
      [skipped, errors] = [checked.invalid.length, fail(checked)];
      console.log('check', Date.now()-t); t=Date.now();
      imported = (await insertEnterprisesBulk(tx, who, checked.valid, progress)).length;
    } else {
      const checked = await checkPeopleRows(tx, records, options.actor);
      [skipped, errors] = [checked.invalid.length, fail(checked)];
      imported = (await insertPeopleBulk(tx, who, checked.valid, progress)).length;
    }
    console.log('insert', Date.now()-t);
    return { kind, total, imported, skipped, errors };
  });
}
