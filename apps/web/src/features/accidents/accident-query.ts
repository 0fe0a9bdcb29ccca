import { ACCIDENT_CATEGORY_CODES, ACCIDENT_GRADES, ACCIDENT_SECTOR_CODES, type AccidentGrade } from '@redline/domain';
import type { QueryValue } from '../../app/api-client';
import { changeListParams, LIST_PAGE_SIZE } from '../../app/list-params';

/** The accident states of the ledger's state filter (ACCIDENT_STATES of the contracts, kept here without zod). */
export const ACCIDENT_LIST_STATES = ['open', 'closed'] as const;
export type AccidentListState = (typeof ACCIDENT_LIST_STATES)[number];

/**
 * The ledger's filters, named exactly as the query of GET /api/v1/accidents, so the page URL
 * (`/accidents?grade=large&regionCode=140525&from=2026-01-01`) is also the API query and can be shared.
 */
export type AccidentFilters = {
  q?: string;
  regionCode?: string;
  sector?: string;
  grade?: AccidentGrade;
  categoryCode?: string;
  state?: AccidentListState;
  from?: string;
  to?: string;
  sort?: string;
  page: number;
  pageSize: number;
};

export const ACCIDENT_SORTS = ['occurredAt', 'number', 'deaths'] as const;
const SORTS = new Set<string>(ACCIDENT_SORTS.flatMap((f) => [f, `-${f}`]));
const REGION_CODE = /^(\d{6}|\d{9}|\d{12})$/;
const LOCAL_DATE = /^\d{4}-\d{2}-\d{2}$/;

export const PAGE_SIZES = [10, 20, 50, 100] as const;
export const DEFAULT_PAGE_SIZE = LIST_PAGE_SIZE;

function positive(value: string | null, fallback: number, max: number): number {
  const n = Number(value);
  return Number.isInteger(n) && n >= 1 ? Math.min(n, max) : fallback;
}

const oneOf = <T extends string>(list: readonly T[], value: string | null): T | undefined =>
  list.find((item) => item === value);

/**
 * Reads the filters from the page URL. A malformed value is dropped rather than sent, so a hand-edited link still
 * opens a list (the API would refuse the whole query).
 */
export function filtersFromParams(params: URLSearchParams): AccidentFilters {
  const get = (key: string) => params.get(key)?.trim() || null;
  const regionCode = get('regionCode');
  const from = get('from');
  const to = get('to');
  const sort = get('sort');
  return {
    q: get('q')?.slice(0, 100) ?? undefined,
    regionCode: regionCode && REGION_CODE.test(regionCode) ? regionCode : undefined,
    sector: oneOf(ACCIDENT_SECTOR_CODES, get('sector')),
    grade: oneOf(ACCIDENT_GRADES, get('grade')),
    categoryCode: oneOf(ACCIDENT_CATEGORY_CODES, get('categoryCode')),
    state: oneOf(ACCIDENT_LIST_STATES, get('state')),
    from: from && LOCAL_DATE.test(from) ? from : undefined,
    to: to && LOCAL_DATE.test(to) ? to : undefined,
    sort: sort && SORTS.has(sort) ? sort : undefined,
    page: positive(get('page'), 1, 1_000_000),
    pageSize: positive(get('pageSize'), DEFAULT_PAGE_SIZE, 200),
  };
}

/** The API query for the filters: the same names; empty values are left out by the client. */
export function apiQueryOf(filters: Partial<AccidentFilters>, { paging = true } = {}): Record<string, QueryValue> {
  const query: Record<string, QueryValue> = {
    q: filters.q,
    regionCode: filters.regionCode,
    sector: filters.sector,
    grade: filters.grade,
    categoryCode: filters.categoryCode,
    state: filters.state,
    from: filters.from,
    to: filters.to,
    sort: filters.sort,
  };
  if (paging) {
    query.page = filters.page;
    query.pageSize = filters.pageSize;
  }
  return query;
}

/** Applies filter changes to the page URL's parameters (the shared rules of changeListParams). */
export const applyFilterChanges = (prev: URLSearchParams, changes: Partial<AccidentFilters>): URLSearchParams =>
  changeListParams(prev, changes);

/** Number of filters in use (not counting sort and paging). */
export function activeFilterCount(filters: AccidentFilters): number {
  const { sort: _sort, page: _page, pageSize: _pageSize, ...rest } = filters;
  return Object.values(rest).filter((v) => v !== undefined).length;
}

/** The export's URL: the list's filters without paging (GET /api/v1/accidents/export.xlsx). */
export function exportHref(filters: Partial<AccidentFilters>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(apiQueryOf(filters, { paging: false }))) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const query = params.toString();
  return `/api/v1/accidents/export.xlsx${query ? `?${query}` : ''}`;
}
