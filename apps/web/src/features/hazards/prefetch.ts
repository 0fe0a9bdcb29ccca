import type { QueryClient } from '@tanstack/react-query';
import { hazardKeys, listHazards } from './api';
import { filtersFromParams } from './hazard-query';

/**
 * Starts loading the hazard list the URL asks for, under the key the list page will read, so the request runs while
 * the page's code is still downloading instead of after it (the router calls this when /hazards is opened).
 */
export function prefetchHazardList(client: QueryClient, search: URLSearchParams): Promise<void> {
  const filters = filtersFromParams(search);
  return client.prefetchQuery({
    queryKey: hazardKeys.list(filters),
    queryFn: ({ signal }) => listHazards(filters, signal),
  });
}
