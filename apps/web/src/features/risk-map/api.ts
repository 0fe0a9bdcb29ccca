import type { TRiskAreaInput, TRiskAreaPatch, TRiskMap } from '@redline/contracts';
import { api, apiRequest } from '../../app/api-client';

export type RiskMapUnit = TRiskMap['units'][number];
export type RiskMapArea = TRiskMap['areas'][number];
export type PlanPoint = [number, number];

export const riskMapKeys = { one: (enterpriseId: string) => ['risk-map', enterpriseId] as const };

const base = (enterpriseId: string) => `/api/v1/enterprises/${encodeURIComponent(enterpriseId)}`;

export const getRiskMap = (enterpriseId: string, signal?: AbortSignal) =>
  api.get<TRiskMap>(`${base(enterpriseId)}/risk-map`, {}, signal);

/** The site plan image; the evidence id in the URL makes a replaced plan a new address (the server caches an hour). */
export const sitePlanSrc = (enterpriseId: string, evidenceId: string) =>
  `${base(enterpriseId)}/risk-map/site-plan/file?v=${encodeURIComponent(evidenceId)}`;

export const putSitePlan = (enterpriseId: string, evidenceId: string) =>
  apiRequest(`${base(enterpriseId)}/risk-map/site-plan`, { method: 'PUT', body: { evidenceId } });

export const createArea = (enterpriseId: string, body: TRiskAreaInput) =>
  api.post<{ id: string }>(`${base(enterpriseId)}/risk-areas`, body);

export const updateArea = (areaId: string, body: TRiskAreaPatch) =>
  api.patch<{ id: string }>(`/api/v1/risk-areas/${encodeURIComponent(areaId)}`, body);

export const deleteArea = (areaId: string) =>
  apiRequest<void>(`/api/v1/risk-areas/${encodeURIComponent(areaId)}`, { method: 'DELETE' });
