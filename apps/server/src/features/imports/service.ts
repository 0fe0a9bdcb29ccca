import { type Locale, type TImportResult, translate } from '@redline/contracts';
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
import { importRegister } from './risk-register-import';
import { type CheckedRows, type ImportRecord, toRowErrors } from './rows';

export type { ImportFormat } from './read-sheet';
export { buildTemplate } from './template';

export type ImportOptions = {
  /** Import the valid rows even when some are invalid (their errors come back with the result). */
  partial: boolean;
  /** null = unscoped (the CLI); otherwise every row must lie in the actor's scope. */
  actor: Actor | null;
  locale: Locale;
  onProgress?: (done: number, total: number) => void;
  /** risk_register: the enterprise whose register receives the rows (default: the actor's own enterprise). */
  enterpriseId?: string;
};

/** How many rows above the header a file may have (a ledger's title and summary lines). */
const ROWS_ABOVE_HEADER = 5;

/** Reads the file and lines its cells up with the columns; a file without the required columns is unreadable. */
async function readRecords(
  kind: ImportKind,
  file: Buffer,
  format: ImportFormat,
  locale: Locale,
): Promise<ImportRecord[]> {
  const read = await readSheet(file, format, locale);
  const columns = COLUMNS[kind];
  // The header is the first row naming every required column (an exported ledger has a title above it).
  const above = read.rows
    .slice(0, ROWS_ABOVE_HEADER)
    .findIndex((r) => matchColumns(columns, r.cells).missing.length === 0);
  const sheet =
    matchColumns(columns, read.header).missing.length === 0 || above < 0
      ? read
      : { header: read.rows[above]!.cells, rows: read.rows.slice(above + 1) };
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
 * domain rules, references, scope, duplicates in the file and in the database). Invalid rows come back as errors,
 * a value and not an exception: without `partial` nothing is written when there is any (imported 0, every row
 * skipped) and the HTTP route answers 400 IMPORT.INVALID_ROWS; with `partial` the valid rows are inserted. Inserts go
 * in batches inside one transaction. A file that cannot be read throws IMPORT.UNREADABLE_FILE.
 */
export async function importRecords(
  db: Db,
  who: AuditWho,
  kind: ImportKind,
  file: Buffer,
  format: ImportFormat,
  options: ImportOptions,
): Promise<TImportResult> {
  const records = await readRecords(kind, file, format, options.locale);
  const total = records.length;
  const errorsOf = (checked: CheckedRows<unknown>) =>
    checked.invalid.flatMap((row) => toRowErrors(options.locale, COLUMNS[kind], row));
  return db.transaction(async (tx) => {
    if (kind === 'risk_register') return importRegister(tx, who, records, options);
    const checked =
      kind === 'enterprises'
        ? { kind, ...(await checkEnterpriseRows(tx, records, options.actor)) }
        : { kind, ...(await checkPeopleRows(tx, records, options.actor)) };
    const errors = errorsOf(checked);
    if (errors.length && !options.partial) return { kind, total, imported: 0, skipped: total, errors };
    const skipped = checked.invalid.length;
    const progress = (inserted: number) => options.onProgress?.(skipped + inserted, total);
    const imported =
      checked.kind === 'enterprises'
        ? (await insertEnterprisesBulk(tx, who, checked.valid, progress)).length
        : (await insertPeopleBulk(tx, who, checked.valid, progress)).length;
    return { kind, total, imported, skipped, errors };
  });
}

/** The answer of an all-or-nothing import that found invalid rows: 400 with the row errors as details. */
export function invalidRowsError(result: TImportResult): AppError {
  const rows = new Set(result.errors.map((e) => e.row)).size;
  // The details are the row errors as they are (a list of rows, not field problems).
  return new AppError('IMPORT.INVALID_ROWS', { count: rows }, [], result.errors as unknown as Record<string, unknown>);
}
