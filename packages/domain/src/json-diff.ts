import { canonicalJson } from './canonical-json';

export type JsonDiff = Record<string, { from: unknown; to: unknown }>;

/**
 * Changed top-level keys between two versions of a record, for the audit log. A null/undefined `before`
 * means the record was created (every key of `after` is listed with `from: null`); a null `after` means it
 * was deleted (`to: null`). Values are compared by canonical JSON, so nested objects compare by content and
 * Dates by instant. A missing or `undefined` value counts as `null`. Keys come out sorted.
 */
export function jsonDiff(
  before: Record<string, unknown> | null | undefined,
  after: Record<string, unknown> | null | undefined,
): JsonDiff {
  const from = before ?? {};
  const to = after ?? {};
  const keys = [...new Set([...Object.keys(from), ...Object.keys(to)])].sort();
  const diff: JsonDiff = {};
  for (const key of keys) {
    const fromValue = from[key] ?? null;
    const toValue = to[key] ?? null;
    if (canonicalJson(fromValue) !== canonicalJson(toValue)) diff[key] = { from: fromValue, to: toValue };
  }
  return diff;
}
