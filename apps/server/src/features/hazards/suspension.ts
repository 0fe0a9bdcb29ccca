import { RESUMPTION_REVIEW_WORKFLOW } from '@redline/domain';
import { and, eq } from 'drizzle-orm';
import type { Tx } from '../../db/client';
import type { Ctx } from '../../http/context';
import { appendAudit } from '../audit/append-audit';
import { whoOf } from '../audit/who';
import { createCase } from '../cases/create-case';
import { cases } from '../cases/schema';
import { transitionCase } from '../cases/transition-case';
import { enterprises } from '../enterprises/schema';
import { announce } from './announce';
import { defaultDeadline } from './clocks';

type CaseRow = typeof cases.$inferSelect;

/** A suspension order suspends the enterprise; an approved resumption lets it operate again (audited). */
export async function setEnterpriseStatus(tx: Tx, ctx: Ctx, enterpriseId: string, status: 'suspended' | 'operating') {
  const [before] = await tx.select().from(enterprises).where(eq(enterprises.id, enterpriseId)).for('update');
  if (!before || before.status === status) return;
  await tx.update(enterprises).set({ status, updatedAt: ctx.now }).where(eq(enterprises.id, enterpriseId));
  await appendAudit(tx, whoOf(ctx), {
    action: 'enterprise.status',
    entity: 'enterprise',
    entityId: enterpriseId,
    before: { status: before.status },
    after: { status },
  });
}

/**
 * The on-site review of a resumption application, due within 10 days (Decree 16 Art. 23): a case of its own on the
 * kernel, linked to the hazard, supervised by the hazard's supervising unit, so its clock reminds and escalates.
 */
export async function openResumptionReview(tx: Tx, ctx: Ctx, hazard: CaseRow) {
  const review = await createCase(tx, whoOf(ctx), {
    type: 'resumption_review',
    workflow: RESUMPTION_REVIEW_WORKFLOW,
    title: `复产复工审查：${hazard.title}`,
    regionCode: hazard.regionCode,
    gridCode: hazard.gridCode,
    enterpriseId: hazard.enterpriseId,
    sectorCode: hazard.sectorCode,
    ownerUnit: hazard.supervisorUnit,
    supervisorUnit: hazard.supervisorUnit,
    level: hazard.level,
    source: hazard.source,
    deadline: await defaultDeadline(tx, ctx.now, 'review'),
    fields: { hazardNumber: hazard.number },
    parentId: hazard.id,
    reporterAccountId: ctx.actor.accountId,
  });
  await announce(tx, {
    row: review,
    eventId: review.eventId,
    type: 'resumption_review.created',
    messageKey: 'NOTIFY.CASE_ASSIGNED',
    units: [review.supervisorUnit],
    actorId: ctx.actor.accountId,
    now: ctx.now,
  });
}

/** Closes the hazard's open resumption review with the decision taken on the hazard. */
export async function closeResumptionReview(tx: Tx, ctx: Ctx, hazard: CaseRow, decision: 'approve' | 'refuse') {
  const [review] = await tx
    .select()
    .from(cases)
    .where(and(eq(cases.parentId, hazard.id), eq(cases.type, 'resumption_review'), eq(cases.state, 'reviewing')));
  if (!review) return;
  await transitionCase(tx, whoOf(ctx), {
    caseId: review.id,
    workflow: RESUMPTION_REVIEW_WORKFLOW,
    transition: decision,
    expectedVersion: review.version,
    actorRoles: ctx.actor.roles,
    actorRelations: ['supervisor'],
  });
}
