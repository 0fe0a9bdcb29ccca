import { DEFAULT_RISK_SETTINGS, type RiskSettings } from '@redline/domain';
import { useQuery } from '@tanstack/react-query';
import { getRegister, riskKeys } from './api';

/**
 * The grading in force at the enterprise's region, as the register reports it (its own settings, else the nearest
 * region's above, else the defaults), so the event form's preview grades as the server will. An enterprise account
 * reads it there, since the region itself lies outside its scope; the defaults of domain-reference.md §4 while the
 * register loads.
 */
export function useGrading(enterpriseId: string): { settings: RiskSettings; fromName: string | null } {
  const register = useQuery({
    queryKey: riskKeys.register(enterpriseId),
    queryFn: ({ signal }) => getRegister(enterpriseId, signal),
  });
  const grading = register.data?.grading;
  return grading
    ? { settings: grading, fromName: grading.fromName }
    : { settings: DEFAULT_RISK_SETTINGS, fromName: null };
}
