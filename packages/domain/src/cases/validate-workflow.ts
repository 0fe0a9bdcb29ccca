import { err, ok, type Result } from '../result';
import type { Workflow } from './state-machine';

/** The one transition allowed out of a terminal state: it starts a new cycle of the case. */
export const REOPEN_TRANSITION = 'reopen';

/**
 * Checks a workflow before it is stored or used, returning the first problem:
 * `WORKFLOW.UNKNOWN_INITIAL`; `WORKFLOW.INITIAL_TERMINAL`; `WORKFLOW.DUPLICATE_TRANSITION` {transition} (names are
 * how requests pick a transition); `WORKFLOW.NO_ROLES` {transition} (nobody could take it); `WORKFLOW.UNKNOWN_STATE`
 * {transition, state}; `WORKFLOW.TERMINAL_HAS_TRANSITION` {state, transition} (only `reopen` may leave a terminal
 * state); `WORKFLOW.BAD_EVIDENCE_MIN` {transition}; `WORKFLOW.UNREACHABLE_STATE` {state} (from `initial`);
 * `WORKFLOW.DEAD_END` {state} (a non-terminal state with no way out).
 */
export function validateWorkflow(workflow: Workflow): Result<Workflow> {
  const { states, transitions, initial } = workflow;
  const known = (state: string) => Object.hasOwn(states, state);
  if (!known(initial)) return err('WORKFLOW.UNKNOWN_INITIAL', { state: initial });
  if (states[initial]?.terminal) return err('WORKFLOW.INITIAL_TERMINAL', { state: initial });

  const names = new Set<string>();
  for (const t of transitions) {
    if (names.has(t.name)) return err('WORKFLOW.DUPLICATE_TRANSITION', { transition: t.name });
    names.add(t.name);
    if (t.roles.length === 0) return err('WORKFLOW.NO_ROLES', { transition: t.name });
    for (const state of t.to === undefined ? t.from : [...t.from, t.to]) {
      if (!known(state)) return err('WORKFLOW.UNKNOWN_STATE', { transition: t.name, state });
    }
    for (const state of t.from) {
      if (states[state]?.terminal && t.name !== REOPEN_TRANSITION) {
        return err('WORKFLOW.TERMINAL_HAS_TRANSITION', { state, transition: t.name });
      }
    }
    for (const requirement of t.requires ?? []) {
      if (requirement.kind === 'evidence' && !(Number.isInteger(requirement.min) && requirement.min >= 1)) {
        return err('WORKFLOW.BAD_EVIDENCE_MIN', { transition: t.name });
      }
    }
  }

  const reached = new Set([initial]);
  for (let frontier = [initial]; frontier.length > 0; ) {
    const next: string[] = [];
    for (const t of transitions) {
      if (t.to !== undefined && !reached.has(t.to) && t.from.some((state) => frontier.includes(state))) {
        reached.add(t.to);
        next.push(t.to);
      }
    }
    frontier = next;
  }
  for (const [state, definition] of Object.entries(states)) {
    if (!reached.has(state)) return err('WORKFLOW.UNREACHABLE_STATE', { state });
    if (!definition.terminal && !transitions.some((t) => t.from.includes(state))) {
      return err('WORKFLOW.DEAD_END', { state });
    }
  }
  return ok(workflow);
}
