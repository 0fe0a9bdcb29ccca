import { checkTransition, type EvidencePhase, type Workflow } from '@redline/domain';
import { and, eq } from 'drizzle-orm';
import type { Tx } from '../../db/client';
import { notFound } from '../../http/errors';
import { type AuditWho, appendAudit } from '../audit/append-audit';
import { caseError } from './case-errors';
import { caseEvents, cases } from './schema';

export type TransitionCaseInput = {
  caseId: string;
  workflow: Workflow;
  transition: string;
  expectedVersion: number;
  actorRoles: string[];
  /** How the actor stands to this case (owner, supervisor, reporter), computed by the caller from its unit. */
  actorRelations: string[];
  comment?: string;
  evidence?: Array<{ phase: EvidencePhase } & Record<string, unknown>>;
  fields?: Record<string, unknown>;
  deadline?: Date;
  /**
   * What the case type's service sets once the transition is allowed (not checked as requirements): fields the
   * user may not submit (e.g. `suspension`) and kernel columns (supervising unit after a transfer, listing, merge).
   */
  effects?: { fields?: Record<string, unknown>; columns?: CaseColumnEffects };
};

export type CaseColumnEffects = Partial<
  Pick<CaseRow, 'supervisorUnit' | 'ownerUnit' | 'ownerAccountId' | 'listedUnit' | 'listedAt' | 'mergedIntoId'>
>;

type CaseRow = typeof cases.$inferSelect;

/**
 * The deadline after a move: a given one wins; otherwise it is kept while the same clock runs and cleared when the
 * clock changes (rectification done → its deadline no longer applies; terminal states run no clock).
 */
function nextDeadline(workflow: Workflow, row: CaseRow, to: string, given: Date | undefined): Date | null {
  if (given) return given;
  const before = workflow.states[row.state]?.clock ?? null;
  const after = workflow.states[to]?.clock ?? null;
  return after !== null && after === before ? row.deadline : null;
}

const snapshot = (row: CaseRow) => ({
  state: row.state,
  version: row.version,
  cycle: row.cycle,
  level: row.level,
  deadline: row.deadline?.toISOString() ?? null,
  fields: row.fields,
});

/**
 * Takes a workflow transition in the caller's transaction: locks the case, lets the domain decide, then writes the
 * new state, a timeline event and an audit entry. The update also names the expected version, so even without the
 * row lock two racing transitions could not both succeed; the loser gets 409 CASE.STALE_VERSION.
 * Leaving a terminal state (reopen) starts a new cycle, so earlier cycles' timelines stay as they were.
 */
export async function transitionCase(tx: Tx, who: AuditWho, input: TransitionCaseInput) {
  const [row] = await tx.select().from(cases).where(eq(cases.id, input.caseId)).for('update');
  if (!row) throw notFound();
  const fields: Record<string, unknown> = {
    ...(row.level ? { level: row.level } : {}),
    ...row.fields,
    ...input.fields,
  };
  const checked = checkTransition(input.workflow, row, {
    transition: input.transition,
    expectedVersion: input.expectedVersion,
    actorRoles: input.actorRoles,
    actorRelations: input.actorRelations,
    comment: input.comment,
    evidence: input.evidence,
    fields,
    deadline: input.deadline,
    now: who.now,
  });
  if (!checked.ok) throw caseError(checked.error, row);
  const to = checked.value.to;
  Object.assign(fields, input.effects?.fields);
  const reopened = input.workflow.states[row.state]?.terminal === true && !input.workflow.states[to]?.terminal;
  const [updated] = await tx
    .update(cases)
    .set({
      state: to,
      version: row.version + 1,
      cycle: reopened ? row.cycle + 1 : row.cycle,
      deadline: nextDeadline(input.workflow, row, to, input.deadline),
      level: typeof fields.level === 'string' ? fields.level : row.level,
      fields,
      ...input.effects?.columns,
      updatedAt: who.now,
    })
    .where(and(eq(cases.id, row.id), eq(cases.version, input.expectedVersion)))
    .returning();
  if (!updated) throw caseError({ code: 'CASE.STALE_VERSION', params: { current: row.version } }, row);
  const inserted = await tx
    .insert(caseEvents)
    .values({
      caseId: updated.id,
      cycle: updated.cycle,
      at: who.now,
      actorId: who.actorId,
      kind: 'transition',
      transition: input.transition,
      fromState: row.state,
      toState: to,
      comment: input.comment ?? null,
      data: {
        previousDeadline: row.deadline?.toISOString() ?? null,
        ...(input.evidence ? { evidence: input.evidence } : {}),
        ...(input.fields ? { fields: input.fields } : {}),
        ...(input.deadline ? { deadline: input.deadline.toISOString() } : {}),
        ...(input.effects?.fields ? { effects: input.effects.fields } : {}),
      },
    })
    .returning({ id: caseEvents.id });
  const event = inserted[0]!;
  await appendAudit(tx, who, {
    action: 'case.transition',
    entity: 'case',
    entityId: updated.id,
    before: snapshot(row),
    after: snapshot(updated),
    note: { transition: input.transition },
  });
  return { ...updated, eventId: event.id, previous: row };
}
