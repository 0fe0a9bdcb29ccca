import {
  ACCIDENT_REPORT_WORKFLOW,
  type AccidentGrade,
  INVESTIGATION_WORKFLOW,
  investigatingLevel,
  investigationDeadline,
  REPORT_LEVELS,
  type ReportLevel,
  reportSteps,
} from '@redline/domain';
import { eq, sql } from 'drizzle-orm';
import type { Tx } from '../../db/client';
import { invalid } from '../../http/errors';
import { type AuditWho, appendAudit } from '../audit/append-audit';
import { createCase } from '../cases/create-case';
import { cases } from '../cases/schema';
import { announce } from '../hazards/announce';
import { gradingOf, investigationOf, type StepFields, stepFields } from './present';
import { investigatingPath } from './relations';
import { type AccidentRow, childrenOf, versionsOf } from './repo';
import { settingsFor } from './settings';

const LEVEL_ZH: Record<ReportLevel, string> = { county: '县级', city: '市级', province: '省级', state: '国务院' };

/** The safety office of the accident's region at a report level (`region:<code>`); the State Council has none here. */
export function unitAt(level: ReportLevel, regionPath: string): string | null {
  const codes = regionPath.split('/').filter(Boolean);
  const code =
    level === 'county'
      ? (codes[2] ?? codes.at(-1))
      : level === 'city'
        ? codes[1]
        : level === 'province'
          ? codes[0]
          : undefined;
  return code ? `region:${code}` : null;
}

/** Who must make a step's report: the unit to the county, then each level to the next (Art. 9–10). */
function stepUnits(level: ReportLevel, row: AccidentRow) {
  const below = REPORT_LEVELS[REPORT_LEVELS.indexOf(level) - 1];
  return {
    ownerUnit: below ? unitAt(below, row.regionPath) : row.enterpriseId ? `enterprise:${row.enterpriseId}` : null,
    supervisorUnit: unitAt(level, row.regionPath),
  };
}

/**
 * The investigation report's deadline from the accident, the limits of its grade in its region, and the approved
 * extension and appraisal days recorded on the investigation (Art. 28–29).
 */
export function investigationDue(
  occurredAt: Date,
  limits: { reportDays: number; maxExtensionDays: number; approvalDays: number },
  fields: Record<string, unknown>,
) {
  const due = investigationDeadline(occurredAt, limits, {
    extensionDays: typeof fields.extensionDays === 'number' ? fields.extensionDays : 0,
    appraisalDays: typeof fields.appraisalDays === 'number' ? fields.appraisalDays : 0,
  });
  if (!due.ok) {
    const { field, ...params } = due.error.params ?? {};
    throw invalid({ path: `fields.${String(field ?? 'extensionDays')}`, code: due.error.code, params });
  }
  return due.value;
}

/**
 * Brings an accident's derived cases in line with its figures as they stand at `who.now`, in the caller's
 * transaction: the grade (cases.level), the report steps its grade needs (a grade that rises adds the missing
 * levels, each with 2 hours from the rise at the earliest), the deadlines of steps not reported yet (each runs from
 * the report below it), and the investigation (opened on the first sync; its level, limits and deadline follow the
 * grade while it investigates). Every change leaves an audit entry.
 */
