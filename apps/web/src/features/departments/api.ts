import type { TDepartment, TPage, TSectorDuty } from '@redline/contracts';
import { api } from '../../app/api-client';
import type { DepartmentFilters } from './department-query';

export const departmentKeys = {
  all: ['departments'] as const,
  list: (f: DepartmentFilters) => ['departments', 'list', f] as const,
  duties: (regionCode: string) => ['departments', 'duties', regionCode] as const,
};

/** What the form holds; the server decides what is missing or wrong and says so per field. */
export type DepartmentCreate = Partial<Pick<TDepartment, 'name' | 'regionCode' | 'kind' | 'sectorCodes'>>;
export type DepartmentUpdate = Pick<TDepartment, 'name' | 'sectorCodes'>;

export const listDepartments = (f: DepartmentFilters, signal?: AbortSignal) =>
  api.get<TPage<TDepartment>>(
    '/api/v1/departments',
    { q: f.q, regionCode: f.regionCode, sectorCode: f.sectorCode, page: f.page, pageSize: f.pageSize },
    signal,
  );

export const createDepartment = (body: DepartmentCreate) => api.post<TDepartment>('/api/v1/departments', body);

export const updateDepartment = (id: string, body: DepartmentUpdate) =>
  api.patch<TDepartment>(`/api/v1/departments/${encodeURIComponent(id)}`, body);

/** Per sector, the departments supervising it in a region (at that level or the nearest above). */
export const listSectorDuties = (regionCode: string, signal?: AbortSignal) =>
  api.get<TSectorDuty[]>('/api/v1/sector-duties', { regionCode }, signal);
