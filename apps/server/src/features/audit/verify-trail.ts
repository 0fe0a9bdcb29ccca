import type { ZAuditVerifyResult } from '@redline/contracts';
import type { z } from 'zod';
import type { Ctx } from '../../http/context';
import { forbidden } from '../../http/errors';
import { isRootAdmin } from './list-audit';
import { verifyAudit } from './verify-audit';

/** Checks the whole chain; it spans every region, so only admins of a whole region tree may run it. */
export async function verifyAuditTrail(ctx: Ctx): Promise<z.infer<typeof ZAuditVerifyResult>> {
  if (!(await isRootAdmin(ctx.db, ctx.actor))) throw forbidden();
  const result = await verifyAudit(ctx.db);
  return result.ok
    ? { ok: true, count: result.count, brokenAt: null, reason: null }
    : { ok: false, count: result.count, brokenAt: result.brokenAt, reason: result.reason };
}
