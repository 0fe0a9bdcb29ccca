import type { Locale } from '@redline/contracts';
import { ApiError } from './api-error';
import { translateUi } from './i18n/catalogue';

let csrfToken: string | null = null;
let locale: Locale = 'zh-CN';

/** The CSRF token from the session answer; kept in memory only, sent as `X-CSRF-Token` on every write. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

export function setApiLocale(next: Locale): void {
  locale = next;
}

export type QueryValue = string | number | boolean | null | undefined;
type Options = { method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'; body?: unknown; signal?: AbortSignal };

/** Builds `path?query`, leaving out empty values (the API refuses unknown or malformed parameters). */
export function withQuery(path: string, query: Record<string, QueryValue>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `${path}?${text}` : path;
}

/** One JSON request to the API. Failures become an ApiError with the server's code and message. */
export async function apiRequest<T>(path: string, { method = 'GET', body, signal }: Options = {}): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json', 'Accept-Language': locale };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['X-CSRF-Token'] = csrfToken;
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      body: body === undefined ? undefined : JSON.stringify(body),
      signal,
    });
  } catch (cause) {
    if (signal?.aborted) throw cause;
    throw new ApiError(0, { code: 'NETWORK', message: translateUi(locale, 'error.network') });
  }
  const text = await response.text().catch(() => '');
  let payload: unknown;
  try {
    payload = text ? JSON.parse(text) : undefined;
  } catch {
    payload = undefined;
  }
  if (!response.ok) throw ApiError.fromResponse(response.status, payload, translateUi(locale, 'error.unexpected'));
  // Writes may answer with no body (204, or 200 with nothing); a body that is not JSON is a broken answer.
  if (payload === undefined && text) {
    throw new ApiError(response.status, { code: 'UNEXPECTED', message: translateUi(locale, 'error.unexpected') });
  }
  return payload as T;
}

export const api = {
  get: <T>(path: string, query: Record<string, QueryValue> = {}, signal?: AbortSignal) =>
    apiRequest<T>(withQuery(path, query), { signal }),
  post: <T>(path: string, body: unknown = {}) => apiRequest<T>(path, { method: 'POST', body }),
  patch: <T>(path: string, body: unknown) => apiRequest<T>(path, { method: 'PATCH', body }),
};
