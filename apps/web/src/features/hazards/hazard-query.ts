import { HAZARD_LEVELS, HAZARD_SOURCES } from '@redline/domain';
import type { QueryValue } from '../../app/api-client';
import { changeListParams, LIST_PAGE_SIZE } from '../../app/list-params';
import { type HazardState, STATE_ORDER } from './codes';

/**
 * The hazard list's filters, named exactly as the query of GET /api/v1/hazards, so the page URL
 * (`/hazards?overdue=true&regionCode=140525&state=reported,accepted`) is also the API query and can be shared or
 * linked to from other screens (the cockpit's figures).
 */
export type HazardFilters = {
  q?: string;
  regionCode?: string;
  sectorCode?: string;
  level?: (typeof HAZARD_LEVELS)[number];
  state?: HazardState[];
  source?: (typeof HAZARD_SOURCES)[number];
  enterpriseId?: string;
  overdue?: boolean;
  listed?: boolean;
  from?: string;
  to?: string;
  sort?: string;
  page: number;
  pageSize: number;
};

export const HAZARD_SORTS = ['createdAt', 'deadline', 'number', 'updatedAt'] as const;
const SORTS = new Set<string>(HAZARD_SORTS.flatMap((f) => [f, `-${f}`]));
const REGION_CODE = /^(\d{6}|\d{9}|\d{12})$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const LOCAL_DATE = /^\d{4}-\d{2}-\d{2}$/;
const SECTOR_CODE = /^[a-z][a-z0-9_]{1,63}$/;

export const PAGE_SIZES = [10, 20, 50, 100] as const;
export const DEFAULT_PAGE_SIZE = LIST_PAGE_SIZE;

function positive(value: string | null, fallback: number, max: number): number {
  const n = Number(value);
  return Number.isInteger(n) && n >= 1 ? Math.min(n, max) : fallback;
}

function bool(value: string | null): boolean | undefined {
  if (value === 'true' || value === '1') return true;
  if (value === 'false' || value === '0') return false;
  return undefined;
}

const oneOf = <T extends string>(list: readonly T[], value: string | null): T | undefined =>
  list.find((item) => item === value);

/**
 * Reads the filters from a page URL's search parameters. A malformed value is dropped rather than sent, so a
 * hand-edited link still opens a list (the API would refuse the whole query).
 */
export function filtersFromParams(params: URLSearchParams): HazardFilters {
  const get = (key: string) => params.get(key)?.trim() || null;
  const regionCode = get('regionCode');
  const enterpriseId = get('enterpriseId');
  const from = get('from');
  const to = get('to');
  const sort = get('sort');
  const sectorCode = get('sectorCode');
  const states = (get('state') ?? '')
    .split(',')
    .map((s) => oneOf(STATE_ORDER, s.trim()))
    .filter((s): s is HazardState => s !== undefined);
  return {
    q: get('q')?.slice(0, 100) ?? undefined,
    regionCode: regionCode && REGION_CODE.test(regionCode) ? regionCode : undefined,
    sectorCode: sectorCode && SECTOR_CODE.test(sectorCode) ? sectorCode : undefined,
    level: oneOf(HAZARD_LEVELS, get('level')),
    state: states.length ? [...new Set(states)] : undefined,
    source: oneOf(HAZARD_SOURCES, get('source')),
    enterpriseId: enterpriseId && UUID.test(enterpriseId) ? enterpriseId : undefined,
    overdue: bool(get('overdue')),
    listed: bool(get('listed')),
    from: from && LOCAL_DATE.test(from) ? from : undefined,
    to: to && LOCAL_DATE.test(to) ? to : undefined,
    sort: sort && SORTS.has(sort) ? sort : undefined,
    page: positive(get('page'), 1, 1_000_000),
    pageSize: positive(get('pageSize'), DEFAULT_PAGE_SIZE, 200),
  };
}

/** The API query for the filters: the same names; lists comma-separated; empty values left out by the client. */
export function apiQueryOf(filters: Partial<HazardFilters>, { paging = true } = {}): Record<string, QueryValue> {
  const query: Record<string, QueryValue> = {
    q: filters.q,
    regionCode: filters.regionCode,
    sectorCode: filters.sectorCode,
    level: filters.level,
    state: filters.state?.length ? filters.state.join(',') : undefined,
    source: filters.source,
    enterpriseId: filters.enterpriseId,
    overdue: filters.overdue,
    listed: filters.listed,
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
export const applyFilterChanges = (prev: URLSearchParams, changes: Partial<HazardFilters>): URLSearchParams =>
  changeListParams(prev, changes);

/** Number of filters in use (not counting sort and paging), for the "n filters" hint. */
export function activeFilterCount(filters: HazardFilters): number {
  const { sort: _sort, page: _page, pageSize: _pageSize, ...rest } = filters;
  return Object.values(rest).filter((v) => v !== undefined && !(Array.isArray(v) && v.length === 0)).length;
}
