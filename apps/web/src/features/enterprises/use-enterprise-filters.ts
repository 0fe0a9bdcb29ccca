import { ENTERPRISE_STATUSES } from '@redline/contracts';
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';

type Status = (typeof ENTERPRISE_STATUSES)[number];

export type EnterpriseFilters = {
  q?: string;
  status?: Status;
  sectorCode?: string;
  regionCode?: string;
  sort?: string;
  page: number;
  pageSize: number;
};

const SORTS = new Set(['name', '-name', 'uscc', '-uscc', 'createdAt', '-createdAt', 'employees', '-employees']);

function positive(value: string | null, fallback: number, max: number): number {
  const n = Number(value);
  return Number.isInteger(n) && n >= 1 ? Math.min(n, max) : fallback;
}

/** The list's filters live in the URL (`?q=&status=&sectorCode=&regionCode=&sort=&page=&pageSize=&id=`). */
export function useEnterpriseFilters() {
  const [params, setParams] = useSearchParams();
  const filters = useMemo<EnterpriseFilters>(() => {
    const status = params.get('status');
    const sort = params.get('sort');
    return {
      q: params.get('q') || undefined,
      status: ENTERPRISE_STATUSES.find((s) => s === status),
      sectorCode: params.get('sectorCode') || undefined,
      regionCode: params.get('regionCode') || undefined,
      sort: sort && SORTS.has(sort) ? sort : undefined,
      page: positive(params.get('page'), 1, 1_000_000),
      pageSize: positive(params.get('pageSize'), 20, 200),
    };
  }, [params]);
  const detailId = params.get('id');

  /** Changes some filters; any change other than the page itself goes back to page 1. */
  const update = useCallback(
    (changes: Partial<EnterpriseFilters>) => {
      setParams((prev) => {
        const next = new URLSearchParams(prev);
        for (const [key, value] of Object.entries(changes)) {
          if (value === undefined || value === null || value === '') next.delete(key);
          else next.set(key, String(value));
        }
        if (!('page' in changes)) next.delete('page');
        return next;
      });
    },
    [setParams],
  );

  const setDetailId = useCallback(
    (id: string | null) =>
      setParams((prev) => {
        const next = new URLSearchParams(prev);
        if (id) next.set('id', id);
        else next.delete('id');
        return next;
      }),
    [setParams],
  );

  return { filters, update, detailId, setDetailId };
}
