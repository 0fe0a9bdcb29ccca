import { changeListParams, LIST_PAGE_SIZE } from '../../app/list-params';

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

export const DEFAULT_PAGE_SIZE = LIST_PAGE_SIZE;
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

/** Applies filter changes to the page URL's parameters (the shared rules of changeListParams). */
export const applyFilterChanges = (prev: URLSearchParams, changes: Partial<DepartmentFilters>): URLSearchParams =>
  changeListParams(prev, changes);

/** Another tab: only the region goes along (the list's other filters mean nothing on the duty map). */
export function switchTab(prev: URLSearchParams, tab: DepartmentTab): URLSearchParams {
  const next = new URLSearchParams();
  if (tab === 'duties') next.set('tab', 'duties');
  const regionCode = prev.get('regionCode');
  if (regionCode) next.set('regionCode', regionCode);
  return next;
}
