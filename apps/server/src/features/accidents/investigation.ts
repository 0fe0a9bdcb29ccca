import type { TInvestigationTransition } from '@redline/contracts';
import {
  ACCIDENT_WORKFLOW,
  approvalDeadline,
  INVESTIGATION_REPORT_SECTIONS,
  INVESTIGATION_WORKFLOW,
  type InvestigationLimits,
  type NoLetsGo,
  openNoLetsGo,
  type ReportLevel,
} from '@redline/domain';
import { and, eq } from 'drizzle-orm';
import type { Ctx } from '../../http/context';
import { AppError, invalid, notFound } from '../../http/errors';
import { whoOf } from '../audit/who';
import { cases } from '../cases/schema';
import { transitionCase } from '../cases/transition-case';
import { attachEvidence } from '../evidence/attach-evidence';
import { investigationDue } from './chain';
import { investigationRelations } from './relations';
import { findAccident } from './repo';

const add = (a: unknown, b: unknown) => (typeof a === 'number' ? a : 0) + (typeof b === 'number' ? b : 0);

/**
 * The fields each move may submit: a move writes only its own (an extension's days and approval, the appraisal's
 * days, the report's sections …), so no move changes what another one records.
 */
const FIELDS_OF: Record<string, readonly string[]> = {
  set_team: ['teamLeader', 'teamMembers'],
  extend: ['extensionDays', 'extensionApprovedBy'],
  record_appraisal: ['appraisalDays'],
  submit_report: ['teamLeader', ...INVESTIGATION_REPORT_SECTIONS],
  approve: ['approvalDocument'],
  return_report: [],
  record_no_lets_go: ['noLetsGo'],
  close: ['noLetsGo'],
};
/** Moves whose fields must come with this request, not from what is stored: each extension needs its own approval. */
const FRESH = ['extend', 'record_appraisal'];

/**
 * A move on an accident's investigation (Decree 493 Art. 19–32). Extensions and appraisal days add up and move the
 * report deadline (the extensions together at most the grade's maximum, ACCIDENT.EXTENSION_TOO_LONG); submitting the
 * report starts the approval clock (15 days, 30 for 特别重大); a returned report goes back under the report
 * deadline; closing needs the four no-lets-go complete (ACCIDENT.NO_LETS_GO_OPEN) and closes the accident too.
 */
export async function transitionInvestigation(ctx: Ctx, accidentId: string, body: TInvestigationTransition) {
  return ctx.db.transaction(async (tx) => {
    const row = await findAccident(tx, ctx.actor, accidentId);
    if (!row) throw notFound();
    const [investigation] = await tx
      .select()
      .from(cases)
      .where(and(eq(cases.parentId, row.id), eq(cases.type, 'accident_investigation')));
    if (!investigation) throw notFound();
    const stored = investigation.fields;
    const limits = stored.limits as InvestigationLimits;
    const input = Object.fromEntries(Object.entries(body.fields).filter(([, v]) => v !== undefined && v !== null));
    const allowed = FIELDS_OF[body.transition] ?? [];
    const foreign = Object.keys(input).filter((field) => !allowed.includes(field));
    if (foreign.length)
      throw invalid(...foreign.map((f) => ({ path: `fields.${f}`, code: 'VALIDATION.UNKNOWN_FIELD' })));
    if (FRESH.includes(body.transition)) {
      const missing = allowed.filter((field) => input[field] === undefined || input[field] === '');
      if (missing.length)
        throw new AppError('CASE.FIELDS_REQUIRED', { fields: missing.map((f) => `@field.${f}`).join(',') });
    }
    const effects: Record<string, unknown> = {};
    if (input.noLetsGo)
      effects.noLetsGo = { ...(stored.noLetsGo as object | undefined), ...(input.noLetsGo as object) };
    for (const field of ['extensionDays', 'appraisalDays'] as const) {
      const days = input[field];
      if (days !== undefined && (!Number.isInteger(days) || (days as number) < 0)) {
        throw invalid({ path: `fields.${field}`, code: 'ACCIDENT.DAYS_INVALID' });
      }
    }
    let deadline: Date | undefined;
    switch (body.transition) {
      case 'extend':
        effects.extensionDays = add(stored.extensionDays, input.extensionDays);
        deadline = investigationDue(row.occurredAt, limits, { ...stored, ...effects });
        break;
      case 'record_appraisal':
        effects.appraisalDays = add(stored.appraisalDays, input.appraisalDays);
        deadline = investigationDue(row.occurredAt, limits, { ...stored, ...effects });
        break;
      case 'submit_report':
        effects.reportSubmittedAt = ctx.now.toISOString();
        deadline = approvalDeadline(ctx.now, limits);
        break;
      case 'return_report':
        deadline = investigationDue(row.occurredAt, limits, stored);
        break;
      case 'approve':
        effects.approvedAt = ctx.now.toISOString();
        break;
      case 'close': {
        const open = openNoLetsGo((effects.noLetsGo ?? stored.noLetsGo ?? {}) as Partial<Record<NoLetsGo, boolean>>);
        if (open.length)
          throw new AppError('ACCIDENT.NO_LETS_GO_OPEN', { items: open.map((i) => `@noLetsGo.${i}`).join(',') });
        break;
      }
    }
    const moved = await transitionCase(tx, whoOf(ctx), {
      caseId: investigation.id,
      workflow: INVESTIGATION_WORKFLOW,
      transition: body.transition,
      expectedVersion: body.version,
      actorRoles: ctx.actor.roles,
      actorRelations: investigationRelations(ctx.actor, row.regionPath, stored.investigatingLevel as ReportLevel),
      comment: body.comment ?? undefined,
      evidence: body.evidenceIds.map((evidenceId) => ({ phase: 'other' as const, evidenceId })),
      fields: input,
      deadline,
      effects: { fields: effects },
    });
    if (body.evidenceIds.length) {
      await attachEvidence(tx, ctx.actor, {
        caseId: investigation.id,
        cycle: moved.cycle,
        eventId: moved.eventId,
        evidenceIds: body.evidenceIds,
        phase: 'other',
      });
    }
    if (body.transition === 'close') {
      await transitionCase(tx, whoOf(ctx), {
        caseId: row.id,
        workflow: ACCIDENT_WORKFLOW,
        transition: 'close',
        expectedVersion: row.version,
        actorRoles: ctx.actor.roles,
        actorRelations: [],
        comment: `调查结案 ${investigation.number}`,
      });
    }
    return row.id;
  });
}
