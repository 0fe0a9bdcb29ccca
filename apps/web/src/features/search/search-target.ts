/** What the header's search box opens when Enter is pressed before choosing a suggestion. */
export type SearchTarget = { path: string };

const HAZARD_NUMBER = /^YH-/i;
/** A GB 32100 credit code or its beginning: digits and capitals without I, O, S, V, Z, 6 or more of them. */
const CREDIT_CODE = /^[0-9A-HJ-NPQRTUWXY]{6,18}$/i;

export const MIN_QUERY = 2;

/** The text as the search sends it: trimmed; shorter than MIN_QUERY characters is no search. */
export function normalizeQuery(text: string): string | null {
  const q = text.trim();
  return q.length >= MIN_QUERY ? q : null;
}

/**
 * Where a query goes as a whole: a hazard number to the hazard list, a credit code to the enterprise list, and words
 * to the hazard list (titles), unless the only matches are enterprises.
 */
export function listPathFor(q: string, found: { hazards: number; enterprises: number }): string {
  const query = new URLSearchParams({ q }).toString();
  if (HAZARD_NUMBER.test(q)) return `/hazards?${query}`;
  if (CREDIT_CODE.test(q) && /\d/.test(q) && found.hazards === 0) return `/enterprises?${query}`;
  if (found.hazards === 0 && found.enterprises > 0) return `/enterprises?${query}`;
  return `/hazards?${query}`;
}
