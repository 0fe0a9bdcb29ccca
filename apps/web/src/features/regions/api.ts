import type { TGrid, TPage, TRegion } from '@redline/contracts';
import { api } from '../../app/api-client';

export const regionKeys = {
  roots: ['regions', 'roots'] as const,
  children: (code: string) => ['regions', 'children', code] as const,
  one: (code: string) => ['regions', 'one', code] as const,
  grids: (code: string) => ['grids', 'by-region', code] as const,
};

/** The account's scope roots. */
export const listRootRegions = (signal?: AbortSignal) =>
  api.get<TPage<TRegion>>('/api/v1/regions', { roots: true, pageSize: 200 }, signal);

export const listChildRegions = (parentCode: string, signal?: AbortSignal) =>
  api.get<TPage<TRegion>>('/api/v1/regions', { parentCode, pageSize: 200 }, signal);

export const getRegion = (code: string, signal?: AbortSignal) =>
  api.get<TRegion>(`/api/v1/regions/${encodeURIComponent(code)}`, {}, signal);

export const listGrids = (regionCode: string, signal?: AbortSignal) =>
  api.get<TPage<TGrid>>('/api/v1/grids', { regionCode, pageSize: 200 }, signal);

/** What the form holds; the server decides what is missing or wrong and says so per field. */
export const createGrid = (body: { code?: string; name?: string; villageCode: string }) =>
  api.post<TGrid>('/api/v1/grids', body);

export const renameGrid = (code: string, name: string) =>
  api.patch<TGrid>(`/api/v1/grids/${encodeURIComponent(code)}`, { name });
