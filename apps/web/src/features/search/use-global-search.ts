import { useQuery } from '@tanstack/react-query';
import { useDebounced } from '../hazards/use-debounced';
import { searchEnterprises, searchHazards, searchKeys } from './api';
import { normalizeQuery } from './search-target';

/** Hazards and enterprises matching the typed text, once it has settled for 250 ms and has 2 characters or more. */
export function useGlobalSearch(text: string) {
  const q = normalizeQuery(useDebounced(text, 250));
  const hazards = useQuery({
    queryKey: searchKeys.hazards(q ?? ''),
    queryFn: ({ signal }) => searchHazards(q ?? '', signal),
    enabled: q !== null,
    staleTime: 15_000,
  });
  const enterprises = useQuery({
    queryKey: searchKeys.enterprises(q ?? ''),
    queryFn: ({ signal }) => searchEnterprises(q ?? '', signal),
    enabled: q !== null,
    staleTime: 15_000,
  });
  // Typing ahead of the debounce counts as searching: the old suggestions are not the answer to the new text. The
  // suggestions show when both answers are in, so the list does not jump under the pointer as the second arrives.
  const settled = normalizeQuery(text) === q;
  const searching = q !== null && (!settled || hazards.isFetching || enterprises.isFetching);
  return {
    q,
    hazards: searching ? undefined : hazards.data,
    enterprises: searching ? undefined : enterprises.data,
    searching,
    error: hazards.error ?? enterprises.error,
  };
}
