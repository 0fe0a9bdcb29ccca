import { FIVE_ASSURANCE_FIELDS, MAJOR_HAZARD_REPORT_FIELDS, RECTIFICATION_PLAN_FIELDS } from '@redline/domain';
import type { HazardAction, Requirement, TransitionBody } from './api';

type FieldValue = string | number | boolean;

export type FieldKind =
  | 'text'
  | 'textarea'
  | 'money'
  | 'level'
  | 'basis'
  | 'transferUnit'
  | 'listedUnit'
  | 'mergeTarget'
  | 'unknown';

/** One input of an action's form, named `fields.<name>` as the transition body and the server's 400 details. */
export type FieldInput = {
  name: string;
  kind: FieldKind;
  required: boolean;
  /** Shown (and required) only while these fields have these values, e.g. `{ level: 'major' }`. */
  when?: Record<string, FieldValue>;
  /** For a choice (the level on acceptance): the values the workflow allows. */
  oneOf?: FieldValue[];
};

export type SectionKey = 'main' | 'fiveAssurances' | 'majorReport' | 'rectificationPlan';
export type CommentKind = 'reason' | 'rectification' | 'note';

/** What the form of one action asks for, built from the action's `requires` (GET /hazards/:id `actions`). */
export type ActionPlan = {
  name: string;
  to: string;
  comment: { required: boolean; kind: CommentKind };
  evidence: { phase: 'before' | 'after' | 'other'; min: number } | null;
  deadline: { required: boolean; section: SectionKey } | null;
  sections: Array<{ key: SectionKey; fields: FieldInput[] }>;
  /** A requirement on the stored case that its form cannot meet (e.g. a suspension must be ordered first). */
  blocked: boolean;
  tone: 'primary' | 'danger' | 'default';
};

const KIND_OF_FIELD: Record<string, FieldKind> = {
  description: 'textarea',
  measures: 'textarea',
  contingencyPlan: 'textarea',
  currentCondition: 'textarea',
  causes: 'textarea',
  harmAndDifficultyAnalysis: 'textarea',
  objectives: 'textarea',
  materials: 'textarea',
  rectificationRequirements: 'textarea',
  safetyMeasures: 'textarea',
  responsiblePerson: 'text',
  responsibleOrganisation: 'text',
  funds: 'money',
  fundsSpent: 'money',
  level: 'level',
  determinationBasis: 'basis',
  transferTo: 'transferUnit',
  listedUnit: 'listedUnit',
  mergedInto: 'mergeTarget',
};

/** Transitions the server gives a default deadline when none is sent (transition-hazard.ts DEFAULT_CLOCK). */
const DEFAULT_DEADLINE = new Set([
  'accept',
  'transfer',
  'rectify_immediately',
  'complete',
  'apply_resumption',
  'reopen',
]);
const REASON = new Set(['reject', 'transfer', 'fail_verification', 'reopen', 'refuse_resumption', 'order_suspension']);
const RECTIFICATION = new Set(['complete', 'apply_resumption']);
/** Optional fields a form offers beyond what is required: the funds actually spent, reported on completion. */
const EXTRA_FIELDS: Record<string, string[]> = { complete: ['fundsSpent'], apply_resumption: ['fundsSpent'] };
const PRIMARY = new Set([
  'accept',
  'rectify_by_deadline',
  'complete',
  'verify',
  'approve_resumption',
  'apply_resumption',
]);
const DANGER = new Set(['reject', 'fail_verification', 'refuse_resumption', 'order_suspension']);

function sectionOf(fields: string[]): SectionKey {
  const same = (list: readonly string[]) => list.length === fields.length && list.every((f) => fields.includes(f));
  if (same(FIVE_ASSURANCE_FIELDS)) return 'fiveAssurances';
  if (same(MAJOR_HAZARD_REPORT_FIELDS)) return 'majorReport';
  if (same(RECTIFICATION_PLAN_FIELDS)) return 'rectificationPlan';
  return 'main';
}

