import { z } from 'zod';
import { ZPageQuery, zQueryBool, zSort, zText } from './common';

export const REGION_LEVELS = ['province', 'city', 'county', 'town', 'village'] as const;
export const ZRegionLevel = z.enum(REGION_LEVELS);
export type TRegionLevel = z.infer<typeof ZRegionLevel>;

export const ZRegionCode = z.string().regex(/^(\d{6}|\d{9}|\d{12})$/, { message: 'VALIDATION.INVALID_FORMAT' });

export const ZRegion = z.object({
  code: z.string(),
  name: z.string(),
  level: ZRegionLevel,
  parentCode: z.string().nullable(),
  isDevelopmentZone: z.boolean(),
  childCount: z.number().int(),
  gridCount: z.number().int(),
});
export type TRegion = z.infer<typeof ZRegion>;

export const ZRegionCreate = z.strictObject({
  code: ZRegionCode,
  name: zText(64),
  level: ZRegionLevel,
  parentCode: ZRegionCode.nullable(),
  isDevelopmentZone: z.boolean().default(false),
});
export type TRegionCreate = z.infer<typeof ZRegionCreate>;
export const ZRegionUpdate = z.strictObject({ name: zText(64).optional(), isDevelopmentZone: z.boolean().optional() });

export const ZRegionListQuery = ZPageQuery.extend({
  parentCode: ZRegionCode.optional().describe('List the children of this region'),
  under: ZRegionCode.optional().describe('List the whole subtree below this region'),
  level: ZRegionLevel.optional(),
  q: z.string().trim().max(64).optional(),
  roots: zQueryBool.optional().describe("true: the account's scope roots"),
  sort: zSort(['code', 'name']),
});
export const ZRegionCodeParams = z.strictObject({ code: ZRegionCode });

export const ZGrid = z.object({
  code: z.string(),
  name: z.string(),
  villageCode: z.string(),
  villageName: z.string(),
});
export type TGrid = z.infer<typeof ZGrid>;
export const ZGridCode = z.string().regex(/^[A-Za-z0-9-]{1,32}$/, { message: 'VALIDATION.INVALID_FORMAT' });
export const ZGridCreate = z.strictObject({ code: ZGridCode, name: zText(64), villageCode: ZRegionCode });
export const ZGridUpdate = z.strictObject({ name: zText(64) });
export const ZGridListQuery = ZPageQuery.extend({
  regionCode: ZRegionCode.optional(),
  q: z.string().trim().max(64).optional(),
  sort: zSort(['code', 'name']),
});
export const ZGridCodeParams = z.strictObject({ code: ZGridCode });
