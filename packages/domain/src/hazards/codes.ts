/**
 * The code lists of a hazard record. Labels live in the message catalogue (`hazard.<list>.<code>`); the codes are
 * stable and appear in exports and webhooks.
 */

/** 事故隐患 per Decree 16 Art. 3 (domain-reference §2.2): a dangerous state, unsafe behaviour or management defect. */
export const HAZARD_CATEGORIES = ['unsafe_condition', 'unsafe_behaviour', 'management_defect'] as const;
export type HazardCategory = (typeof HAZARD_CATEGORIES)[number];

/** 一般 / 重大 (Decree 16 Art. 3). The national exchange spec codes them 0 / 1 (`dangerLevel`, §4.5). */
export const HAZARD_LEVELS = ['ordinary', 'major'] as const;
export type HazardLevel = (typeof HAZARD_LEVELS)[number];

/**
 * Hazard type (`hazardDangerType` of the dual-prevention exchange spec, domain-reference §4.5; codes 1–8 as seen in
 * implementations, UNCONFIRMED as an official enumeration).
 */
export const HAZARD_TYPES = {
  safety: 1,
  process: 2,
  electrical: 3,
  instrument: 4,
  fire: 5,
  layout: 6,
  equipment: 7,
  other: 8,
} as const;
export type HazardType = keyof typeof HAZARD_TYPES;

/**
 * How the hazard was found (`dangerSrc` of the exchange spec, §4.5; codes 1–10, UNCONFIRMED as official): daily,
 * comprehensive, specialist, seasonal, key-period/holiday, accident-analogy, pre-resumption, external-expert
 * diagnosis, control-measure failure, other.
 */
export const HAZARD_CHECK_KINDS = {
  daily: 1,
  comprehensive: 2,
  specialist: 3,
  seasonal: 4,
  key_period: 5,
  accident_analogy: 6,
  pre_resumption: 7,
  expert_diagnosis: 8,
  control_failure: 9,
  other: 10,
} as const;
export type HazardCheckKind = keyof typeof HAZARD_CHECK_KINDS;

/** Who found it (issue 3 §2): the case's `source`. */
export const HAZARD_SOURCES = [
  'grid_patrol',
  'self_inspection',
  'department_inspection',
  'unannounced_inspection',
  'third_party',
  'public_report',
  'campaign',
  'other',
] as const;
export type HazardSource = (typeof HAZARD_SOURCES)[number];

/** Immediate (即查即改) or by deadline (限期整改): the exchange spec's `dangerManageType` 0 / 1. */
export const RECTIFICATION_MODES = { immediate: 0, by_deadline: 1 } as const;
