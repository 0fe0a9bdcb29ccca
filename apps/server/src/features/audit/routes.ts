import { ZAuditEntry, ZAuditListQuery, ZAuditVerifyResult, zPage } from '@redline/contracts';
import { defineRoute } from '../../http/route';
import { listAudit } from './list-audit';
import { verifyAuditTrail } from './verify-trail';

const tag = 'audit';

export const auditRoutes = [
  defineRoute({
    method: 'GET',
    url: '/audit',
    summary: "Audit trail entries made by accounts in the administrator's scope, newest first",
    tag,
    access: ['admin'],
    query: ZAuditListQuery,
    response: zPage(ZAuditEntry),
    handler: async ({ ctx, query }) => listAudit(ctx, query),
  }),
  defineRoute({
    method: 'POST',
    url: '/audit/verify',
    summary: 'Recompute the hash chain of the whole audit trail and name the first broken entry (top-level admins)',
    tag,
    access: ['admin'],
    response: ZAuditVerifyResult,
    handler: async ({ ctx }) => verifyAuditTrail(ctx),
  }),
];
