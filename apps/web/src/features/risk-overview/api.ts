import type { TRiskOverview, TRiskSettings, TRiskSettingsInput } from '@redline/contracts';
import { api, apiRequest } from '../../app/api-client';

export type OverviewQuery = { regionCode?: string | undefined; from: string; to: string };

/** Query keys. Saving a region's settings changes what the regions below it inherit: every settings answer goes. */
export const riskOverviewKeys = {
  overview: (q: OverviewQuery) => ['risk-overview', q] as const,
  settings: (regionCode: string) => ['risk-settings', regionCode] as const,
  allSettings: ['risk-settings'] as const,
};

const region = (code: string) => encodeURIComponent(code);

/** GET /risk-overview?regionCode&from&to. */
export const getRiskOverview = (q: OverviewQuery, signal?: AbortSignal) =>
  api.get<TRiskOverview>('/api/v1/risk-overview', { ...q }, signal);

/** GET /regions/:code/risk-settings: the grading in force there and the region it comes from (`from`). */
export const getRiskSettings = (regionCode: string, signal?: AbortSignal) =>
  api.get<TRiskSettings>(`/api/v1/regions/${region(regionCode)}/risk-settings`, {}, signal);

/** PUT /regions/:code/risk-settings: the safety committee office and administrators. */
export const putRiskSettings = (regionCode: string, body: TRiskSettingsInput) =>
  apiRequest<TRiskSettings>(`/api/v1/regions/${region(regionCode)}/risk-settings`, { method: 'PUT', body });

/** Who may change a region's grading (others read it). */
export const mayEditRiskSettings = (roles: readonly string[]) =>
  roles.includes('admin') || roles.includes('safety_office');
