import {
  ACCIDENT_WORKFLOW,
  availableTransitions,
  INVESTIGATION_WORKFLOW,
  type NoLetsGo,
  openNoLetsGo,
  type ReportLevel,
} from '@redline/domain';
import type { Ctx } from '../../http/context';
import { notFound } from '../../http/errors';
import { caseTimeline } from '../cases/timeline';
import { gradingOf, investigationOf, presentAccident, presentStep } from './present';
import { investigationRelations } from './relations';
import { childrenOf, findAccident, versionsOf } from './repo';

/**
 * One accident with what its page shows, as of `asOf` (now when omitted): the figures and grade in force then, every
 * casualty version, the reporting chain with deadlines and late flags, the investigation with the moves the caller
 * may take, and the timeline of the accident and its steps and investigation.
 */
export async function getAccident(ctx: Ctx, id: string, asked: Date = ctx.now) {
  // A day asked for means its end, but never beyond now: the missing count as dead only once their window has closed.
  const asOf = new Date(Math.min(asked.getTime(), ctx.now.getTime()));
  const row = await findAccident(ctx.db, ctx.actor, id);
  if (!row) throw notFound();
  const [versions, children] = await Promise.all([
    versionsOf(ctx.db, [id]).then((m) => m.get(id)!),
    childrenOf(ctx.db, [id]).then((m) => m.get(id)!),
  ]);
  const events = await caseTimeline(ctx.db, [id, ...children.map((c) => c.id)]);
  const numbers = new Map([[row.id, row.number], ...children.map((c) => [c.id, c.number] as const)]);
  const investigation = investigationOf(children);
  const roles = ctx.actor.roles;
  return {
    ...presentAccident(row, versions, children, asOf, ctx.now),
    fields: row.fields,
    reportSteps: children.filter((c) => c.type === 'accident_report').map((s) => presentStep(s, ctx.now, roles)),
    versions: versions.map((v) => ({
      ...gradingOf(row, [v], v.effectiveAt).casualties,
      seq: v.seq,
      effectiveAt: v.effectiveAt.toISOString(),
      note: v.note,
      actorName: v.actorName,
      grade: gradingOf(row, [v], v.effectiveAt).grade,
    })),
    investigationDetail: investigation
      ? {
          id: investigation.id,
          number: investigation.number,
          state: investigation.state as 'investigating',
          version: investigation.version,
          level: investigation.fields.investigatingLevel as 'county',
          deadline: investigation.deadline?.toISOString() ?? null,
          overdue: investigation.deadline !== null && investigation.deadline.getTime() < ctx.now.getTime(),
          limits: investigation.fields.limits as { reportDays: number; maxExtensionDays: number; approvalDays: number },
          fields: investigation.fields,
          openNoLetsGo: openNoLetsGo((investigation.fields.noLetsGo ?? {}) as Partial<Record<NoLetsGo, boolean>>),
          actions: availableTransitions(
            INVESTIGATION_WORKFLOW,
            investigation.state,
            roles,
            investigationRelations(ctx.actor, row.regionPath, investigation.fields.investigatingLevel as ReportLevel),
          ).map((t) => ({
            name: t.name,
            to: t.to ?? investigation.state,
            requires: t.requires ?? [],
          })),
        }
      : null,
    actions: availableTransitions(ACCIDENT_WORKFLOW, row.state, roles, [])
      .filter((t) => t.name === 'supplement')
      .map((t) => t.name),
    timeline: events.map((e) => ({ ...e, caseNumber: numbers.get(e.caseId) })),
  };
}