const holds = (when: Record<string, FieldValue> | undefined, current: Record<string, unknown>) =>
  when === undefined || Object.entries(when).every(([field, value]) => current[field] === value);

const present = (value: unknown) =>
  value !== undefined && value !== null && !(typeof value === 'string' && value.trim() === '');

/**
 * Builds the form of an action from what it requires. `current` is the case's stored fields with its level.
 * - `comment` → a required comment (a reason, or the rectification description); otherwise the comment is optional.
 * - `evidence` → photos of that phase, at least `min`.
 * - `fields` → one input per field, grouped as the five assurances, the major-hazard report or the plan.
 * - `fieldValue` with a choice of several values → a select of them (the level on acceptance); with one value, and
 *   `fieldNot`, it is a condition on the stored case (a suspension ordered, an ordinary hazard): unmet, the action is
 *   `blocked` and not offered, since its form could not succeed.
 * - `deadline`/`futureDeadline` → a date, required unless the server has a default for the transition.
 */
export function planAction(action: HazardAction, current: Record<string, unknown>): ActionPlan {
  const sections = new Map<SectionKey, FieldInput[]>();
  const placed = new Map<string, FieldInput>();
  const add = (section: SectionKey, input: FieldInput) => {
    const existing = placed.get(input.name);
    if (existing) {
      // Required unconditionally somewhere wins over required only when major.
      if (!input.when) existing.when = undefined;
      existing.required ||= input.required;
      return;
    }
    placed.set(input.name, input);
    sections.set(section, [...(sections.get(section) ?? []), input]);
  };
  let comment: ActionPlan['comment'] = {
    required: false,
    kind: REASON.has(action.name) ? 'reason' : RECTIFICATION.has(action.name) ? 'rectification' : 'note',
  };
  let evidence: ActionPlan['evidence'] = null;
  let deadline: ActionPlan['deadline'] = null;
  let blocked = false;

  for (const r of action.requires as Requirement[]) {
    switch (r.kind) {
      case 'comment':
        comment = { ...comment, required: comment.required || r.when === undefined };
        break;
      case 'evidence':
        evidence = { phase: r.phase ?? 'other', min: r.min ?? 1 };
        break;
      case 'fields': {
        const fields = r.fields ?? [];
        const section = sectionOf(fields);
        for (const name of fields) {
          add(section, { name, kind: KIND_OF_FIELD[name] ?? 'unknown', required: true, when: r.when });
        }
        break;
      }
      case 'fieldValue': {
        const field = r.field ?? '';
        const oneOf = r.oneOf ?? [];
        if (oneOf.length > 1 && KIND_OF_FIELD[field]) {
          add('main', { name: field, kind: KIND_OF_FIELD[field], required: true, when: r.when, oneOf });
        } else if (holds(r.when, current) && !oneOf.some((v) => v === current[field])) {
          blocked = true;
        }
        break;
      }
      case 'fieldNot': {
        const value = current[r.field ?? ''];
        if (holds(r.when, current) && present(value) && (r.values ?? []).some((v) => v === value)) blocked = true;
        break;
      }
      case 'deadline':
      case 'futureDeadline':
        deadline = { required: !DEFAULT_DEADLINE.has(action.name), section: 'main' };
        break;
    }
  }
  for (const name of EXTRA_FIELDS[action.name] ?? []) {
    add('main', { name, kind: KIND_OF_FIELD[name] ?? 'unknown', required: false });
  }
  if (deadline && sections.has('fiveAssurances')) deadline = { ...deadline, section: 'fiveAssurances' };
  const order: SectionKey[] = ['main', 'fiveAssurances', 'majorReport', 'rectificationPlan'];
  return {
    name: action.name,
    to: action.to,
    comment,
    evidence,
    deadline,
    sections: order.filter((key) => sections.has(key)).map((key) => ({ key, fields: sections.get(key)! })),
    blocked,
    tone: PRIMARY.has(action.name) ? 'primary' : DANGER.has(action.name) ? 'danger' : 'default',
  };
}

