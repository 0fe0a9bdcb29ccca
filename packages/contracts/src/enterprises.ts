import { validateUscc } from '@redline/domain';
import { z } from 'zod';
import { ZMobile, ZPageQuery, zOptionalText, zSort, zText } from './common';
import { ZGridCode, ZRegionCode } from './regions';
import { ZSectorCode } from './sectors';

export const ENTERPRISE_STATUSES = ['operating', 'suspended', 'closed'] as const;
export const ZEnterpriseStatus = z.enum(ENTERPRISE_STATUSES);
export const ENTERPRISE_TAGS = [
  'above_designated_size',
  'major_hazard_source',
  'key_supervision',
  'small_micro',
] as const;
export const ZEnterpriseTag = z.enum(ENTERPRISE_TAGS);
/** GB/T 4754-2017 code: section letter plus 2–4 digits (e.g. C3110). */
export const ZIndustryCode = z.string().regex(/^[A-T](\d{2}|\d{3}|\d{4})$/, { message: 'VALIDATION.INVALID_FORMAT' });

/** Coordinates are GCJ-02 (the datum of Chinese web maps such as AMap and Tencent Maps). */
export const COORDINATE_SYSTEM = 'GCJ-02';

export const ZEnterprise = z.object({
  id: z.string(),
  uscc: z.string(),
  name: z.string(),
  regionCode: z.string(),
  regionName: z.string(),
  gridCode: z.string().nullable(),
  address: z.string().nullable(),
  lng: z.number().nullable(),
  lat: z.number().nullable(),
  coordinateSystem: z.literal(COORDINATE_SYSTEM),
  sectorCodes: z.array(z.string()),
  industryCode: z.string().nullable(),
  employees: z.number().int().nullable(),
  principalName: z.string().nullable(),
  principalMobile: z.string().nullable(),
  safetyManagerName: z.string().nullable(),
  safetyManagerMobile: z.string().nullable(),
  status: ZEnterpriseStatus,
  tags: z.array(z.string()),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type TEnterprise = z.infer<typeof ZEnterprise>;

const enterpriseFields = {
  uscc: z
    .string()
    .trim()
    .min(1)
    .max(32)
    // The GB 32100 check runs with the other field checks, so one answer lists every problem (and the web checks too).
    .superRefine((value, ctx) => {
      const result = validateUscc(value);
      if (!result.ok) ctx.addIssue({ code: 'custom', message: result.error.code, params: result.error.params });
    })
    .describe('Unified social credit code, 18 characters, GB 32100 check'),
  name: zText(128),
  regionCode: ZRegionCode,
  gridCode: ZGridCode.nullish(),
  address: zOptionalText(256),
  lng: z.number().min(73).max(136).nullish(),
  lat: z.number().min(3).max(54).nullish(),
  sectorCodes: z.array(ZSectorCode).min(1).max(10),
  industryCode: ZIndustryCode.nullish(),
  employees: z.number().int().min(0).max(10_000_000).nullish(),
  principalName: zOptionalText(32),
  principalMobile: ZMobile.nullish(),
  safetyManagerName: zOptionalText(32),
  safetyManagerMobile: ZMobile.nullish(),
  status: ZEnterpriseStatus,
  tags: z.array(ZEnterpriseTag).max(10),
};
export const ZEnterpriseCreate = z.strictObject({
  ...enterpriseFields,
  status: enterpriseFields.status.default('operating'),
  tags: enterpriseFields.tags.default([]),
});
export type TEnterpriseCreate = z.infer<typeof ZEnterpriseCreate>;
/** PATCH: only the fields given change; the credit code never changes. */
export const ZEnterpriseUpdate = z.strictObject(enterpriseFields).omit({ uscc: true }).partial();
export type TEnterpriseUpdate = z.infer<typeof ZEnterpriseUpdate>;

export const ZEnterpriseListQuery = ZPageQuery.extend({
  regionCode: ZRegionCode.optional().describe('Region subtree'),
  gridCode: ZGridCode.optional(),
  sectorCode: ZSectorCode.optional(),
  status: ZEnterpriseStatus.optional(),
  tag: ZEnterpriseTag.optional(),
  q: z.string().trim().max(64).optional().describe('Name or credit code'),
  sort: zSort(['name', 'uscc', 'createdAt', 'employees']),
});