export async function syncAccident(tx: Tx, who: AuditWho, row: AccidentRow): Promise<AccidentGrade> {
  // One sync at a time per accident (a report, a step, a supplementary report and the scheduler's regrade may race).
  await tx.select({ id: cases.id }).from(cases).where(eq(cases.id, row.id)).for('update');
  const versions = (await versionsOf(tx, [row.id])).get(row.id)!;
  const children = (await childrenOf(tx, [row.id])).get(row.id)!;
  const { grade } = gradingOf(row, versions, who.now);
  if (row.level !== grade) {
    // The kernel keeps a case's level in its fields too (a transition reads it back from there).
    await tx
      .update(cases)
      .set({
        level: grade,
        fields: sql`jsonb_set(${cases.fields}, '{level}', to_jsonb(${grade}::text))`,
        updatedAt: who.now,
      })
      .where(eq(cases.id, row.id));
    await appendAudit(tx, who, {
      action: 'accident.grade',
      entity: 'case',
      entityId: row.id,
      before: { grade: row.level },
      after: { grade },
    });
  }

  const existing = new Map(
    children.filter((c) => c.type === 'accident_report').map((s) => [stepFields(s).reportLevel, s]),
  );
  const firstSync = existing.size === 0;
  const reportedAt: Partial<Record<ReportLevel, Date>> = {};
  const addedAt: Partial<Record<ReportLevel, Date>> = {};
  for (const [level, step] of existing) {
    const f = stepFields(step);
    if (f.reportedAt) reportedAt[level] = new Date(f.reportedAt);
    if (f.addedAt) addedAt[level] = new Date(f.addedAt);
  }
  const chainLevels = new Set(reportSteps(grade, row.occurredAt, {}, who.now).map((s) => s.level));
  for (const level of chainLevels) if (!existing.has(level) && !firstSync) addedAt[level] = who.now;
  // A grade that falls (a correction) leaves the levels above its chain without a duty: their clocks stop.
  for (const [level, step] of existing) {
    if (chainLevels.has(level) || step.state !== 'due' || step.deadline === null) continue;
    const fields = { ...step.fields, notRequired: true, deadline: step.deadline.toISOString() };
    await tx.update(cases).set({ deadline: null, fields, updatedAt: who.now }).where(eq(cases.id, step.id));
    await appendAudit(tx, who, {
      action: 'accident_report.not_required',
      entity: 'case',
      entityId: step.id,
      before: { deadline: step.deadline.toISOString() },
      after: { deadline: null, notRequired: true, grade },
    });
  }
  for (const step of reportSteps(grade, row.occurredAt, reportedAt, who.now, addedAt)) {
    const current = existing.get(step.level);
    if (!current) {
      const fields: StepFields = {
        reportLevel: step.level,
        ...(addedAt[step.level] ? { addedAt: who.now.toISOString() } : {}),
      };
      const created = await createCase(tx, who, {
        type: 'accident_report',
        workflow: ACCIDENT_REPORT_WORKFLOW,
        title: `${row.title} · 报送${LEVEL_ZH[step.level]}`,
        regionCode: row.regionCode,
        enterpriseId: row.enterpriseId,
        sectorCode: row.sectorCode,
        ...stepUnits(step.level, row),
        deadline: step.deadline,
        fields,
        parentId: row.id,
      });
      // Whoever must make this report hears of it at once, with its deadline.
      await announce(tx, {
        row: created,
        eventId: created.eventId,
        type: 'accident_report.created',
        messageKey: 'NOTIFY.CASE_ASSIGNED',
        units: [created.ownerUnit],
        actorId: who.actorId,
        now: who.now,
      });
    } else if (current.state === 'due' && current.deadline?.getTime() !== step.deadline.getTime()) {
      // Also a step required again after a fall and a new rise: its clock restarts.
      const { notRequired: _n, ...fields } = current.fields;
      await tx
        .update(cases)
        .set({ deadline: step.deadline, fields, updatedAt: who.now })
        .where(eq(cases.id, current.id));
      await appendAudit(tx, who, {
        action: 'accident_report.deadline',
        entity: 'case',
        entityId: current.id,
        before: { deadline: current.deadline?.toISOString() ?? null },
        after: { deadline: step.deadline.toISOString() },
      });
    }
  }

  const investigation = investigationOf(children);
  // The investigation moves up with the grade (Art. 20), never down.
  const stored = investigation?.fields.investigatingLevel as ReportLevel | undefined;
  const wanted = investigatingLevel(grade);
  const level = stored && REPORT_LEVELS.indexOf(stored) > REPORT_LEVELS.indexOf(wanted) ? stored : wanted;
  // The limits of the government that investigates, as it has set them for the accident's grade.
  const settings = await settingsFor(tx, investigatingPath(row.regionPath, level));
  const limits = settings.investigationLimits[grade];
  if (!investigation) {
    const created = await createCase(tx, who, {
      type: 'accident_investigation',
      workflow: INVESTIGATION_WORKFLOW,
      title: `${row.title} · 事故调查`,
      regionCode: row.regionCode,
      enterpriseId: row.enterpriseId,
      sectorCode: row.sectorCode,
      supervisorUnit: unitAt(level, row.regionPath),
      deadline: investigationDue(row.occurredAt, limits, {}),
      fields: { investigatingLevel: level, limits },
      parentId: row.id,
    });
    await announce(tx, {
      row: created,
      eventId: created.eventId,
      type: 'accident_investigation.created',
      messageKey: 'NOTIFY.CASE_ASSIGNED',
      units: [created.supervisorUnit],
      actorId: who.actorId,
      now: who.now,
    });
  } else if (investigation.state === 'investigating' && stored !== level) {
    // Locked and read again: a move on the investigation may have run since `children` was read.
    const [fresh] = await tx.select().from(cases).where(eq(cases.id, investigation.id)).for('update');
    const fields: Record<string, unknown> = { ...fresh!.fields, investigatingLevel: level, limits };
    // An extension already approved stays within what the new limits allow.
    const extensionDays = Math.min(Number(fields.extensionDays ?? 0), limits.maxExtensionDays);
    const deadline = investigationDue(row.occurredAt, limits, { ...fields, extensionDays });
    await tx
      .update(cases)
      .set({
        fields,
        deadline,
        supervisorUnit: unitAt(level, row.regionPath),
        version: sql`${cases.version} + 1`,
        updatedAt: who.now,
      })
      .where(eq(cases.id, investigation.id));
    await appendAudit(tx, who, {
      action: 'accident_investigation.level',
      entity: 'case',
      entityId: investigation.id,
      before: {
        investigatingLevel: investigation.fields.investigatingLevel,
        deadline: investigation.deadline?.toISOString(),
      },
      after: { investigatingLevel: level, deadline: deadline.toISOString() },
    });
  }
  return grade;
}
