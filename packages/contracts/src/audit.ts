import { z } from 'zod';
import { ZPageQuery, zSort } from './common';

export const ZAuditEntry = z.object({
  id: z.string(),
  at: z.string(),
  actorId: z.string().nullable(),
  actorName: z.string().nullable(),
  action: z.string(),
  entity: z.string(),
  entityId: z.string().nullable(),
  diff: z.unknown(),
  requestId: z.string().nullable(),
});
export type TAuditEntry = z.infer<typeof ZAuditEntry>;
export const ZAuditListQuery = ZPageQuery.extend({
  entity: z.string().max(64).optional(),
  entityId: z.string().max(64).optional(),
  actorId: z.string().uuid().optional(),
  sort: zSort(['at']),
});
export const ZAuditVerifyResult = z.object({
  ok: z.boolean(),
  count: z.number().int(),
  brokenAt: z.string().nullable(),
  reason: z.string().nullable(),
});
