/**
 * The departments screen's state in the page URL: which tab, and the list's filters named exactly as the query of
 * GET /api/v1/departments (`/departments?regionCode=140525&sectorCode=coal_mine&q=应急&page=2`). The duty map tab
 * (`?tab=duties&regionCode=140525`) shares the region.
 */
export type DepartmentTab = 'list' | 'duties';

export type DepartmentFilters = {
  q?: string;
  regionCode?: string;
  sectorCode?: string;
  page: number;
  pageSize: number;
};

export const DEFAULT_PAGE_SIZE = 20;
const REGION_CODE = /^(\d{6}|\d{9}|\d{12})$/;
const SECTOR_CODE = /^[a-z][a-z0-9_]{1,63}$/;

function positive(value: string | null, fallback: number, max: number): number {
  const n = Number(value);
  return Number.isInteger(n) && n >= 1 ? Math.min(n, max) : fallback;
}

export const tabOf = (params: URLSearchParams): DepartmentTab => (params.get('tab') === 'duties' ? 'duties' : 'list');

/** Reads the filters; a malformed value is dropped rather than sent, so a hand-edited link still opens a list. */
export function filtersFromParams(params: URLSearchParams): DepartmentFilters {
  const get = (key: string) => params.get(key)?.trim() || undefined;
  const regionCode = get('regionCode');
  const sectorCode = get('sectorCode');
  return {
    q: get('q')?.slice(0, 64),
    regionCode: regionCode && REGION_CODE.test(regionCode) ? regionCode : undefined,
    sectorCode: sectorCode && SECTOR_CODE.test(sectorCode) ? sectorCode : undefined,
    page: positive(params.get('page'), 1, 1_000_000),
    pageSize: positive(params.get('pageSize'), DEFAULT_PAGE_SIZE, 200),
  };
}

/**
 * Applies changes to the URL's parameters: an empty or undefined value removes the parameter; a change to anything
 * but the page goes back to page 1.
 */
export function applyFilterChanges(prev: URLSearchParams, changes: Partial<DepartmentFilters>): URLSearchParams {
  const next = new URLSearchParams(prev);
  for (const [key, value] of Object.entries(changes)) {
    const text = value === undefined || value === null ? '' : String(value).trim();
    if (text === '') next.delete(key);
    else next.set(key, text);
  }
  if (!('page' in changes)) next.delete('page');
  if (next.get('pageSize') === String(DEFAULT_PAGE_SIZE)) next.delete('pageSize');
  return next;
}

/** Another tab: only the region goes along (the list's other filters mean nothing on the duty map). */
export function switchTab(prev: URLSearchParams, tab: DepartmentTab): URLSearchParams {
  const next = new URLSearchParams();
  if (tab === 'duties') next.set('tab', 'duties');
  const regionCode = prev.get('regionCode');
  if (regionCode) next.set('regionCode', regionCode);
  return next;
}
