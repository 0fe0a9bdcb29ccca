import type { THazard, THazardStatistics, TPage, TSector } from '@redline/contracts';
import { api, apiRequest } from '../../app/api-client';
import type { Grouping } from './figure-links';

export type StatisticsQuery = {
  groupBy: Grouping;
  from: string;
  to: string;
  regionCode?: string | undefined;
};

export const cockpitKeys = {
  statistics: (q: StatisticsQuery) => ['hazards', 'statistics', q] as const,
  items: (q: Record<string, string>) => ['hazards', 'statistics', 'items', q] as const,
  sectors: ['sectors'] as const,
};

/** GET /hazards/statistics (docs/HAZARDS-EXPORT.md §1). */
export const getStatistics = (q: StatisticsQuery, signal?: AbortSignal) =>
  api.get<THazardStatistics>('/api/v1/hazards/statistics', { ...q }, signal);

/**
 * GET /hazards/statistics/items: the hazards behind one figure. Built by hand because `group=` with an empty value
 * (the 本级 row) is meaningful here, and the shared client leaves empty values out.
 */
export const getStatisticsItems = (q: Record<string, string>, signal?: AbortSignal) =>
  apiRequest<TPage<THazard>>(`/api/v1/hazards/statistics/items?${new URLSearchParams(q).toString()}`, { signal });

export const listSectors = (signal?: AbortSignal) => api.get<TSector[]>('/api/v1/sectors', {}, signal);
