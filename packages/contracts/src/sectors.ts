import { z } from 'zod';
import { zText } from './common';

export const ZSectorCode = z.string().regex(/^[a-z][a-z0-9_]{1,63}$/, { message: 'VALIDATION.INVALID_FORMAT' });
export const ZSector = z.object({
  code: z.string(),
  nameZh: z.string(),
  nameEn: z.string(),
  parentCode: z.string().nullable(),
  sortOrder: z.number().int(),
  active: z.boolean(),
});
export type TSector = z.infer<typeof ZSector>;
export const ZSectorCreate = z.strictObject({
  code: ZSectorCode,
  nameZh: zText(64),
  nameEn: zText(128),
  parentCode: ZSectorCode.nullable().default(null),
  sortOrder: z.number().int().min(0).max(10000).default(100),
});
export const ZSectorUpdate = z.strictObject({
  nameZh: zText(64).optional(),
  nameEn: zText(128).optional(),
  sortOrder: z.number().int().min(0).max(10000).optional(),
  active: z.boolean().optional(),
});
export const ZSectorCodeParams = z.strictObject({ code: ZSectorCode });
