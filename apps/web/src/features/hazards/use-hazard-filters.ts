import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { applyFilterChanges, filtersFromParams, type HazardFilters } from './hazard-query';

/** The hazard list's filters, read from and written to the page URL (the same names as GET /api/v1/hazards). */
export function useHazardFilters() {
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => filtersFromParams(params), [params]);
  const update = useCallback(
    (changes: Partial<HazardFilters>) => setParams((prev) => applyFilterChanges(prev, changes)),
    [setParams],
  );
  return { filters, update };
}
