import type { TFieldIssue } from '@redline/contracts';

const SIGN_IN_AGAIN = new Set(['AUTH.REQUIRED', 'AUTH.SESSION_EXPIRED']);

function isFieldIssue(value: unknown): value is TFieldIssue {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.path === 'string' && typeof v.message === 'string';
}

/** A failed API call: the server's stable code, its message in the caller's language, and field issues if any. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly details: unknown;
  readonly requestId: string | undefined;

  constructor(status: number, body: { code: string; message: string; details?: unknown; requestId?: string }) {
    super(body.message);
    this.name = 'ApiError';
    this.status = status;
    this.code = body.code;
    this.details = body.details;
    this.requestId = body.requestId;
  }

  static fromResponse(status: number, payload: unknown, fallbackMessage: string): ApiError {
    const p = (typeof payload === 'object' && payload !== null ? payload : {}) as Record<string, unknown>;
    const code = typeof p.code === 'string' ? p.code : status >= 500 ? 'INTERNAL' : 'UNEXPECTED';
    const message = typeof p.message === 'string' ? p.message : fallbackMessage;
    const requestId = typeof p.requestId === 'string' ? p.requestId : undefined;
    return new ApiError(status, { code, message, details: p.details, requestId });
  }

  /**
   * Field-level problems (`details: [{ path, code, message }]`); empty when the error is not about fields. A query
   * parameter's path comes as `query.regionCode`: the prefix is dropped so the path names the form field.
   */
  get fieldIssues(): TFieldIssue[] {
    if (!Array.isArray(this.details)) return [];
    return this.details.filter(isFieldIssue).map((i) => ({ ...i, path: i.path.replace(/^(query|params|body)\./, '') }));
  }

  /** The session is missing or over: the user must sign in again. */
  get needsSignIn(): boolean {
    return this.status === 401 && SIGN_IN_AGAIN.has(this.code);
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}
