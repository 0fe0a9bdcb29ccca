import { hazardFieldShape } from '@redline/contracts';
import {
  appliesTo,
  availableTransitions,
  checkRequirement,
  HAZARD_WORKFLOW,
  isFieldPresent,
  type Relation,
  type RequirementInput,
  type Transition,
} from '@redline/domain';
import { and, eq, inArray, or, type SQL } from 'drizzle-orm';
import { cases } from '../cases/schema';
import { CLOSED_STATES } from '../hazards/filters';
import { actorUnits, relationsOf } from '../hazards/units';
import type { Actor } from '../scope/actor';

type CaseRow = typeof cases.$inferSelect;

/** The relations that can put a case on someone's to-do (no transition asks for `reporter`). */
const TODO_RELATIONS = ['owner', 'supervisor'] as const satisfies readonly Relation[];

const isTodoMove = (t: Transition) => t.to !== undefined && t.relation !== undefined && !t.relation.includes('any');

/** Fields a transition request may submit (the rest, such as `suspension`, only the workflow's services set). */
const SUBMITTABLE = new Set(Object.keys(hazardFieldShape));

/**
 * Whether what the case already holds rules a move out, whatever the actor submits: a `fieldNot` the stored fields
 * break (no plain completion while a suspension is ordered), or a `fieldValue` the stored fields do not meet (no
 * immediate rectification of a major hazard; no resumption application without a suspension order). A submittable
 * value the case still lacks (the level a report gets on acceptance) is the actor's to give, so it rules nothing out.
 */
function ruledOutByCase(t: Transition, row: CaseRow, now: Date): boolean {
  const input: RequirementInput = { fields: { ...row.fields, level: row.level ?? undefined }, now };
  return (t.requires ?? []).some((r) => {
    if (!appliesTo(r, input)) return false;
    if (r.kind === 'fieldNot') return !checkRequirement(r, input).ok;
    if (r.kind === 'fieldValue') {
      const actorGives = SUBMITTABLE.has(r.field) && !isFieldPresent(input.fields?.[r.field]);
      return !actorGives && !checkRequirement(r, input).ok;
    }
    return false;
  });
}

/**
 * The moves that put a hazard on an account's to-do: transitions that change the state, that the account's
 * relation to the case allows, and that the case's own fields do not rule out. Actions that keep the state
 * (listing for supervision, ordering a suspension) are the supervisor's option at any time, not a step the case is
 * waiting for, so they do not count.
 */
export function todoActions(actor: Actor, row: CaseRow, now: Date): Transition[] {
  const relations = relationsOf(actor, row);
  return availableTransitions(HAZARD_WORKFLOW, row.state, actor.roles, relations).filter(
    (t) => isTodoMove(t) && !ruledOutByCase(t, row, now),
  );
}

/**
 * The same rule as SQL, derived from the workflow: for each open state, the relations (owner, supervisor) that
 * allow the actor's roles a state-changing move there, each relation turned into its condition on the case's units.
 * Null when nothing can wait for this actor (no units, or roles that take no decision such as admin or expert).
 */
export function todoCondition(actor: Actor): SQL | null {
  const units = actorUnits(actor);
  const relationSql: Record<(typeof TODO_RELATIONS)[number], SQL | undefined> = {
    owner: or(eq(cases.ownerAccountId, actor.accountId), units.length ? inArray(cases.ownerUnit, units) : undefined),
    supervisor: units.length ? inArray(cases.supervisorUnit, units) : undefined,
  };
  const openStates = Object.keys(HAZARD_WORKFLOW.states).filter((s) => !CLOSED_STATES.includes(s));
  const byState: SQL[] = [];
  for (const state of openStates) {
    const allowing = TODO_RELATIONS.filter((relation) =>
      availableTransitions(HAZARD_WORKFLOW, state, actor.roles, [relation]).some(isTodoMove),
    )
      .map((relation) => relationSql[relation])
      .filter((c): c is SQL => c !== undefined);
    if (allowing.length) byState.push(and(eq(cases.state, state), or(...allowing))!);
  }
  return byState.length ? or(...byState)! : null;
}
