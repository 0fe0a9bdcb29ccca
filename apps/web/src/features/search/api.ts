import type { TEnterprise, THazard, TPage } from '@redline/contracts';
import { api } from '../../app/api-client';

/** How many of each kind the header's search shows; the rest are one click away in their lists. */
export const SEARCH_LIMIT = 5;

export const searchKeys = {
  hazards: (q: string) => ['search', 'hazards', q] as const,
  enterprises: (q: string) => ['search', 'enterprises', q] as const,
};

/** Hazards whose number begins with q, or whose title contains it (GET /hazards?q=, newest first). */
export const searchHazards = (q: string, signal?: AbortSignal) =>
  api.get<TPage<THazard>>('/api/v1/hazards', { q, pageSize: SEARCH_LIMIT }, signal);

/** Enterprises whose name contains q, or whose credit code begins with it (GET /enterprises?q=). */
export const searchEnterprises = (q: string, signal?: AbortSignal) =>
  api.get<TPage<TEnterprise>>('/api/v1/enterprises', { q, pageSize: SEARCH_LIMIT, sort: 'name' }, signal);
