import type { Transition } from '@redline/domain';
import { appliesTo, checkRequirement } from '@redline/domain';
import type { FieldProblem } from '../../http/errors';

/**
 * Fields only one kind of move may submit: grading belongs to acceptance (an owner must not downgrade a major hazard
 * while rectifying it), the receiving unit to the transfer, the surviving case to the merge, the listing unit to the
 * listing. Every other field (the five assurances, report and plan items, funds spent) may come with any move.
 */
export const FIELD_OWNERS: Record<string, string[]> = {
  level: ['accept'],
  determinationBasis: ['accept'],
  transferTo: ['transfer'],
  mergedInto: ['merge'],
  listedUnit: ['list_supervision'],
};

/** The submitted fields this transition may not set, as validation problems (`VALIDATION.UNKNOWN_FIELD`). */
export function foreignFields(transition: string, fields: Record<string, unknown>): FieldProblem[] {
  return Object.keys(fields)
    .filter((name) => FIELD_OWNERS[name] && !FIELD_OWNERS[name].includes(transition))
    .map((name) => ({ path: `fields.${name}`, code: 'VALIDATION.UNKNOWN_FIELD', params: { field: name } }));
}

/**
 * Whether the case's stored fields already rule a transition out, whatever the user submits: a condition on a field
 * the move cannot set (e.g. `rectify_immediately` needs level ordinary, `apply_resumption` a suspension ordered).
 * The detail page offers only the moves that can still succeed.
 */
export function blockedByStoredFields(transition: Transition, stored: Record<string, unknown>, now: Date): boolean {
  return (transition.requires ?? []).some((requirement) => {
    if (requirement.kind !== 'fieldValue' && requirement.kind !== 'fieldNot') return false;
    if (FIELD_OWNERS[requirement.field]?.includes(transition.name)) return false;
    if (requirement.field !== 'suspension' && !FIELD_OWNERS[requirement.field]) return false;
    const input = { fields: stored, now };
    return appliesTo(requirement, input) && !checkRequirement(requirement, input).ok;
  });
}
