import type { TRiskEventInput, TRiskMeasureInput, TRiskUnitInput } from '@redline/contracts';
import { type Assessment, checkSlots, localDateOf, RISK_LIBRARY } from '@redline/domain';
import type { Tx } from '../../db/client';
import type { Ctx } from '../../http/context';
import { invalid } from '../../http/errors';
import { type AuditWho, appendAudit } from '../audit/append-audit';
import { whoOf } from '../audit/who';
import { gradeBoth } from './assessments';
import { assertMaintainer, eventInScope, registerEnterprise, unitInScope } from './repo';
import { riskEvents, riskMeasures, riskUnits } from './schema';
import { riskSettingsFor } from './settings';

type Place = { enterpriseId: string; regionPath: string };

export async function insertUnit(
  tx: Tx,
  who: AuditWho,
  place: Place,
  input: TRiskUnitInput,
  libraryKey: string | null = null,
) {
  const [row] = await tx
    .insert(riskUnits)
    .values({
      ...place,
      objectName: input.objectName,
      name: input.name,
      kind: input.kind,
      department: input.department ?? null,
      responsiblePerson: input.responsiblePerson ?? null,
      locationText: input.locationText ?? null,
      hazardFactors: input.hazardFactors,
      accidentTypes: input.accidentTypes,
      libraryKey,
      createdAt: who.now,
      updatedAt: who.now,
    })
    .returning();
  await appendAudit(tx, who, { action: 'risk_unit.create', entity: 'risk_unit', entityId: row!.id, after: row });
  return row!;
}

export async function insertEvent(
  tx: Tx,
  who: AuditWho,
  place: Place & { unitId: string },
  input: TRiskEventInput,
  libraryKey: string | null = null,
) {
  // Graded under the enterprise's region's settings (settings.ts); the levels are stored, so a later change of the
  // settings applies to new and re-assessed events only.
  const settings = await riskSettingsFor(tx, place.regionPath);
  const { inherent, residual } = gradeBoth(input.inherent as Assessment, input.residual as Assessment | null, settings);
  const [row] = await tx
    .insert(riskEvents)
    .values({
      ...place,
      name: input.name,
      inherent: input.inherent,
      inherentScore: inherent.score,
      inherentLevel: inherent.level,
      residual: input.residual ?? null,
      residualScore: residual?.score ?? null,
      residualLevel: residual?.level ?? null,
      libraryKey,
      createdAt: who.now,
      updatedAt: who.now,
    })
    .returning();
  await appendAudit(tx, who, { action: 'risk_event.create', entity: 'risk_event', entityId: row!.id, after: row });
  return row!;
}

/** A check schedule that yields runs (working hours that make sense, not too many a day), else 400 on its field. */
export function assertSchedule(schedule: NonNullable<TRiskMeasureInput['schedule']>, now: Date) {
  const today = localDateOf(now);
  const slots = checkSlots({ ...schedule, start: today }, today, today);
  if (!slots.ok) {
    const { field, ...params } = slots.error.params ?? {};
    throw invalid({ path: `schedule.${String(field ?? 'cycle')}`, code: slots.error.code, params });
  }
}

export async function insertMeasure(
  tx: Tx,
  who: AuditWho,
  place: Place & { eventId: string },
  input: TRiskMeasureInput,
  libraryKey: string | null = null,
) {
  if (input.schedule) assertSchedule(input.schedule, who.now);
  const [row] = await tx
    .insert(riskMeasures)
    .values({
      ...place,
      description: input.description,
      classify: input.classify,
      checkContent: input.checkContent ?? null,
      schedule: input.schedule ?? null,
      post: input.post ?? null,
      libraryKey,
      createdAt: who.now,
      updatedAt: who.now,
    })
    .returning();
  await appendAudit(tx, who, { action: 'risk_measure.create', entity: 'risk_measure', entityId: row!.id, after: row });
  return row!;
}

/** Adds a risk unit to an enterprise's register (its own accounts, or an administrator). */
export async function createUnit(ctx: Ctx, enterpriseId: string, input: TRiskUnitInput) {
  assertMaintainer(ctx.actor);
  return ctx.db.transaction(async (tx) => {
    const enterprise = await registerEnterprise(tx, ctx.actor, enterpriseId);
    return insertUnit(tx, whoOf(ctx), { enterpriseId: enterprise.id, regionPath: enterprise.regionPath }, input);
  });
}

/** Adds a risk event to a unit, its inherent and residual risk graded (§4.2–4.3). */
export async function createEvent(ctx: Ctx, unitId: string, input: TRiskEventInput) {
  assertMaintainer(ctx.actor);
  return ctx.db.transaction(async (tx) => {
    const unit = await unitInScope(tx, ctx.actor, unitId);
    return insertEvent(
      tx,
      whoOf(ctx),
      { enterpriseId: unit.enterpriseId, regionPath: unit.regionPath, unitId: unit.id },
      input,
    );
  });
}

/** Adds a control measure to an event, with its check schedule checked. */
export async function createMeasure(ctx: Ctx, eventId: string, input: TRiskMeasureInput) {
  assertMaintainer(ctx.actor);
  return ctx.db.transaction(async (tx) => {
    const event = await eventInScope(tx, ctx.actor, eventId);
    return insertMeasure(
      tx,
      whoOf(ctx),
      { enterpriseId: event.enterpriseId, regionPath: event.regionPath, eventId: event.id },
      input,
    );
  });
}

/**
 * Copies a sector of the starter library into an enterprise's register: every unit, event (its typical inherent risk)
 * and measure (with its check schedule), each remembering its library key. One transaction.
 */
export async function copyLibrary(ctx: Ctx, enterpriseId: string, sectorCode: string) {
  assertMaintainer(ctx.actor);
  const sector = RISK_LIBRARY.find((s) => s.code === sectorCode)!;
  return ctx.db.transaction(async (tx) => {
    const enterprise = await registerEnterprise(tx, ctx.actor, enterpriseId);
    const who = whoOf(ctx);
    const place = { enterpriseId: enterprise.id, regionPath: enterprise.regionPath };
    let counts = { units: 0, events: 0, measures: 0 };
    for (const u of sector.units) {
      const unit = await insertUnit(
        tx,
        who,
        place,
        {
          objectName: u.objectZh,
          name: u.nameZh,
          kind: u.kind,
          hazardFactors: [...u.hazardFactors],
          accidentTypes: [...u.accidentTypes],
        },
        u.key,
      );
      counts = { ...counts, units: counts.units + 1 };
      for (const e of u.events) {
        const event = await insertEvent(
          tx,
          who,
          { ...place, unitId: unit.id },
          { name: e.nameZh, inherent: e.assessment },
          e.key,
        );
        counts = { ...counts, events: counts.events + 1 };
        for (const m of e.measures) {
          await insertMeasure(
            tx,
            who,
            { ...place, eventId: event.id },
            {
              description: m.descriptionZh,
              classify: m.classify,
              checkContent: m.checkContent,
              schedule: { ...m.schedule },
              post: m.post,
            },
            m.key,
          );
          counts = { ...counts, measures: counts.measures + 1 };
        }
      }
    }
    return counts;
  });
}
