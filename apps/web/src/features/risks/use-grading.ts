import type { TRiskSettings } from '@redline/contracts';
import { DEFAULT_RISK_SETTINGS, type RiskSettings } from '@redline/domain';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../app/api-client';
import { enterpriseKeys, getEnterprise } from '../enterprises/api';

/**
 * The grading in force at the enterprise's region (GET /regions/:code/risk-settings), so the event form's preview
 * grades as the server will; the defaults of domain-reference.md §4 while it loads or when it cannot be read.
 */
export function useGrading(enterpriseId: string): { settings: RiskSettings; fromName: string | null } {
  const enterprise = useQuery({
    queryKey: enterpriseKeys.one(enterpriseId),
    queryFn: ({ signal }) => getEnterprise(enterpriseId, signal),
    staleTime: 5 * 60_000,
  });
  const regionCode = enterprise.data?.regionCode;
  const settings = useQuery({
    queryKey: ['risks', 'settings', regionCode],
    queryFn: ({ signal }) =>
      api.get<TRiskSettings>(`/api/v1/regions/${encodeURIComponent(regionCode ?? '')}/risk-settings`, {}, signal),
    enabled: Boolean(regionCode),
    staleTime: 5 * 60_000,
    retry: false,
  });
  return settings.data
    ? { settings: settings.data, fromName: settings.data.fromName }
    : { settings: DEFAULT_RISK_SETTINGS, fromName: null };
}