/** The actions to offer: those the API lists for the caller, less those a stored condition blocks. */
export function offeredActions(actions: HazardAction[], current: Record<string, unknown>): ActionPlan[] {
  return actions.map((a) => planAction(a, current)).filter((p) => !p.blocked);
}

/** Whether an input shows (and counts) for the values chosen so far (`when` on the form's or the case's fields). */
export const inputApplies = (input: FieldInput, values: Record<string, unknown>): boolean => holds(input.when, values);

/**
 * Where a refusal without field details belongs in the action form: the comment, the photos, the deadline or one
 * field. Null: the message goes above the form.
 */
export function fieldOfErrorCode(code: string, plan: ActionPlan): string | null {
  const has = (name: string) => plan.sections.some((s) => s.fields.some((f) => f.name === name));
  switch (code) {
    case 'CASE.COMMENT_REQUIRED':
      return 'comment';
    case 'CASE.EVIDENCE_REQUIRED':
      return plan.evidence ? 'evidenceIds' : null;
    case 'CASE.DEADLINE_REQUIRED':
    case 'CASE.DEADLINE_IN_PAST':
    case 'CALENDAR.YEAR_MISSING':
      return plan.deadline ? 'deadline' : null;
    case 'HAZARD.MERGE_TARGET':
      return has('mergedInto') ? 'fields.mergedInto' : null;
    case 'HAZARD.UNKNOWN_UNIT':
      return has('transferTo') ? 'fields.transferTo' : has('listedUnit') ? 'fields.listedUnit' : null;
    case 'HAZARD.UNKNOWN_STANDARD':
      return has('determinationBasis') ? 'fields.determinationBasis.standard' : null;
    case 'HAZARD.UNKNOWN_ARTICLE':
      return has('determinationBasis') ? 'fields.determinationBasis.article' : null;
    default:
      return null;
  }
}

const isPresent = (v: unknown) => v !== undefined && v !== null && !(typeof v === 'string' && v.trim() === '');

/** The case's stored fields with its level, as the workflow's conditions see them. */
export const currentFieldsOf = (hazard: {
  level: string | null;
  fields: Record<string, unknown>;
}): Record<string, unknown> => ({
  ...(hazard.level ? { level: hazard.level } : {}),
  ...hazard.fields,
});

/** The stored fields with the values chosen in the form so far (empty inputs do not hide stored values). */
export const fieldsSeen = (current: Record<string, unknown>, chosen: Record<string, unknown> | undefined) => ({
  ...current,
  ...Object.fromEntries(Object.entries(chosen ?? {}).filter(([, v]) => isPresent(v))),
});

export type ActionValues = {
  comment?: string;
  /** YYYY-MM-DD. */
  deadline?: string;
  evidenceIds?: string[];
  fields?: Record<string, unknown>;
};

/**
 * The body of POST /hazards/:id/transitions from an action's form: the version the user saw, and only the inputs
 * that apply (a `when` that does not hold leaves its input out), trimmed, without empty values.
 */
export function transitionBodyOf(
  plan: ActionPlan,
  hazard: { version: number; level: string | null; fields: Record<string, unknown> },
  values: ActionValues,
): TransitionBody {
  const chosen = values.fields ?? {};
  const seen = fieldsSeen(currentFieldsOf(hazard), chosen);
  const fields: Record<string, unknown> = {};
  for (const section of plan.sections) {
    for (const input of section.fields) {
      const value = chosen[input.name];
      if (!inputApplies(input, seen) || !isPresent(value)) continue;
      if (input.kind === 'basis') {
        const basis = value as { standard?: string; article?: string };
        if (basis.standard && basis.article) fields[input.name] = { standard: basis.standard, article: basis.article };
      } else fields[input.name] = typeof value === 'string' ? value.trim() : value;
    }
  }
  const comment = values.comment?.trim();
  return {
    transition: plan.name,
    version: hazard.version,
    ...(comment ? { comment } : {}),
    fields,
    ...(plan.deadline && values.deadline ? { deadline: values.deadline } : {}),
    evidenceIds: plan.evidence ? (values.evidenceIds ?? []) : [],
  };
}
