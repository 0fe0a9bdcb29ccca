import { type CheckSchedule, checkSlots, localDateOf, RISK_CHECK_WORKFLOW, shiftLocalDate } from '@redline/domain';
import { and, eq, inArray, isNotNull, isNull, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client';
import type { AuditWho } from '../audit/append-audit';
import { createCase } from '../cases/create-case';
import { cases } from '../cases/schema';
import { enterprises } from '../enterprises/schema';
import { riskEvents, riskMeasures } from './schema';

/** Any fixed number: one process opens runs at a time. */
export const OPEN_RUNS_LOCK = 7_144_250_006;

/** A local date-time of a run (`YYYY-MM-DDTHH:mm`, Asia/Shanghai, no daylight saving) as an instant. */
export const runInstant = (local: string) => new Date(`${local}:00+08:00`);

/** The town safety office of a region path (the enterprise's supervising office, as for its hazards). */
const townOffice = (regionPath: string) => {
  const codes = regionPath.split('/').filter(Boolean);
  return `region:${codes.find((c) => c.length === 9) ?? codes.at(-1)}`;
};

export type OpenRunsResult = { skipped: boolean; opened: number };

/**
 * Opens the check runs whose slot has begun (docs/decisions/005-risk-checks.md): for every measure with a schedule,
 * the runs of yesterday and today (local) that start by `now`, from the day the measure was adopted, each a
 * `risk_check` case owned by the enterprise and supervised by its town's office, due at the run's end. A run opened
 * before is not opened again (looked up, and guarded by a unique index). One transaction under an advisory lock.
 */
export async function openCheckRuns(db: Db, now: Date, options: { underPath?: string; lockKey?: number } = {}) {
  return db.transaction(async (tx): Promise<OpenRunsResult> => {
    const { rows } = await tx.execute<{ ok: boolean }>(
      sql`select pg_try_advisory_xact_lock(${options.lockKey ?? OPEN_RUNS_LOCK}) as ok`,
    );
    if (!rows[0]?.ok) return { skipped: true, opened: 0 };
    const under = options.underPath ? sql`${riskMeasures.regionPath} like ${`${options.underPath}%`}` : undefined;
    const measures = await tx
      .select({
        measure: riskMeasures,
        unitId: riskEvents.unitId,
        enterpriseRegion: enterprises.regionCode,
        sectorCodes: enterprises.sectorCodes,
      })
      .from(riskMeasures)
      .innerJoin(riskEvents, eq(riskEvents.id, riskMeasures.eventId))
      .innerJoin(enterprises, eq(enterprises.id, riskMeasures.enterpriseId))
      // An archived measure is no longer checked (archiving withdrew its due runs: edit.ts).
      .where(and(isNotNull(riskMeasures.schedule), isNull(riskMeasures.archivedAt), under));
    if (!measures.length) return { skipped: false, opened: 0 };
    const today = localDateOf(now);
    const nowLocal = `${today}T${new Date(now.getTime() + 8 * 3_600_000).toISOString().slice(11, 16)}`;
    const opened = await existingRuns(
      tx,
      measures.map((m) => m.measure.id),
      shiftLocalDate(today, -1),
    );
    const who: AuditWho = { actorId: null, requestId: 'scheduler', now };
    let count = 0;
    for (const { measure, unitId, enterpriseRegion, sectorCodes } of measures) {
      const start = localDateOf(measure.createdAt);
      const slots = checkSlots(
        { ...(measure.schedule as Omit<CheckSchedule, 'start'>), start },
        shiftLocalDate(today, -1),
        today,
      );
      if (!slots.ok) continue;
      for (const slot of slots.value) {
        if (slot.start > nowLocal || opened.has(`${measure.id}|${slot.start}`)) continue;
        await createCase(tx, who, {
          type: 'risk_check',
          workflow: RISK_CHECK_WORKFLOW,
          title: (measure.checkContent ?? measure.description).slice(0, 100),
          regionCode: enterpriseRegion,
          enterpriseId: measure.enterpriseId,
          sectorCode: sectorCodes[0] ?? null,
          ownerUnit: `enterprise:${measure.enterpriseId}`,
          supervisorUnit: townOffice(measure.regionPath),
          deadline: runInstant(slot.end),
          fields: {
            measureId: measure.id,
            eventId: measure.eventId,
            unitId,
            slotStart: slot.start,
            slotEnd: slot.end,
            post: measure.post,
          },
        });
        count++;
      }
    }
    return { skipped: false, opened: count };
  });
}

/** The runs already opened for these measures since a local date: `measureId|slotStart`. */
async function existingRuns(tx: Tx, measureIds: string[], since: string) {
  const rows = await tx
    .select({
      measureId: sql<string>`${cases.fields}->>'measureId'`,
      slotStart: sql<string>`${cases.fields}->>'slotStart'`,
    })
    .from(cases)
    .where(
      and(
        eq(cases.type, 'risk_check'),
        inArray(sql`${cases.fields}->>'measureId'`, measureIds),
        sql`${cases.fields}->>'slotStart' >= ${since}`,
      ),
    );
  return new Set(rows.map((r) => `${r.measureId}|${r.slotStart}`));
}
