import type { TAccount, TAccountCreate, TGrid, TPage } from '@redline/contracts';
import { api } from '../../app/api-client';

export type AccountFilters = { q?: string; page: number; pageSize: number };

export const accountKeys = {
  all: ['accounts'] as const,
  list: (f: AccountFilters) => ['accounts', 'list', f] as const,
  gridSearch: (q: string) => ['grids', 'search', q] as const,
};

export const listAccounts = (f: AccountFilters, signal?: AbortSignal) =>
  api.get<TPage<TAccount>>(
    '/api/v1/accounts',
    { q: f.q, page: f.page, pageSize: f.pageSize, sort: 'username' },
    signal,
  );

const path = (id: string, action: string) => `/api/v1/accounts/${encodeURIComponent(id)}/${action}`;

export const lockAccount = (id: string) => api.post<unknown>(path(id, 'lock'));
export const unlockAccount = (id: string) => api.post<unknown>(path(id, 'unlock'));
export const resetPassword = (id: string, newPassword: string) =>
  api.post<unknown>(path(id, 'reset-password'), { newPassword });

/** POST /accounts: 201 with the account; field problems come back as 400 details, a taken name or mobile as 409. */
export const createAccount = (body: TAccountCreate) => api.post<TAccount>('/api/v1/accounts', body);

/** Grids in the administrator's scope whose name or code matches, for the grid scope picker. */
export const searchGrids = (q: string, signal?: AbortSignal) =>
  api.get<TPage<TGrid>>('/api/v1/grids', { q: q || undefined, pageSize: 50, sort: 'code' }, signal);
