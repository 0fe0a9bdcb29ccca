import { err, ok, type Result } from '../result';

export type EvidencePhase = 'before' | 'after' | 'other';

/** A value a `when` condition or a `fieldValue` requirement compares with (strict equality). */
export type FieldValue = string | number | boolean;

/**
 * What a transition requires of the request. `when` makes a requirement conditional on the request's fields:
 * `{ kind: 'fields', fields: ['objectives'], when: { level: 'major' } }` applies only when `fields.level === 'major'`.
 *
 * - `comment`: a non-blank comment (a reason, a description).
 * - `evidence`: at least `min` evidence items of `phase` (before- or after-photos).
 * - `fields`: each named field present (not null, not blank, not an empty list, not NaN).
 * - `fieldValue`: the field present and one of `oneOf`.
 * - `fieldNot`: the field absent or none of `values` (e.g. no plain write-off while a resumption review is open).
 * - `deadline`: a deadline given; `futureDeadline`: a deadline given and later than `now`.
 */
export type Requirement = (
  | { kind: 'comment' }
  | { kind: 'evidence'; phase: EvidencePhase; min: number }
  | { kind: 'fields'; fields: string[] }
  | { kind: 'fieldValue'; field: string; oneOf: FieldValue[] }
  | { kind: 'fieldNot'; field: string; values: FieldValue[] }
  | { kind: 'deadline' }
  | { kind: 'futureDeadline' }
) & { when?: Record<string, FieldValue> };

/**
 * What a request brings for the requirements. `fields` are the case's fields as they will be after the transition
 * (the service merges the stored case with what the request submits), so a `when` on `level` sees the case's level.
 */
export type RequirementInput = {
  comment?: string;
  evidence?: Array<{ phase: EvidencePhase }>;
  fields?: Record<string, unknown>;
  deadline?: Date;
  now: Date;
};

/** Present: not undefined or null, not a blank string, not an empty array, not NaN. */
export function isFieldPresent(value: unknown): boolean {
  if (value === undefined || value === null) return false;
  if (typeof value === 'string') return value.trim() !== '';
  if (typeof value === 'number') return !Number.isNaN(value);
  if (Array.isArray(value)) return value.length > 0;
  return true;
}

/** Whether a requirement applies to this request (no `when`, or every `when` field equals its value). */
export function appliesTo(requirement: Requirement, input: RequirementInput): boolean {
  const when = requirement.when;
  if (when === undefined) return true;
  return Object.entries(when).every(([field, value]) => input.fields?.[field] === value);
}

const isValidDate = (date: Date | undefined): date is Date => date instanceof Date && !Number.isNaN(date.getTime());

/** Checks one requirement (whether it applies is `appliesTo`'s job). */
export function checkRequirement(requirement: Requirement, input: RequirementInput): Result<true> {
  switch (requirement.kind) {
    case 'comment':
      return isFieldPresent(input.comment) ? ok(true) : err('CASE.COMMENT_REQUIRED');
    case 'evidence': {
      const count = (input.evidence ?? []).filter((item) => item.phase === requirement.phase).length;
      return count >= requirement.min
        ? ok(true)
        : err('CASE.EVIDENCE_REQUIRED', { phase: requirement.phase, min: requirement.min });
    }
    case 'fields': {
      const missing = requirement.fields.filter((field) => !isFieldPresent(input.fields?.[field]));
      return missing.length === 0 ? ok(true) : err('CASE.FIELDS_REQUIRED', { fields: missing.join(',') });
    }
    case 'fieldValue': {
      const value = input.fields?.[requirement.field];
      if (!isFieldPresent(value)) return err('CASE.FIELDS_REQUIRED', { fields: requirement.field });
      return requirement.oneOf.some((allowed) => allowed === value)
        ? ok(true)
        : err('CASE.FIELD_VALUE_NOT_ALLOWED', { field: requirement.field, allowed: requirement.oneOf.join(',') });
    }
    case 'fieldNot': {
      const value = input.fields?.[requirement.field];
      return requirement.values.some((blocked) => blocked === value)
        ? err('CASE.BLOCKED_BY_FIELD', { field: requirement.field, value: String(value) })
        : ok(true);
    }
    case 'deadline':
      return isValidDate(input.deadline) ? ok(true) : err('CASE.DEADLINE_REQUIRED');
    case 'futureDeadline':
      if (!isValidDate(input.deadline)) return err('CASE.DEADLINE_REQUIRED');
      return input.deadline.getTime() > input.now.getTime() ? ok(true) : err('CASE.DEADLINE_IN_PAST');
  }
}
