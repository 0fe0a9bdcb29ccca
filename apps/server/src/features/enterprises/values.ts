import type { TEnterpriseCreate } from '@redline/contracts';

/** An enterprise that passed every check (contract, credit code, references, scope), ready to insert. */
export type ValidatedEnterprise = {
  uscc: string;
  name: string;
  regionCode: string;
  regionPath: string;
  gridCode: string | null;
  address: string | null;
  lng: number | null;
  lat: number | null;
  sectorCodes: string[];
  industryCode: string | null;
  employees: number | null;
  principalName: string | null;
  principalMobile: string | null;
  safetyManagerName: string | null;
  safetyManagerMobile: string | null;
  status: TEnterpriseCreate['status'];
  tags: string[];
};

/** The stored values of a checked enterprise; `uscc` is the normalised code and `regionPath` its region's path. */
export const toEnterpriseValues = (
  input: TEnterpriseCreate,
  uscc: string,
  regionPath: string,
): ValidatedEnterprise => ({
  uscc,
  name: input.name,
  regionCode: input.regionCode,
  regionPath,
  gridCode: input.gridCode ?? null,
  address: input.address ?? null,
  lng: input.lng ?? null,
  lat: input.lat ?? null,
  sectorCodes: [...new Set(input.sectorCodes)],
  industryCode: input.industryCode ?? null,
  employees: input.employees ?? null,
  principalName: input.principalName ?? null,
  principalMobile: input.principalMobile ?? null,
  safetyManagerName: input.safetyManagerName ?? null,
  safetyManagerMobile: input.safetyManagerMobile ?? null,
  status: input.status,
  tags: [...new Set(input.tags)],
});
