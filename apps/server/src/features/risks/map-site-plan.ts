import type { Readable } from 'node:stream';
import type { TSitePlanInput } from '@redline/contracts';
import { eq } from 'drizzle-orm';
import type { Ctx } from '../../http/context';
import { AppError, invalid, notFound } from '../../http/errors';
import { appendAudit } from '../audit/append-audit';
import { whoOf } from '../audit/who';
import { findVisibleEvidence } from '../evidence/repo';
import { evidence } from '../evidence/schema';
import { assertMaintainer, registerEnterprise } from './repo';
import { riskSitePlans } from './schema';

/**
 * Sets (or replaces) an enterprise's site plan: an image the caller uploaded (or may see), its size as displayed
 * (EXIF orientation applied) as the upload measured it. Areas keep their plan coordinates (fractions of the size).
 */
export async function setSitePlan(ctx: Ctx, enterpriseId: string, input: TSitePlanInput) {
  assertMaintainer(ctx.actor);
  return ctx.db.transaction(async (tx) => {
    const enterprise = await registerEnterprise(tx, ctx.actor, enterpriseId);
    const image = await findVisibleEvidence(tx, ctx.actor, input.evidenceId);
    if (!image?.width || !image.height) {
      throw invalid({ path: 'evidenceId', code: 'RISK.SITE_PLAN_NOT_USABLE', params: { id: input.evidenceId } });
    }
    const [before] = await tx
      .select()
      .from(riskSitePlans)
      .where(eq(riskSitePlans.enterpriseId, enterprise.id))
      .for('update');
    const values = { evidenceId: image.id, width: image.width, height: image.height, updatedAt: ctx.now };
    const [after] = await tx
      .insert(riskSitePlans)
      .values({ enterpriseId: enterprise.id, regionPath: enterprise.regionPath, ...values })
      .onConflictDoUpdate({ target: riskSitePlans.enterpriseId, set: values })
      .returning();
    await appendAudit(tx, whoOf(ctx), {
      action: 'risk_site_plan.set',
      entity: 'risk_site_plan',
      entityId: enterprise.id,
      before: before ?? null,
      after,
    });
    return { evidenceId: after!.evidenceId, width: after!.width, height: after!.height };
  });
}

export type SitePlanFile = { body: Readable; mediaType: string; size: number; name: string };

/**
 * The site plan image, for whoever may read the enterprise's map (the upload itself stays its uploader's: a
 * department reads it through the map, not through /evidence).
 */
export async function openSitePlan(ctx: Ctx, enterpriseId: string): Promise<SitePlanFile> {
  const enterprise = await registerEnterprise(ctx.db, ctx.actor, enterpriseId);
  const [row] = await ctx.db
    .select({ image: evidence })
    .from(riskSitePlans)
    .innerJoin(evidence, eq(evidence.id, riskSitePlans.evidenceId))
    .where(eq(riskSitePlans.enterpriseId, enterprise.id));
  if (!row) throw notFound();
  let body: Readable | null;
  try {
    body = await ctx.deps.evidenceStore.get(row.image.storageKey);
  } catch (error) {
    throw Object.assign(new AppError('EVIDENCE.STORAGE_FAILED'), { cause: error });
  }
  if (!body) throw notFound();
  const ext = row.image.storageKey.split('.').pop();
  return { body, mediaType: row.image.mediaType, size: row.image.sizeBytes, name: `site-plan.${ext}` };
}
