import { z } from 'zod';
import { ZPageQuery, zSort, zText } from './common';
import { ZRegionCode } from './regions';
import { ZSectorCode } from './sectors';

export const ZDepartmentKind = z.enum(['department', 'safety_committee_office']);
export const ZDepartment = z.object({
  id: z.string(),
  name: z.string(),
  regionCode: z.string(),
  regionName: z.string(),
  kind: ZDepartmentKind,
  sectorCodes: z.array(z.string()).describe('Sectors this department supervises in its region (三管三必须)'),
});
export type TDepartment = z.infer<typeof ZDepartment>;
export const ZDepartmentCreate = z.strictObject({
  name: zText(64),
  regionCode: ZRegionCode,
  kind: ZDepartmentKind.default('department'),
  sectorCodes: z.array(ZSectorCode).max(100).default([]),
});
export const ZDepartmentUpdate = z.strictObject({
  name: zText(64).optional(),
  sectorCodes: z.array(ZSectorCode).max(100).optional(),
});
export const ZDepartmentListQuery = ZPageQuery.extend({
  regionCode: ZRegionCode.optional(),
  sectorCode: ZSectorCode.optional(),
  q: z.string().trim().max(64).optional(),
  sort: zSort(['name', 'regionCode']),
});

/** One line of the sector duty map: in this region, this sector is supervised by this department. */
export const ZSectorDuty = z.object({
  regionCode: z.string(),
  sectorCode: z.string(),
  departmentId: z.string(),
  departmentName: z.string(),
});
export type TSectorDuty = z.infer<typeof ZSectorDuty>;
export const ZSectorDutyQuery = z.strictObject({ regionCode: ZRegionCode, sectorCode: ZSectorCode.optional() });
