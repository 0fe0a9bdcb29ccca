import type { THazardTransition } from '@redline/contracts';
import { checkDeterminationBasis, type HAZARD_CLOCK_DEFAULTS, HAZARD_WORKFLOW } from '@redline/domain';
import { and, eq } from 'drizzle-orm';
import type { Tx } from '../../db/client';
import type { Ctx } from '../../http/context';
import { AppError, fromDomain, invalid, notFound } from '../../http/errors';
import { whoOf } from '../audit/who';
import { resolveDeadline } from '../cases/calendars';
import { caseWatchers } from '../cases/schema';
import { type CaseColumnEffects, transitionCase } from '../cases/transition-case';
import { attachEvidence } from '../evidence/attach-evidence';
import { announce } from './announce';
import { defaultDeadline } from './clocks';
import { foreignFields } from './field-rules';
import { CLOSED_STATES } from './filters';
import { findHazard } from './repo';
import { closeResumptionReview, openResumptionReview, setEnterpriseStatus } from './suspension';
import { findUnit, relationsOf } from './units';

type Deadline = THazardTransition['deadline'];

/** The clock a transition starts when the request names no deadline (HAZARD_CLOCK_DEFAULTS). */
const DEFAULT_CLOCK: Record<string, keyof typeof HAZARD_CLOCK_DEFAULTS> = {
  accept: 'acceptance',
  transfer: 'transfer',
  rectify_immediately: 'immediate',
  complete: 'verification',
  apply_resumption: 'review',
  reopen: 'acceptance',
};
const BACK_TO_RECTIFICATION = ['fail_verification', 'refuse_resumption'];
const AFTER_PHOTO_TRANSITIONS = ['complete', 'apply_resumption'];
/** Moves that tell the reporters (watchers) too: the outcome of what they reported. */
const TELL_WATCHERS = ['reject', 'merge', 'verify', 'approve_resumption', 'reopen', 'transfer'];

async function deadlineOf(tx: Tx, ctx: Ctx, body: THazardTransition, stored: Record<string, unknown>) {
  if (body.deadline !== undefined) {
    const given = await resolveDeadline(tx, ctx.now, body.deadline as Exclude<Deadline, undefined>);
    if (given.getTime() <= ctx.now.getTime()) throw new AppError('CASE.DEADLINE_IN_PAST');
    return given;
  }
  if (BACK_TO_RECTIFICATION.includes(body.transition) && typeof stored.rectificationDeadline === 'string') {
    // Back to rectification under the deadline already committed to: if it has passed, the case is overdue at once.
    return new Date(stored.rectificationDeadline);
  }
  const clock =
    DEFAULT_CLOCK[body.transition] ?? (BACK_TO_RECTIFICATION.includes(body.transition) ? 'immediate' : null);
  return clock ? defaultDeadline(tx, ctx.now, clock) : undefined;
}

/**
 * Takes a workflow transition on a hazard in the actor's scope, in one transaction: the kernel checks role,
 * relation, state, version and requirements; this adds the hazard's own effects (transfer hands supervision over,
 * merge keeps every reporter, listing, suspension and the resumption review, enterprise status), attaches the cited
 * photos, and tells the people concerned.
 */
