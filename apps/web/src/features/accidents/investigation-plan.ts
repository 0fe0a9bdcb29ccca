import { FOUR_NO_LETS_GO, INVESTIGATION_REPORT_SECTIONS, type NoLetsGo } from '@redline/domain';
import type { InvestigationAction, InvestigationTransitionBody } from './api';

export type InvestigationInputKind = 'text' | 'textarea' | 'days' | 'members' | 'noLetsGo';

/** One input of an investigation action's form, named `fields.<name>` as the body and the server's 400 details. */
export type InvestigationInput = { name: string; kind: InvestigationInputKind; required: boolean };

/** What the form of one investigation action asks for, from the action's `requires` (INVESTIGATION_WORKFLOW). */
export type InvestigationPlan = {
  name: string;
  to: string;
  inputs: InvestigationInput[];
  comment: 'required' | 'optional';
  tone: 'primary' | 'danger' | 'default';
};

const KIND_OF_FIELD: Record<string, InvestigationInputKind> = {
  teamLeader: 'text',
  teamMembers: 'members',
  extensionDays: 'days',
  extensionApprovedBy: 'text',
  appraisalDays: 'days',
  approvalDocument: 'text',
  ...Object.fromEntries(INVESTIGATION_REPORT_SECTIONS.map((s) => [s, 'textarea' as const])),
};

/** Inputs an action offers beyond what its workflow requires: the checklist of 四不放过 when it is recorded. */
const EXTRA_INPUTS: Record<string, InvestigationInput[]> = {
  record_no_lets_go: [{ name: 'noLetsGo', kind: 'noLetsGo', required: false }],
};

const PRIMARY = new Set(['submit_report', 'approve', 'close']);
const DANGER = new Set(['return_report']);

/** The form of an action: each required field an input (in the workflow's order), the comment required or not. */
export function investigationPlan(action: InvestigationAction): InvestigationPlan {
  const inputs: InvestigationInput[] = [];
  let comment: InvestigationPlan['comment'] = 'optional';
  for (const requirement of action.requires) {
    if (requirement.kind === 'comment') comment = 'required';
    if (requirement.kind === 'fields') {
      for (const name of requirement.fields ?? []) {
        if (inputs.some((i) => i.name === name)) continue;
        inputs.push({ name, kind: KIND_OF_FIELD[name] ?? 'text', required: true });
      }
    }
  }
  inputs.push(...(EXTRA_INPUTS[action.name] ?? []));
  const tone = PRIMARY.has(action.name) ? 'primary' : DANGER.has(action.name) ? 'danger' : 'default';
  return { name: action.name, to: action.to, inputs, comment, tone };
}

export type InvestigationFormValues = {
  comment?: string;
  fields?: Record<string, unknown>;
};

const trimmedText = (value: unknown): string | null =>
  typeof value === 'string' && value.trim() ? value.trim() : null;

/**
 * The transition's body: only the fields the plan asks for, text trimmed, team members as a list of names, days as
 * numbers, the checklist as `{cause: true, …}` of every item (unticked ones false), with the version the user saw.
 */
export function investigationBodyOf(
  plan: InvestigationPlan,
  version: number,
  values: InvestigationFormValues,
): InvestigationTransitionBody {
  const fields: Record<string, unknown> = {};
  const given = values.fields ?? {};
  for (const input of plan.inputs) {
    const value = given[input.name];
    switch (input.kind) {
      case 'members': {
        const names = Array.isArray(value) ? value.map(trimmedText).filter((v): v is string => v !== null) : [];
        fields[input.name] = names;
        break;
      }
      case 'days':
        fields[input.name] = typeof value === 'number' ? value : null;
        break;
      case 'noLetsGo': {
        const done = new Set(Array.isArray(value) ? value : []);
        fields[input.name] = Object.fromEntries(FOUR_NO_LETS_GO.map((item) => [item, done.has(item)]));
        break;
      }
      default:
        fields[input.name] = trimmedText(value);
    }
  }
  const comment = trimmedText(values.comment);
  return {
    transition: plan.name,
    version,
    ...(comment ? { comment } : {}),
    fields: fields as InvestigationTransitionBody['fields'],
  };
}

/** What the investigation already holds for the plan's inputs (the team again when the report is submitted). */
export function initialInvestigationValues(
  plan: InvestigationPlan,
  stored: Record<string, unknown>,
): Record<string, unknown> {
  const initial: Record<string, unknown> = {};
  for (const input of plan.inputs) {
    const value = stored[input.name];
    if (input.kind === 'noLetsGo') {
      const done = (value ?? {}) as Partial<Record<NoLetsGo, boolean>>;
      initial[input.name] = FOUR_NO_LETS_GO.filter((item) => done[item] === true);
    } else if (input.kind === 'days') {
      // A new extension or appraisal is entered afresh; the stored total is shown beside the form.
    } else if (value !== undefined && value !== null && value !== '') {
      initial[input.name] = value;
    }
  }
  return initial;
}

/** Where a refusal without details belongs. */
export function fieldOfInvestigationError(code: string): string | null {
  if (code === 'ACCIDENT.EXTENSION_TOO_LONG') return 'fields.extensionDays';
  return null;
}
