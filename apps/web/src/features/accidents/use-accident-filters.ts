import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { type AccidentFilters, applyFilterChanges, filtersFromParams } from './accident-query';

/** The ledger's filters, read from and written to the page URL (the same names as GET /api/v1/accidents). */
export function useAccidentFilters() {
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => filtersFromParams(params), [params]);
  const update = useCallback(
    (changes: Partial<AccidentFilters>) => setParams((prev) => applyFilterChanges(prev, changes)),
    [setParams],
  );
  return { filters, update };
}
