/** A server-paged, sortable list's place in the URL. */
export type ListPlace = { page: number; pageSize: number; sort?: string | undefined };
export type ListPlaceChange = { page?: number; pageSize?: number; sort?: string | undefined };

type Sorter = { columnKey?: unknown; order?: 'ascend' | 'descend' | null };

/**
 * What an Ant Design table's change asks of the list: a new sort (`-field` when descending, none when cleared), else a
 * new page size, else a page. One change at a time, the way the table reports them.
 */
export function listPlaceChange(
  pagination: { current?: number; pageSize?: number },
  sorter: Sorter | Sorter[],
  place: ListPlace,
): ListPlaceChange {
  const s = Array.isArray(sorter) ? sorter[0] : sorter;
  const field = typeof s?.columnKey === 'string' ? s.columnKey : undefined;
  const sort = field && s?.order ? `${s.order === 'descend' ? '-' : ''}${field}` : undefined;
  if (sort !== place.sort) return { sort };
  if (pagination.pageSize && pagination.pageSize !== place.pageSize) return { pageSize: pagination.pageSize };
  return { page: pagination.current ?? 1 };
}
