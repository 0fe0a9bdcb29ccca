import { COORDINATE_SYSTEM, type TEnterprise } from '@redline/contracts';
import type { enterprises } from './schema';

export type EnterpriseRow = typeof enterprises.$inferSelect & { regionName: string };

/** The API shape of an enterprise; coordinates are GCJ-02. */
export const presentEnterprise = (r: EnterpriseRow): TEnterprise => ({
  id: r.id,
  uscc: r.uscc,
  name: r.name,
  regionCode: r.regionCode,
  regionName: r.regionName,
  gridCode: r.gridCode,
  address: r.address,
  lng: r.lng,
  lat: r.lat,
  coordinateSystem: COORDINATE_SYSTEM,
  sectorCodes: r.sectorCodes,
  industryCode: r.industryCode,
  employees: r.employees,
  principalName: r.principalName,
  principalMobile: r.principalMobile,
  safetyManagerName: r.safetyManagerName,
  safetyManagerMobile: r.safetyManagerMobile,
  status: r.status,
  tags: r.tags,
  createdAt: r.createdAt.toISOString(),
  updatedAt: r.updatedAt.toISOString(),
});
