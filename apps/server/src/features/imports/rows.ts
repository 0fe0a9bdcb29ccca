import type { Locale, TImportRowError } from '@redline/contracts';
import type { z } from 'zod';
import { renderProblem } from '../../http/error-handler';
import { AppError, type FieldProblem } from '../../http/errors';
import { parseInput } from '../../http/validate';
import type { Column } from './columns';

/** A data row as read: its Excel row number and its cells by column key ('' when empty or absent). */
export type ImportRecord = { row: number; record: Record<string, string> };
export type InvalidRow = ImportRecord & { problems: FieldProblem[] };
export type CheckedRows<V> = { valid: V[]; invalid: InvalidRow[] };

/** The contract field a problem is on: `sectorCodes.2` → `sectorCodes`. */
export const fieldOf = (p: FieldProblem) => p.path.split('.')[0] ?? '';

/** Parses with the same contract schema as the API; the problems are the ones a request would get. */
export function parseRow<S extends z.ZodType>(schema: S, candidate: unknown) {
  try {
    return { data: parseInput(schema, candidate, 'body'), problems: [] as FieldProblem[] };
  } catch (error) {
    if (error instanceof AppError) return { data: undefined, problems: error.problems };
    throw error;
  }
}

/** Problems of later checks are kept only for fields that have none yet (one cause per cell is enough). */
export function addProblems(problems: FieldProblem[], more: FieldProblem[]) {
  const taken = new Set(problems.map(fieldOf));
  for (const p of more) if (!taken.has(fieldOf(p))) problems.push(p);
}

/** Renders a row's problems as { row, column (the Chinese header), value, code, message } in the caller's language. */
export function toRowErrors(locale: Locale, columns: Column[], invalid: InvalidRow): TImportRowError[] {
  return invalid.problems.map((p) => {
    const column = columns.find((c) => c.field === fieldOf(p));
    return {
      row: invalid.row,
      column: column?.header ?? p.path,
      value: column ? (invalid.record[column.key] ?? '') : '',
      code: p.code,
      message: renderProblem(locale, p).message,
    };
  });
}

/** Text of a cell, or undefined when empty (so optional fields stay absent and required ones report REQUIRED). */
export const textOf = (record: Record<string, string>, key: string) => record[key] || undefined;

/** A number cell; a cell that is not a number is a problem on the field. */
export function numberOf(record: Record<string, string>, key: string, problems: FieldProblem[]) {
  const text = record[key];
  if (!text) return undefined;
  const n = Number(text);
  if (Number.isFinite(n)) return n;
  problems.push({ path: key, code: 'VALIDATION.INVALID_FORMAT' });
  return undefined;
}

/** A list cell: items separated by 、 , ， ; ； or line breaks. */
export const listOf = (text: string | undefined) =>
  text
    ? text
        .split(/[、,，;；\n]+/)
        .map((s) => s.trim())
        .filter(Boolean)
    : [];

/** Calls `load` on slices of at most `size` values, so very long lists never make one huge statement. */
export async function inChunks<T, R>(values: T[], size: number, load: (slice: T[]) => Promise<R[]>): Promise<R[]> {
  const out: R[] = [];
  for (let i = 0; i < values.length; i += size) out.push(...(await load(values.slice(i, i + size))));
  return out;
}
