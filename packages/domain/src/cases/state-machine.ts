import { err, ok, type Result } from '../result';
import { appliesTo, checkRequirement, type Requirement, type RequirementInput } from './requirements';

/** Which deadline clock runs while a case is in a state (the ladder and duration are configured per clock). */
export type ClockKind =
  | 'rectification'
  | 'verification'
  | 'acceptance'
  | 'transfer'
  | 'review'
  | 'report'
  | 'investigation'
  | 'approval'
  | 'check';

/**
 * How the actor stands to this case, computed by the service from the actor's unit and the case: `owner` (the unit
 * or person who must do the work), `supervisor` (the supervising unit), `reporter`. In a transition's `relation`
 * list, `any` admits every actor whatever their relation.
 */
export type Relation = 'owner' | 'supervisor' | 'reporter' | 'any';

export type StateDefinition = { terminal?: boolean; clock?: ClockKind | null };

/**
 * A named move. `roles`: the actor must hold at least one. `relation`: when given, the actor must stand in one of
 * these relations to the case (or the list holds `any`); when omitted, relation is not checked.
 */
export type Transition = {
  name: string;
  from: string[];
  /** The state after the move; omitted for an action that keeps the state (e.g. listing for supervision). */
  to?: string;
  roles: string[];
  relation?: Relation[];
  requires?: Requirement[];
};

/** A case type's workflow as data: the service stores it, the UI reads it, `validateWorkflow` checks it. */
export type Workflow = {
  type: string;
  initial: string;
  states: Record<string, StateDefinition>;
  transitions: Transition[];
};

export type CaseStateRef = { state: string; version: number };

export type TransitionRequest = RequirementInput & {
  transition: string;
  /** The case version the actor saw (optimistic concurrency). */
  expectedVersion: number;
  actorRoles: string[];
  actorRelations: string[];
};

const hasRole = (transition: Transition, roles: readonly string[]) => transition.roles.some((r) => roles.includes(r));

const hasRelation = (transition: Transition, relations: readonly string[]) =>
  transition.relation === undefined ||
  transition.relation.some((relation) => relation === 'any' || relations.includes(relation));

/**
 * Decides whether a transition may be taken now. Checks, in this order, and returns the first failure:
 * the transition exists (`CASE.UNKNOWN_TRANSITION` {transition}); the version is current (`CASE.STALE_VERSION`
 * {current}: checked before the state, because a stale client's idea of the state is stale too); the case's state is
 * one the transition leaves from (`CASE.INVALID_TRANSITION` {from, transition}); the actor's role
 * (`CASE.ROLE_NOT_ALLOWED`) and relation (`CASE.RELATION_NOT_ALLOWED`); then each applicable requirement in the
 * order listed (see requirements.ts for their codes).
 */
export function checkTransition(
  workflow: Workflow,
  caseState: CaseStateRef,
  request: TransitionRequest,
): Result<{ to: string }> {
  const transition = workflow.transitions.find((t) => t.name === request.transition);
  if (!transition) return err('CASE.UNKNOWN_TRANSITION', { transition: request.transition });
  if (request.expectedVersion !== caseState.version) return err('CASE.STALE_VERSION', { current: caseState.version });
  if (!transition.from.includes(caseState.state)) {
    return err('CASE.INVALID_TRANSITION', { from: caseState.state, transition: transition.name });
  }
  if (!hasRole(transition, request.actorRoles)) return err('CASE.ROLE_NOT_ALLOWED', { transition: transition.name });
  if (!hasRelation(transition, request.actorRelations)) {
    return err('CASE.RELATION_NOT_ALLOWED', { transition: transition.name });
  }
  for (const requirement of transition.requires ?? []) {
    if (!appliesTo(requirement, request)) continue;
    const checked = checkRequirement(requirement, request);
    if (!checked.ok) return checked;
  }
  return ok({ to: transition.to ?? caseState.state });
}

/**
 * The transitions an actor with these roles and relations may take from `state`, for menus and buttons. Requirements
 * are not checked here (the UI shows them as the form to fill in; `checkTransition` enforces them).
 */
export function availableTransitions(
  workflow: Workflow,
  state: string,
  roles: readonly string[],
  relations: readonly string[],
): Transition[] {
  return workflow.transitions.filter((t) => t.from.includes(state) && hasRole(t, roles) && hasRelation(t, relations));
}

/** States a case can end in (nothing but a reopen leaves them): the "closed" states for lists and duplicates. */
export function terminalStates(workflow: Workflow): string[] {
  return Object.entries(workflow.states)
    .filter(([, definition]) => definition.terminal === true)
    .map(([state]) => state);
}
