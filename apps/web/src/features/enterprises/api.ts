import type { TEnterprise, TPage, TSector } from '@redline/contracts';
import { api } from '../../app/api-client';
import type { EnterpriseFilters } from './use-enterprise-filters';

export const enterpriseKeys = {
  list: (filters: EnterpriseFilters) => ['enterprises', 'list', filters] as const,
  one: (id: string) => ['enterprises', 'one', id] as const,
  sectors: ['sectors'] as const,
};

export const listEnterprises = (f: EnterpriseFilters, signal?: AbortSignal) =>
  api.get<TPage<TEnterprise>>(
    '/api/v1/enterprises',
    {
      q: f.q,
      status: f.status,
      sectorCode: f.sectorCode,
      regionCode: f.regionCode,
      sort: f.sort,
      page: f.page,
      pageSize: f.pageSize,
    },
    signal,
  );

export const getEnterprise = (id: string, signal?: AbortSignal) =>
  api.get<TEnterprise>(`/api/v1/enterprises/${encodeURIComponent(id)}`, {}, signal);

/** The sector catalogue: an array, not a page. */
export const listSectors = (signal?: AbortSignal) => api.get<TSector[]>('/api/v1/sectors', {}, signal);
