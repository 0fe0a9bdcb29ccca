import { z } from 'zod';

/** Trimmed text with a documented length limit; empty strings count as missing. */
export const zText = (max: number, min = 1) => z.string().trim().min(min).max(max);
export const zOptionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .transform((v) => (v === '' ? null : v))
    .nullish();

export const ZId = z.string().uuid();
export const ZIdParams = z.strictObject({ id: ZId });
export const ZMobile = z.string().regex(/^1[3-9]\d{9}$/, { message: 'VALIDATION.INVALID_FORMAT' });
export const ZTimestamp = z.string().describe('ISO 8601 timestamp with offset, e.g. 2026-11-22T09:30:00.000+08:00');

export const PAGE_SIZE_DEFAULT = 20;
export const PAGE_SIZE_MAX = 200;

/**
 * The one list convention: `page` (from 1), `pageSize` (1–200, default 20), `sort` (a field name, `-` prefix for
 * descending) and per-endpoint filters as further query parameters.
 */
export const ZPageQuery = z.strictObject({
  page: z.coerce.number().int().min(1).max(1_000_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(PAGE_SIZE_MAX).default(PAGE_SIZE_DEFAULT),
  sort: z.string().max(64).optional(),
});
export type TPageQuery = z.infer<typeof ZPageQuery>;

export const zPage = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), total: z.number().int(), page: z.number().int(), pageSize: z.number().int() });
export type TPage<T> = { items: T[]; total: number; page: number; pageSize: number };

/** Sort values allowed by a list: `field` or `-field` for each field. */
export const zSort = <const F extends readonly [string, ...string[]]>(fields: F) =>
  z.enum(fields.flatMap((f) => [f, `-${f}`]) as [string, ...string[]]).optional();

/** Boolean from a query string ('true'/'false'/'1'/'0'). */
export const zQueryBool = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');
