import type { TRiskArchived } from '@redline/contracts';
import { RISK_CHECK_WORKFLOW } from '@redline/domain';
import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Tx } from '../../db/client';
import type { Ctx } from '../../http/context';
import { type AuditWho, appendAudit } from '../audit/append-audit';
import { whoOf } from '../audit/who';
import { cases } from '../cases/schema';
import { transitionCase } from '../cases/transition-case';
import type { Actor } from '../scope/actor';
import { assertMaintainer, eventInScope, measureInScope, unitInScope } from './repo';
import { riskEvents, riskMeasures, riskUnits } from './schema';

/**
 * Withdraws the check runs of these measures that are still due (the risk_check workflow's `withdraw`, through the
 * case kernel: timeline event and audit entry), so a check nobody owes any more never goes overdue. Returns how many.
 */
export async function withdrawRuns(tx: Tx, who: AuditWho, actor: Actor, measureIds: string[]) {
  if (!measureIds.length) return 0;
  const due = await tx
    .select({ id: cases.id, version: cases.version })
    .from(cases)
    .where(
      and(
        eq(cases.type, 'risk_check'),
        eq(cases.state, 'due'),
        inArray(sql`${cases.fields}->>'measureId'`, measureIds),
      ),
    );
  for (const run of due) {
    await transitionCase(tx, who, {
      caseId: run.id,
      workflow: RISK_CHECK_WORKFLOW,
      transition: 'withdraw',
      expectedVersion: run.version,
      actorRoles: actor.roles,
      actorRelations: [],
      effects: { fields: { withdrawnAt: who.now.toISOString() } },
    });
  }
  return due.length;
}

type Row = { id: string; archivedAt: Date | null };

/** Sets `archived_at` on rows of a table still in the register, one audit entry each; returns the rows archived. */
async function archiveRows<T extends Row>(
  tx: Tx,
  who: AuditWho,
  entity: 'risk_unit' | 'risk_event' | 'risk_measure',
  archive: () => Promise<T[]>,
) {
  const rows = await archive();
  for (const row of rows) {
    await appendAudit(tx, who, {
      action: `${entity}.archive`,
      entity,
      entityId: row.id,
      before: { archivedAt: null },
      after: { archivedAt: row.archivedAt },
    });
  }
  return rows;
}

async function archiveMeasuresOf(tx: Tx, who: AuditWho, eventIds: string[]) {
  if (!eventIds.length) return [];
  return archiveRows(tx, who, 'risk_measure', () =>
    tx
      .update(riskMeasures)
      .set({ archivedAt: who.now, updatedAt: who.now })
      .where(and(inArray(riskMeasures.eventId, eventIds), isNull(riskMeasures.archivedAt)))
      .returning(),
  );
}

/**
 * Takes a unit out of the register with its events and measures (kept for the records and runs that cite them), and
 * withdraws their due check runs. One transaction.
 */
export async function archiveUnit(ctx: Ctx, unitId: string): Promise<TRiskArchived> {
  assertMaintainer(ctx.actor);
  return ctx.db.transaction(async (tx) => {
    const who = whoOf(ctx);
    const unit = await unitInScope(tx, ctx.actor, unitId);
    await archiveRows(tx, who, 'risk_unit', () =>
      tx
        .update(riskUnits)
        .set({ archivedAt: who.now, updatedAt: who.now })
        .where(eq(riskUnits.id, unit.id))
        .returning(),
    );
    const events = await archiveRows(tx, who, 'risk_event', () =>
      tx
        .update(riskEvents)
        .set({ archivedAt: who.now, updatedAt: who.now })
        .where(and(eq(riskEvents.unitId, unit.id), isNull(riskEvents.archivedAt)))
        .returning(),
    );
    const measures = await archiveMeasuresOf(
      tx,
      who,
      events.map((e) => e.id),
    );
    const ids = measures.map((m) => m.id);
    const runsWithdrawn = await withdrawRuns(tx, who, ctx.actor, ids);
    return { units: 1, events: events.length, measures: ids.length, runsWithdrawn };
  });
}

/** Takes an event out of the register with its measures, and withdraws their due check runs. */
export async function archiveEvent(ctx: Ctx, eventId: string): Promise<TRiskArchived> {
  assertMaintainer(ctx.actor);
  return ctx.db.transaction(async (tx) => {
    const who = whoOf(ctx);
    const event = await eventInScope(tx, ctx.actor, eventId);
    await archiveRows(tx, who, 'risk_event', () =>
      tx
        .update(riskEvents)
        .set({ archivedAt: who.now, updatedAt: who.now })
        .where(eq(riskEvents.id, event.id))
        .returning(),
    );
    const ids = (await archiveMeasuresOf(tx, who, [event.id])).map((m) => m.id);
    const runsWithdrawn = await withdrawRuns(tx, who, ctx.actor, ids);
    return { units: 0, events: 1, measures: ids.length, runsWithdrawn };
  });
}

/** Takes a measure out of the register and withdraws its due check runs. */
export async function archiveMeasure(ctx: Ctx, measureId: string): Promise<TRiskArchived> {
  assertMaintainer(ctx.actor);
  return ctx.db.transaction(async (tx) => {
    const who = whoOf(ctx);
    const measure = await measureInScope(tx, ctx.actor, measureId);
    await archiveRows(tx, who, 'risk_measure', () =>
      tx
        .update(riskMeasures)
        .set({ archivedAt: who.now, updatedAt: who.now })
        .where(eq(riskMeasures.id, measure.id))
        .returning(),
    );
    const runsWithdrawn = await withdrawRuns(tx, who, ctx.actor, [measure.id]);
    return { units: 0, events: 0, measures: 1, runsWithdrawn };
  });
}
