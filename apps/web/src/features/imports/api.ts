import type { Locale, THazardImportResult, TImportResult } from '@redline/contracts';
import { ApiError } from '../../app/api-error';
import { saveResponse } from '../../app/download';
import { translateUi } from '../../app/i18n/catalogue';
import { type ImportFormat, type ImportKind, importUrl, templateUrl } from './kinds';

/** The answer of an import that ran: counts, the refused rows, and for the ledger the hazards it created. */
export type ImportResult = TImportResult | THazardImportResult;

const CONTENT_TYPES: Record<ImportFormat, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv',
};

type Session = { csrfToken: string | null; locale: Locale };

async function send(path: string, init: RequestInit, locale: Locale): Promise<Response> {
  let response: Response;
  try {
    response = await fetch(path, { credentials: 'same-origin', ...init });
  } catch {
    throw new ApiError(0, { code: 'NETWORK', message: translateUi(locale, 'error.network') });
  }
  if (!response.ok) {
    const payload = await response.json().catch(() => undefined);
    throw ApiError.fromResponse(response.status, payload, translateUi(locale, 'error.unexpected'));
  }
  return response;
}

/**
 * POST the file itself as the body (not multipart), with the CSRF token and the interface language, so the row
 * errors come back in that language. An all-or-nothing import with bad rows is refused: 400 IMPORT.INVALID_ROWS,
 * thrown as an ApiError whose `details` are the row errors.
 */
export async function uploadImport(
  kind: ImportKind,
  file: File,
  format: ImportFormat,
  partial: boolean,
  { csrfToken, locale }: Session,
  enterpriseId?: string,
): Promise<ImportResult> {
  const headers: Record<string, string> = {
    Accept: 'application/json',
    'Accept-Language': locale,
    'Content-Type': CONTENT_TYPES[format],
    ...(csrfToken ? { 'X-CSRF-Token': csrfToken } : {}),
  };
  const response = await send(
    importUrl(kind, format, partial, enterpriseId),
    { method: 'POST', headers, body: file },
    locale,
  );
  return (await response.json()) as ImportResult;
}

/** Downloads a template and saves it under the name the server gives (企业导入模板.xlsx …). */
export async function downloadTemplate(kind: ImportKind, format: ImportFormat, locale: Locale): Promise<void> {
  const response = await send(templateUrl(kind, format), { headers: { 'Accept-Language': locale } }, locale);
  await saveResponse(response, `${kind}-template.${format}`);
}
