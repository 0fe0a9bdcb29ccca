/** A rule violation with a stable `AREA.REASON` code and optional parameters for the message catalogue. */
export type DomainError = { code: string; params?: Record<string, string | number> };

/** Expected failures come back as values, never thrown. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: DomainError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });

export const err = <T = never>(code: string, params?: Record<string, string | number>): Result<T> =>
  params === undefined ? { ok: false, error: { code } } : { ok: false, error: { code, params } };
