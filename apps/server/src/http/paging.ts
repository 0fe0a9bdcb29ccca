import type { TPage } from '@redline/contracts';
import { type AnyColumn, asc, desc, type SQL } from 'drizzle-orm';

/** Turns `sort=-name` into an ORDER BY over the allowed columns, with a stable tiebreaker. */
export function orderOf(sort: string | undefined, columns: Record<string, AnyColumn>, fallback: SQL[]): SQL[] {
  if (!sort) return fallback;
  const descending = sort.startsWith('-');
  const column = columns[descending ? sort.slice(1) : sort];
  if (!column) return fallback;
  return [descending ? desc(column) : asc(column), ...fallback];
}

export const pageOf = <T>(items: T[], total: number, q: { page: number; pageSize: number }): TPage<T> => ({
  items,
  total,
  page: q.page,
  pageSize: q.pageSize,
});

export const offsetOf = (q: { page: number; pageSize: number }) => (q.page - 1) * q.pageSize;
