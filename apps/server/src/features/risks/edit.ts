import type { TRiskEventPatch, TRiskMeasurePatch, TRiskUnitPatch } from '@redline/contracts';
import type { Assessment } from '@redline/domain';
import { eq } from 'drizzle-orm';
import type { Ctx } from '../../http/context';
import { appendAudit } from '../audit/append-audit';
import { whoOf } from '../audit/who';
import { withdrawRuns } from './archive';
import { gradeBoth } from './assessments';
import { assertMaintainer, eventInScope, measureInScope, unitInScope } from './repo';
import { riskEvents, riskMeasures, riskUnits } from './schema';
import { riskSettingsFor } from './settings';
import { assertSchedule } from './write';

/** The given fields only (`undefined` = not sent; `null` clears a field). */
const given = <T extends Record<string, unknown>>(patch: T) =>
  Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) as Partial<T>;

/** Changes a unit's description (its own enterprise or an administrator; last write wins, audited). */
export async function updateUnit(ctx: Ctx, unitId: string, patch: TRiskUnitPatch) {
  assertMaintainer(ctx.actor);
  return ctx.db.transaction(async (tx) => {
    const before = await unitInScope(tx, ctx.actor, unitId);
    const [after] = await tx
      .update(riskUnits)
      .set({ ...given(patch), updatedAt: ctx.now })
      .where(eq(riskUnits.id, before.id))
      .returning();
    await appendAudit(tx, whoOf(ctx), {
      action: 'risk_unit.update',
      entity: 'risk_unit',
      entityId: before.id,
      before,
      after,
    });
    return after!;
  });
}

/**
 * Changes an event; a re-assessment (new inherent or residual factors, or `residual: null`) re-grades it, and the
 * assessment left as it was is graded again too, so both follow the grading in force (§4.2–4.3).
 */
export async function updateEvent(ctx: Ctx, eventId: string, patch: TRiskEventPatch) {
  assertMaintainer(ctx.actor);
  return ctx.db.transaction(async (tx) => {
    const before = await eventInScope(tx, ctx.actor, eventId);
    const inherent = (patch.inherent ?? before.inherent) as Assessment;
    const residual = (patch.residual === undefined ? before.residual : patch.residual) as Assessment | null;
    const grades = gradeBoth(inherent, residual, await riskSettingsFor(tx, before.regionPath));
    const [after] = await tx
      .update(riskEvents)
      .set({
        ...(patch.name ? { name: patch.name } : {}),
        inherent,
        inherentScore: grades.inherent.score,
        inherentLevel: grades.inherent.level,
        residual,
        residualScore: grades.residual?.score ?? null,
        residualLevel: grades.residual?.level ?? null,
        updatedAt: ctx.now,
      })
      .where(eq(riskEvents.id, before.id))
      .returning();
    await appendAudit(tx, whoOf(ctx), {
      action: 'risk_event.update',
      entity: 'risk_event',
      entityId: before.id,
      before,
      after,
    });
    return after!;
  });
}

/**
 * Changes a measure; a new schedule is checked like a new measure's. `schedule: null` stops its checks: the runs
 * still due are withdrawn in the same transaction, so none goes overdue.
 */
export async function updateMeasure(ctx: Ctx, measureId: string, patch: TRiskMeasurePatch) {
  assertMaintainer(ctx.actor);
  if (patch.schedule) assertSchedule(patch.schedule, ctx.now);
  return ctx.db.transaction(async (tx) => {
    const before = await measureInScope(tx, ctx.actor, measureId);
    const [after] = await tx
      .update(riskMeasures)
      .set({ ...given(patch), updatedAt: ctx.now })
      .where(eq(riskMeasures.id, before.id))
      .returning();
    const who = whoOf(ctx);
    await appendAudit(tx, who, {
      action: 'risk_measure.update',
      entity: 'risk_measure',
      entityId: before.id,
      before,
      after,
    });
    if (patch.schedule === null && before.schedule !== null) await withdrawRuns(tx, who, ctx.actor, [before.id]);
    return after!;
  });
}