export async function transitionHazard(ctx: Ctx, id: string, body: THazardTransition) {
  return ctx.db.transaction(async (tx) => {
    const row = await findHazard(tx, ctx.actor, id);
    if (!row) throw notFound();
    const [watching] = await tx
      .select()
      .from(caseWatchers)
      .where(and(eq(caseWatchers.caseId, id), eq(caseWatchers.accountId, ctx.actor.accountId)));
    const fields = body.fields as Record<string, unknown>;
    const foreign = foreignFields(body.transition, fields);
    if (foreign.length) throw invalid(...foreign);
    if (fields.determinationBasis) {
      const basis = checkDeterminationBasis(fields.determinationBasis as { standard: string; article: string });
      if (!basis.ok) throw invalid(fromDomain('fields.determinationBasis', basis.error));
    }
    const deadline = await deadlineOf(tx, ctx, body, row.fields);
    const columns: CaseColumnEffects = {};
    const effects: Record<string, unknown> = {};
    let mergeTarget: Awaited<ReturnType<typeof findHazard>>;

    switch (body.transition) {
      case 'transfer':
        if (typeof fields.transferTo === 'string') columns.supervisorUnit = (await findUnit(tx, fields.transferTo)).key;
        break;
      case 'merge':
        if (typeof fields.mergedInto === 'string') {
          mergeTarget = await findHazard(tx, ctx.actor, fields.mergedInto);
          if (!mergeTarget || mergeTarget.id === id || CLOSED_STATES.includes(mergeTarget.state)) {
            throw new AppError('HAZARD.MERGE_TARGET');
          }
          columns.mergedIntoId = mergeTarget.id;
        }
        break;
      case 'rectify_by_deadline':
      case 'rectify_immediately':
        effects.rectificationMode = body.transition === 'rectify_immediately' ? 'immediate' : 'by_deadline';
        if (deadline) effects.rectificationDeadline = deadline.toISOString();
        break;
      case 'list_supervision':
        if (typeof fields.listedUnit === 'string') {
          columns.listedUnit = (await findUnit(tx, fields.listedUnit)).key;
          columns.listedAt = ctx.now;
        }
        break;
      case 'order_suspension':
        if (!row.enterpriseId) throw new AppError('HAZARD.ENTERPRISE_REQUIRED');
        effects.suspension = 'ordered';
        break;
      case 'apply_resumption':
        effects.suspension = 'applied';
        break;
      case 'approve_resumption':
        effects.suspension = 'approved';
        break;
      case 'refuse_resumption':
        effects.suspension = 'ordered';
        break;
    }

    const phase = AFTER_PHOTO_TRANSITIONS.includes(body.transition) ? 'after' : 'other';
    const moved = await transitionCase(tx, whoOf(ctx), {
      caseId: id,
      workflow: HAZARD_WORKFLOW,
      transition: body.transition,
      expectedVersion: body.version,
      actorRoles: ctx.actor.roles,
      actorRelations: relationsOf(ctx.actor, row, watching !== undefined),
      comment: body.comment ?? undefined,
      evidence: body.evidenceIds.map((evidenceId) => ({ phase, evidenceId })),
      fields,
      deadline,
      effects: { fields: effects, columns },
    });
    if (body.evidenceIds.length) {
      await attachEvidence(tx, ctx.actor, {
        caseId: id,
        cycle: moved.cycle,
        eventId: moved.eventId,
        evidenceIds: body.evidenceIds,
        phase,
      });
    }

    if (mergeTarget) {
      // A merge keeps every reporter: they follow the surviving case and hear of its outcome.
      const watchers = await tx.select().from(caseWatchers).where(eq(caseWatchers.caseId, id));
      if (watchers.length) {
        await tx
          .insert(caseWatchers)
          .values(watchers.map((w) => ({ caseId: mergeTarget!.id, accountId: w.accountId, reason: 'merged' as const })))
          .onConflictDoNothing();
      }
    }
    if (body.transition === 'order_suspension') await setEnterpriseStatus(tx, ctx, row.enterpriseId!, 'suspended');
    if (body.transition === 'apply_resumption') await openResumptionReview(tx, ctx, moved);
    if (body.transition === 'approve_resumption' || body.transition === 'refuse_resumption') {
      await closeResumptionReview(tx, ctx, moved, body.transition === 'approve_resumption' ? 'approve' : 'refuse');
      if (body.transition === 'approve_resumption') await setEnterpriseStatus(tx, ctx, row.enterpriseId!, 'operating');
    }

    await announce(tx, {
      row: moved,
      eventId: moved.eventId,
      type: 'hazard.transition',
      transition: body.transition,
      messageKey: body.transition === 'merge' ? 'NOTIFY.CASE_MERGED' : 'NOTIFY.CASE_TRANSITION',
      units: [moved.ownerUnit, moved.supervisorUnit, moved.listedUnit],
      watchers: TELL_WATCHERS.includes(body.transition),
      actorId: ctx.actor.accountId,
      now: ctx.now,
      ...(mergeTarget ? { extraParams: { target: mergeTarget.number } } : {}),
    });
    return id;
  });
}
