import { z } from 'zod';

export const IMPORT_KINDS = ['enterprises', 'people', 'risk_register'] as const;
export const ZImportKind = z.enum(IMPORT_KINDS);
export const ZImportParams = z.strictObject({ kind: ZImportKind });
export const ZImportQuery = z.strictObject({
  partial: z.enum(['true', 'false', '1', '0']).optional().describe('Import the valid rows even when some are invalid'),
  format: z.enum(['xlsx', 'csv']).optional().describe('Defaults to the Content-Type'),
  enterpriseId: z
    .string()
    .uuid()
    .optional()
    .describe('risk_register: the enterprise whose register receives the rows (default: the account’s own)'),
});
export const ZImportRowError = z.object({
  row: z.number().int().describe('Row number as shown in Excel (header is row 1)'),
  column: z.string(),
  value: z.string(),
  code: z.string(),
  message: z.string(),
});
export type TImportRowError = z.infer<typeof ZImportRowError>;
export const ZImportResult = z.object({
  kind: ZImportKind,
  total: z.number().int(),
  imported: z.number().int(),
  skipped: z.number().int(),
  errors: z.array(ZImportRowError),
});
export type TImportResult = z.infer<typeof ZImportResult>;
