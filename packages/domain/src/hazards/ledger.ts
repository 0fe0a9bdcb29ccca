import { appliesTo, checkRequirement, isFieldPresent } from '../cases/requirements';
import type { Workflow } from '../cases/state-machine';

/**
 * A hazard ledger (隐患台账) row brought into Redline says where the hazard stands: not yet dealt with (待受理),
 * being rectified (整改中), rectified and awaiting verification (待验收), or written off (已销号). The import records
 * that state in one step, but only when the row carries what the workflow would have required on the way there, so an
 * imported hazard is never less complete than one that walked the workflow.
 */
export const LEDGER_STATES = ['reported', 'rectifying', 'awaiting_verification', 'written_off'] as const;
export type LedgerState = (typeof LEDGER_STATES)[number];
export type LedgerRectificationMode = 'immediate' | 'by_deadline';

/** The workflow transitions a ledger state stands for (from `reported`). */
export function ledgerPath(state: LedgerState, mode: LedgerRectificationMode): string[] {
  if (state === 'reported') return [];
  const rectify = mode === 'immediate' ? 'rectify_immediately' : 'rectify_by_deadline';
  const steps = ['accept', rectify];
  if (state === 'rectifying') return steps;
  steps.push('complete');
  if (state === 'awaiting_verification') return steps;
  return [...steps, 'verify'];
}

export type LedgerProblem = { field: string; code: string; params?: Record<string, string> };

/**
 * What a row lacks for its state: every field and field-value requirement of the transitions on its path (the
 * five assurances, level, determination basis, a major hazard's report and plan items, ordinary level for immediate
 * rectification), checked with the workflow's own requirement rules and `fields` as they would be on the case.
 * A deadline is required where the path requires one (`deadline`, `futureDeadline`), but may lie in the past: a
 * ledger records history. Comments and photos are not required: the ledger row stands for them (the import records
 * that it does). One problem per field.
 */
export function ledgerProblems(
  workflow: Workflow,
  state: LedgerState,
  mode: LedgerRectificationMode,
  fields: Record<string, unknown>,
  hasDeadline: boolean,
): LedgerProblem[] {
  const problems: LedgerProblem[] = [];
  const add = (p: LedgerProblem) => {
    if (!problems.some((q) => q.field === p.field)) problems.push(p);
  };
  for (const name of ledgerPath(state, mode)) {
    const transition = workflow.transitions.find((t) => t.name === name);
    if (!transition) throw new Error(`workflow ${workflow.type} has no transition ${name}`);
    for (const requirement of transition.requires ?? []) {
      const input = { fields, now: new Date(0) };
      if (!appliesTo(requirement, input)) continue;
      switch (requirement.kind) {
        case 'fields':
          for (const field of requirement.fields) {
            if (!isFieldPresent(fields[field])) add({ field, code: 'VALIDATION.REQUIRED' });
          }
          break;
        case 'fieldValue': {
          const checked = checkRequirement(requirement, input);
          if (!checked.ok && checked.error.code === 'CASE.FIELDS_REQUIRED') {
            add({ field: requirement.field, code: 'VALIDATION.REQUIRED' });
          } else if (!checked.ok) {
            add({ field: requirement.field, code: checked.error.code, params: stringParams(checked.error.params) });
          }
          break;
        }
        case 'deadline':
        case 'futureDeadline':
          if (!hasDeadline) add({ field: 'deadline', code: 'VALIDATION.REQUIRED' });
          break;
        default:
          // comment, evidence, fieldNot (suspension, which a ledger row never sets): not asked of a ledger row.
          break;
      }
    }
  }
  return problems;
}

const stringParams = (params: Record<string, unknown> | undefined) =>
  params ? Object.fromEntries(Object.entries(params).map(([k, v]) => [k, String(v)])) : undefined;

/**
 * The dates of a ledger row must follow each other: found ≤ completed ≤ written off ≤ today, and a deadline not
 * before the day the hazard was found. Dates are local `YYYY-MM-DD` texts (they compare as text). Answers the field
 * and the field it must not precede (or `today`).
 */
export function ledgerDateProblems(dates: {
  today: string;
  foundOn?: string;
  completedOn?: string;
  writtenOffOn?: string;
  deadlineOn?: string;
}): Array<{ field: string; after: string }> {
  const problems: Array<{ field: string; after: string }> = [];
  const order: Array<'foundOn' | 'completedOn' | 'writtenOffOn'> = ['foundOn', 'completedOn', 'writtenOffOn'];
  for (const field of order) {
    const value = dates[field];
    if (value && value > dates.today) problems.push({ field, after: 'today' });
  }
  for (let i = 1; i < order.length; i++) {
    const value = dates[order[i]!];
    if (!value || problems.some((p) => p.field === order[i])) continue;
    for (let j = i - 1; j >= 0; j--) {
      const earlier = dates[order[j]!];
      if (earlier) {
        if (value < earlier) problems.push({ field: order[i]!, after: order[j]! });
        break;
      }
    }
  }
  if (dates.deadlineOn && dates.foundOn && dates.deadlineOn < dates.foundOn) {
    problems.push({ field: 'deadline', after: 'foundOn' });
  }
  return problems;
}
