import { availableTransitions, HAZARD_WORKFLOW } from '@redline/domain';
import { and, eq } from 'drizzle-orm';
import type { Ctx } from '../../http/context';
import { notFound } from '../../http/errors';
import { cases, caseWatchers } from '../cases/schema';
import { caseTimeline } from '../cases/timeline';
import { listCaseEvidence } from '../evidence/attach-evidence';
import { blockedByStoredFields } from './field-rules';
import { presentHazard } from './present';
import { findHazard } from './repo';
import { relationsOf } from './units';

/**
 * One hazard with what its page shows: the timeline of every cycle (actor names, from → to, comments, clock
 * events), the evidence (before/after, reuse flags), linked cases (a resumption review, merged duplicates), and the
 * transitions this actor may take now with what each requires, so the UI shows only the buttons that work.
 */
export async function getHazard(ctx: Ctx, id: string) {
  const row = await findHazard(ctx.db, ctx.actor, id);
  if (!row) throw notFound();
  const [events, evidence, watching, linked] = await Promise.all([
    caseTimeline(ctx.db, [id]),
    listCaseEvidence(ctx.db, id, ctx.actor),
    ctx.db
      .select()
      .from(caseWatchers)
      .where(and(eq(caseWatchers.caseId, id), eq(caseWatchers.accountId, ctx.actor.accountId))),
    ctx.db
      .select({ id: cases.id, number: cases.number, type: cases.type, state: cases.state, deadline: cases.deadline })
      .from(cases)
      .where(eq(cases.parentId, id)),
  ]);
  const relations = relationsOf(ctx.actor, row, watching.length > 0);
  const mergedHere = await ctx.db
    .select({ id: cases.id, number: cases.number, title: cases.title })
    .from(cases)
    .where(eq(cases.mergedIntoId, id));
  return {
    ...presentHazard(row, ctx.now),
    relations,
    actions: availableTransitions(HAZARD_WORKFLOW, row.state, ctx.actor.roles, relations)
      .filter((t) => !blockedByStoredFields(t, { ...(row.level ? { level: row.level } : {}), ...row.fields }, ctx.now))
      .map((t) => ({
        name: t.name,
        to: t.to ?? row.state,
        requires: t.requires ?? [],
      })),
    timeline: events,
    evidence,
    linkedCases: linked.map((c) => ({ ...c, deadline: c.deadline?.toISOString() ?? null })),
    mergedHere,
  };
}
