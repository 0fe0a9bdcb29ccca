import type { TImportRowError } from '@redline/contracts';
import { isApiError } from '../../app/api-error';
import type { ImportResult } from './api';
import { rowErrorsOf } from './kinds';

/**
 * What the page shows after an import: every row imported; the valid rows imported and the others listed (partial);
 * nothing imported because rows were refused (all or nothing: 400 IMPORT.INVALID_ROWS with the rows as details); or
 * a failure that is not about rows (unreadable file, missing columns, too large, network).
 */
export type ImportOutcome =
  | { status: 'imported'; result: ImportResult }
  | { status: 'partial'; result: ImportResult }
  | { status: 'refused'; message: string; errors: TImportRowError[] }
  | { status: 'failed'; message: string };

export function outcomeOf(result: ImportResult | undefined, error: unknown): ImportOutcome | null {
  if (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (isApiError(error) && error.code === 'IMPORT.INVALID_ROWS') {
      const errors = rowErrorsOf(error.details);
      if (errors.length) return { status: 'refused', message, errors };
    }
    const requestId = isApiError(error) && error.status >= 500 ? error.requestId : undefined;
    return { status: 'failed', message: requestId ? `${message}（${requestId}）` : message };
  }
  if (!result) return null;
  return { status: result.errors.length ? 'partial' : 'imported', result };
}
