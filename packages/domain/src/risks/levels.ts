/**
 * Risk levels from high to low (domain-reference.md §4.1): 重大 red, 较大 orange, 一般 yellow, 低 blue.
 */
export const RISK_LEVELS = ['major', 'large', 'ordinary', 'low'] as const;
export type RiskLevel = (typeof RISK_LEVELS)[number];

export const RISK_COLOURS: Record<RiskLevel, 'red' | 'orange' | 'yellow' | 'blue'> = {
  major: 'red',
  large: 'orange',
  ordinary: 'yellow',
  low: 'blue',
};

/** The higher of two levels (a list's highest: `levels.reduce(higherRisk)`). */
export const higherRisk = (a: RiskLevel, b: RiskLevel): RiskLevel =>
  RISK_LEVELS.indexOf(a) <= RISK_LEVELS.indexOf(b) ? a : b;

/** The highest level of a list (an area's colour on the four-colour map), or null for none. */
export const highestRisk = (levels: readonly RiskLevel[]): RiskLevel | null =>
  levels.length ? levels.reduce(higherRisk) : null;

/**
 * Where a score falls: at or above `major` it is 重大, at or above `large` 较大, at or above `ordinary` 一般, else 低.
 * The sources do not say whether a boundary belongs to the band above or below (§4.2: "160–320"), so a region may set
 * `boundary: 'below'`: a score exactly on a threshold then takes the lower level (D = 320 is 较大, not 重大).
 */
export type RiskThresholds = { major: number; large: number; ordinary: number; boundary: 'above' | 'below' };

/** LEC: D ≥ 320 重大, ≥ 160 较大, ≥ 70 一般, below 低 (§4.2, four-level mapping; boundary choice configurable). */
export const DEFAULT_LEC_THRESHOLDS: RiskThresholds = { major: 320, large: 160, ordinary: 70, boundary: 'above' };
/** Risk matrix: R ≥ 20 重大, ≥ 15 较大, ≥ 9 一般, below 低 (§4.3, the DB37/T 2882 family; configurable). */
export const DEFAULT_MATRIX_THRESHOLDS: RiskThresholds = { major: 20, large: 15, ordinary: 9, boundary: 'above' };

export function levelOf(score: number, t: RiskThresholds): RiskLevel {
  const reaches = (bound: number) => (t.boundary === 'above' ? score >= bound : score > bound);
  if (reaches(t.major)) return 'major';
  if (reaches(t.large)) return 'large';
  if (reaches(t.ordinary)) return 'ordinary';
  return 'low';
}

/**
 * The first threshold that does not make sense, or null: each must be a positive number (`ordinary` first, from the
 * bottom), and they must fall strictly from 重大 to 一般 (`major` above `large`, `large` above `ordinary`).
 */
export function thresholdProblem(t: RiskThresholds): 'major' | 'large' | 'ordinary' | null {
  for (const field of ['ordinary', 'large', 'major'] as const) {
    if (!Number.isFinite(t[field]) || t[field] <= 0) return field;
  }
  if (t.large <= t.ordinary) return 'large';
  if (t.major <= t.large) return 'major';
  return null;
}

/** Thresholds make sense when they fall strictly from 重大 to 一般 and are positive. */
export const validThresholds = (t: RiskThresholds): boolean => thresholdProblem(t) === null;

/** Who controls a risk inside an enterprise (§4.4), from the top. */
export const CONTROL_LEVELS = ['company', 'workshop', 'team', 'post'] as const;
export type ControlLevel = (typeof CONTROL_LEVELS)[number];

/**
 * The usual mapping (§4.4, enterprise practice, stored per enterprise): red by the company, orange by the workshop
 * (department), yellow by the team, blue by the post.
 */
export const DEFAULT_CONTROL_MAPPING: Record<RiskLevel, ControlLevel> = {
  major: 'company',
  large: 'workshop',
  ordinary: 'team',
  low: 'post',
};

/**
 * Every level that controls a risk: its own and every level below it — "a risk controlled by a higher level must
 * also be controlled by every lower level" (上级负责管控的风险，下级必须负责管控, §4.4).
 */
export function controllingLevels(
  level: RiskLevel,
  mapping: Record<RiskLevel, ControlLevel> = DEFAULT_CONTROL_MAPPING,
) {
  return CONTROL_LEVELS.slice(CONTROL_LEVELS.indexOf(mapping[level]));
}
