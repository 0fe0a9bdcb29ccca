import type { FormInstance } from 'antd';
import { isApiError } from './api-error';

/**
 * Shows the server's field issues beside the form's own fields and returns the message to show above the form
 * (the error's message, plus any issue on a field the form does not have).
 */
export function applyServerErrors(form: FormInstance, error: unknown, fallback: string): string {
  if (!isApiError(error)) return fallback;
  const known = new Set(
    Object.keys(form.getFieldsValue(true) as Record<string, unknown>).concat(
      form
        .getFieldsError()
        .map((f) => f.name.join('.'))
        .filter(Boolean),
    ),
  );
  const extra: string[] = [];
  const byField = new Map<string, string[]>();
  for (const issue of error.fieldIssues) {
    if (known.has(issue.path)) byField.set(issue.path, [...(byField.get(issue.path) ?? []), issue.message]);
    else extra.push(issue.message);
  }
  form.setFields([...byField].map(([path, errors]) => ({ name: path.split('.'), errors })));
  return [error.message, ...extra].join(' ');
}
