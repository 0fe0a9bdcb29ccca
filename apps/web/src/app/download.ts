import type { Locale } from '@redline/contracts';
import { ApiError } from './api-error';
import { translateUi } from './i18n/catalogue';

/** The file name from a Content-Disposition header (RFC 5987 `filename*` first), or the fallback. */
export function fileNameOf(disposition: string | null, fallback: string): string {
  if (!disposition) return fallback;
  const star = /filename\*\s*=\s*UTF-8''([^;]+)/i.exec(disposition);
  if (star?.[1]) {
    try {
      return decodeURIComponent(star[1].trim());
    } catch {
      // Fall through to the plain name.
    }
  }
  const plain = /filename\s*=\s*"?([^";]+)"?/i.exec(disposition);
  return plain?.[1]?.trim() || fallback;
}

/** Saves a fetched file under the name the server gives it (else the fallback). */
export async function saveResponse(response: Response, fallback: string): Promise<void> {
  const blob = await response.blob();
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileNameOf(response.headers.get('Content-Disposition'), fallback);
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * GETs an export (an .xlsx ledger, a template …) in the user's language and saves it. A refusal (e.g. 400
 * HAZARD.EXPORT_TOO_LARGE) or a lost connection is thrown as an ApiError, so the page can show its message.
 */
export async function downloadFile(href: string, locale: Locale, fallback: string): Promise<void> {
  let response: Response;
  try {
    response = await fetch(href, { headers: { 'Accept-Language': locale }, credentials: 'same-origin' });
  } catch {
    throw new ApiError(0, { code: 'NETWORK', message: translateUi(locale, 'error.network') });
  }
  if (!response.ok) {
    const payload: unknown = await response.json().catch(() => undefined);
    throw ApiError.fromResponse(response.status, payload, translateUi(locale, 'error.unexpected'));
  }
  await saveResponse(response, fallback);
}
