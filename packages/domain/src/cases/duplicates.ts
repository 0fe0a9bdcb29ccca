import { HAZARD_WORKFLOW } from './hazard-workflow';
import { terminalStates } from './state-machine';

/** A new report, as far as duplicate suggestion needs it. Coordinates in one datum (WGS-84 throughout Redline). */
export type DuplicateCandidate = {
  enterpriseId?: string | null;
  lat?: number | null;
  lng?: number | null;
  title: string;
  reportedAt: Date;
};

export type ExistingCase = DuplicateCandidate & { id: string; state: string };

/** Issue 3 §2: open cases of the same enterprise or within 100 m, with a similar title, in the last 30 days. */
export const DUPLICATE_RULES = { maxAgeDays: 30, maxDistanceMetres: 100, minTitleSimilarity: 0.5 } as const;

const EARTH_RADIUS_M = 6_371_008.8; // IUGG mean radius
const DAY_MS = 86_400_000;
const rad = (degrees: number) => (degrees * Math.PI) / 180;

/** Great-circle distance in metres (haversine formula). */
export function haversineMetres(a: { lat: number; lng: number }, b: { lat: number; lng: number }): number {
  const h =
    Math.sin(rad(b.lat - a.lat) / 2) ** 2 +
    Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(rad(b.lng - a.lng) / 2) ** 2;
  return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Full-width to half-width, lower case, without spaces, punctuation or symbols, as code points. */
const normaliseTitle = (title: string): string[] =>
  Array.from(
    title
      .normalize('NFKC')
      .toLowerCase()
      .replace(/[\s\p{P}\p{S}]/gu, ''),
  );

/**
 * Title similarity in 0..1: the Dice coefficient over character bigrams (2·|A∩B| / (|A|+|B|), bigrams counted with
 * multiplicity), which suits Chinese titles that have no spaces between words. Titles of fewer than two characters
 * after normalising are similar (1) only when equal.
 */
export function titleSimilarity(a: string, b: string): number {
  const x = normaliseTitle(a);
  const y = normaliseTitle(b);
  if (x.length < 2 || y.length < 2) return x.length > 0 && x.join('') === y.join('') ? 1 : 0;
  const counts = new Map<string, number>();
  for (let i = 0; i < x.length - 1; i++) {
    const bigram = x[i]! + x[i + 1]!;
    counts.set(bigram, (counts.get(bigram) ?? 0) + 1);
  }
  let shared = 0;
  for (let i = 0; i < y.length - 1; i++) {
    const bigram = y[i]! + y[i + 1]!;
    const left = counts.get(bigram) ?? 0;
    if (left > 0) {
      shared++;
      counts.set(bigram, left - 1);
    }
  }
  return (2 * shared) / (x.length - 1 + (y.length - 1));
}

const distanceOf = (a: DuplicateCandidate, b: DuplicateCandidate): number | null => {
  const coords = [a.lat, a.lng, b.lat, b.lng];
  if (!coords.every((c) => typeof c === 'number' && Number.isFinite(c))) return null;
  return haversineMetres({ lat: a.lat!, lng: a.lng! }, { lat: b.lat!, lng: b.lng! });
};

/**
 * How likely `existing` is a duplicate of `candidate`, for ranking suggestions; null when it is not one at all.
 * A suggestion needs all of: `existing` open (not in `closedStates`, by default the hazard workflow's terminal
 * states); reported at most 30 days before `now` (the candidate's own time is not used); the same enterprise or at
 * most 100 m apart (both inclusive); title similarity ≥ 0.5. The score, in (0.3, 1], weighs title similarity 0.6,
 * nearness 0.25 (1 for the same enterprise, else 1 − distance/100 m) and recency 0.15 (1 − age/30 days).
 */
export function scoreDuplicate(
  candidate: DuplicateCandidate,
  existing: ExistingCase,
  now: Date,
  closedStates: readonly string[] = terminalStates(HAZARD_WORKFLOW),
): number | null {
  if (closedStates.includes(existing.state)) return null;
  const age = Math.max(0, now.getTime() - existing.reportedAt.getTime());
  if (age > DUPLICATE_RULES.maxAgeDays * DAY_MS) return null;

  const sameEnterprise = !!candidate.enterpriseId && candidate.enterpriseId === existing.enterpriseId;
  const distance = distanceOf(candidate, existing);
  const near = distance !== null && distance <= DUPLICATE_RULES.maxDistanceMetres;
  if (!sameEnterprise && !near) return null;

  const similarity = titleSimilarity(candidate.title, existing.title);
  if (similarity < DUPLICATE_RULES.minTitleSimilarity) return null;

  const nearness = sameEnterprise ? 1 : 1 - distance! / DUPLICATE_RULES.maxDistanceMetres;
  const recency = 1 - age / (DUPLICATE_RULES.maxAgeDays * DAY_MS);
  return 0.6 * similarity + 0.25 * nearness + 0.15 * recency;
}
