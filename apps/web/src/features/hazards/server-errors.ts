import type { FormInstance } from 'antd';
import { isApiError } from '../../app/api-error';

/**
 * Puts an API refusal beside the form's fields: each detail (`fields.measures`, `deadline`, `enterpriseId`) on the
 * field of that name, or on the first field under it (`fields.determinationBasis` → its standard); a refusal without
 * details on the field `fieldOfCode` names. Returns the text for the alert above the form (null when everything
 * found a field).
 */
export function placeServerErrors(
  form: FormInstance,
  error: unknown,
  fieldOfCode: (code: string) => string | null = () => null,
): string | null {
  if (!isApiError(error)) return error instanceof Error ? error.message : String(error);
  const names = form.getFieldsError().map((f) => f.name.join('.'));
  const target = (path: string) => names.find((n) => n === path) ?? names.find((n) => n.startsWith(`${path}.`));
  const byField = new Map<string, string[]>();
  const rest: string[] = [];
  for (const issue of error.fieldIssues) {
    const name = target(issue.path);
    if (name) byField.set(name, [...(byField.get(name) ?? []), issue.message]);
    else rest.push(issue.message);
  }
  if (error.fieldIssues.length === 0) {
    const path = fieldOfCode(error.code);
    const name = path ? target(path) : undefined;
    if (name) byField.set(name, [error.message]);
  }
  form.setFields([...byField].map(([name, errors]) => ({ name: name.split('.'), errors })));
  if (byField.size === 0) return [error.message, ...rest].join(' ');
  return rest.length ? rest.join(' ') : null;
}
