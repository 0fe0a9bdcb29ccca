import type { TReportStepTransition } from '@redline/contracts';
import { ACCIDENT_REPORT_WORKFLOW, REPORT_LEVELS, type ReportLevel } from '@redline/domain';
import { and, eq } from 'drizzle-orm';
import type { Tx } from '../../db/client';
import type { Ctx } from '../../http/context';
import { invalid, notFound } from '../../http/errors';
import { accounts } from '../accounts/schema';
import { whoOf } from '../audit/who';
import { cases } from '../cases/schema';
import { transitionCase } from '../cases/transition-case';
import { attachEvidence } from '../evidence/attach-evidence';
import { syncAccident } from './chain';
import { type StepFields, stepFields } from './present';
import { type AccidentRow, findAccident } from './repo';

type ReportInput = { reportedAt: Date; recipient: string | null; version?: number };

/**
 * Records that a step's report reached its level at `reportedAt` (not before the accident, not in the future); it is
 * late (迟报) when that is after the step's deadline. The step keeps its deadline in its fields, as the clock stops.
 */
async function reportStep(tx: Tx, ctx: Ctx, row: AccidentRow, step: typeof cases.$inferSelect, input: ReportInput) {
  const at = input.reportedAt;
  // A level cannot have the report before the level below had it (the county: before it learned of the accident).
  const level = stepFields(step).reportLevel;
  const below = REPORT_LEVELS[REPORT_LEVELS.indexOf(level) - 1];
  const siblings = below
    ? await tx
        .select()
        .from(cases)
        .where(and(eq(cases.parentId, row.id), eq(cases.type, 'accident_report')))
    : [];
  const belowAt = siblings.map(stepFields).find((f) => f.reportLevel === below)?.reportedAt;
  const earliest = Math.max(row.occurredAt.getTime(), belowAt ? new Date(belowAt).getTime() : 0);
  if (at.getTime() < earliest || at.getTime() > ctx.now.getTime()) {
    throw invalid({ path: 'reportedAt', code: 'ACCIDENT.REPORTED_OUT_OF_RANGE' });
  }
  const deadline = step.deadline!;
  await transitionCase(tx, whoOf(ctx), {
    caseId: step.id,
    workflow: ACCIDENT_REPORT_WORKFLOW,
    transition: 'report',
    expectedVersion: input.version ?? step.version,
    actorRoles: ctx.actor.roles,
    actorRelations: [],
    effects: {
      fields: {
        reportedAt: at.toISOString(),
        deadline: deadline.toISOString(),
        late: at.getTime() > deadline.getTime(),
        ...(input.recipient ? { recipient: input.recipient } : {}),
      },
    },
  });
  await syncAccident(tx, whoOf(ctx), (await findAccident(tx, ctx.actor, row.id))!);
}

async function findStep(tx: Tx, accidentId: string, where: ReturnType<typeof eq>) {
  const [step] = await tx
    .select()
    .from(cases)
    .where(and(eq(cases.parentId, accidentId), eq(cases.type, 'accident_report'), where));
  return step;
}

/** Reports the step of `level` (used when registering an accident: the county learned of it then). */
export async function reportStepAt(tx: Tx, ctx: Ctx, row: AccidentRow, level: ReportLevel, input: ReportInput) {
  const steps = await tx
    .select()
    .from(cases)
    .where(and(eq(cases.parentId, row.id), eq(cases.type, 'accident_report')));
  const step = steps.find((s) => stepFields(s).reportLevel === level);
  if (step) await reportStep(tx, ctx, row, step, input);
}

/**
 * A move on one step of an accident's reporting chain: `report` (when the report reached the level), or
 * `mark_irregularity` (an investigator's finding of 漏报, 谎报 or 瞒报, with a reason and evidence, kept on the step).
 */
export async function transitionStep(ctx: Ctx, accidentId: string, stepId: string, body: TReportStepTransition) {
  return ctx.db.transaction(async (tx) => {
    const row = await findAccident(tx, ctx.actor, accidentId);
    if (!row) throw notFound();
    const step = await findStep(tx, row.id, eq(cases.id, stepId));
    if (!step) throw notFound();
    if (body.transition === 'report') {
      await reportStep(tx, ctx, row, step, {
        reportedAt: body.reportedAt ? new Date(body.reportedAt) : ctx.now,
        recipient: body.recipient ?? null,
        version: body.version,
      });
      return row.id;
    }
    const [actor] = await tx
      .select({ name: accounts.displayName })
      .from(accounts)
      .where(eq(accounts.id, ctx.actor.accountId));
    const previous = (stepFields(step).irregularities ?? []) as NonNullable<StepFields['irregularities']>;
    const finding = body.irregularity
      ? [
          ...previous,
          {
            kind: body.irregularity,
            comment: body.comment ?? '',
            at: ctx.now.toISOString(),
            actorName: actor?.name ?? null,
          },
        ]
      : previous;
    const moved = await transitionCase(tx, whoOf(ctx), {
      caseId: step.id,
      workflow: ACCIDENT_REPORT_WORKFLOW,
      transition: 'mark_irregularity',
      expectedVersion: body.version,
      actorRoles: ctx.actor.roles,
      actorRelations: [],
      comment: body.comment ?? undefined,
      evidence: body.evidenceIds.map((evidenceId) => ({ phase: 'other' as const, evidenceId })),
      fields: body.irregularity ? { irregularity: body.irregularity } : {},
      effects: { fields: { irregularities: finding } },
    });
    await attachEvidence(tx, ctx.actor, {
      caseId: step.id,
      cycle: moved.cycle,
      eventId: moved.eventId,
      evidenceIds: body.evidenceIds,
      phase: 'other',
    });
    return row.id;
  });
}
