/** Page request as it arrives from a query string or CLI flag, already parsed to numbers. */
export type PageRequest = { page?: number; pageSize?: number };

export type PageOptions = { defaultSize: number; maxSize: number };

export type Page = { page: number; pageSize: number; offset: number };

export const DEFAULT_PAGE_OPTIONS: PageOptions = { defaultSize: 20, maxSize: 200 };

/**
 * Clamps a page request: page is a whole number ≥ 1 (default 1); pageSize is a whole number in
 * 1..maxSize (default defaultSize); offset = (page − 1) × pageSize, kept within safe integers.
 */
export function clampPage(request: PageRequest, options: PageOptions = DEFAULT_PAGE_OPTIONS): Page {
  const size = request.pageSize;
  const pageSize =
    size === undefined || !Number.isFinite(size)
      ? Math.min(options.defaultSize, options.maxSize)
      : Math.min(Math.max(Math.floor(size), 1), options.maxSize);
  const maxPage = Math.floor(Number.MAX_SAFE_INTEGER / pageSize);
  const requested = request.page;
  const page =
    requested === undefined || !Number.isFinite(requested) ? 1 : Math.min(Math.max(Math.floor(requested), 1), maxPage);
  return { page, pageSize, offset: (page - 1) * pageSize };
}
