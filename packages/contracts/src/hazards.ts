import {
  FIVE_ASSURANCE_FIELDS,
  HAZARD_CATEGORIES,
  HAZARD_CHECK_KINDS,
  HAZARD_LEVELS,
  HAZARD_SOURCES,
  HAZARD_TYPES,
  type HazardCheckKind,
  type HazardType,
  MAJOR_HAZARD_REPORT_FIELDS,
  parseLocalDate,
  RECTIFICATION_PLAN_FIELDS,
} from '@redline/domain';
import { z } from 'zod';
import { ZId, ZPageQuery, zOptionalText, zQueryBool, zSort, zText } from './common';
import { ZGridCode, ZRegionCode } from './regions';
import { ZSectorCode } from './sectors';

export const ZHazardLevel = z.enum(HAZARD_LEVELS);
export const ZHazardCategory = z.enum(HAZARD_CATEGORIES);
export const ZHazardType = z.enum(Object.keys(HAZARD_TYPES) as [HazardType, ...HazardType[]]);
export const ZHazardCheckKind = z.enum(Object.keys(HAZARD_CHECK_KINDS) as [HazardCheckKind, ...HazardCheckKind[]]);
export const ZHazardSource = z.enum(HAZARD_SOURCES);
export const HAZARD_STATES = [
  'reported',
  'transferred',
  'accepted',
  'rectifying',
  'awaiting_verification',
  'written_off',
  'rejected',
  'merged',
] as const;
export const ZHazardState = z.enum(HAZARD_STATES);

/** A local date (YYYY-MM-DD, Asia/Shanghai): a deadline given as a date ends at 23:59:59.999 that day. */
export const ZLocalDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'VALIDATION.INVALID_FORMAT' })
  .refine((date) => parseLocalDate(date) !== null, { message: 'VALIDATION.INVALID_FORMAT' });

/**
 * A unit that owns or supervises a case: `region:<code>` (the safety office of that region's government, e.g. a
 * town's 安监办), `department:<id>` (a department), `enterprise:<id>`, `grid:<code>`.
 */
export const ZUnitKey = z
  .string()
  .regex(/^(region:\d{6}(\d{3}|\d{6})?|department:[0-9a-f-]{36}|enterprise:[0-9a-f-]{36}|grid:[0-9A-Za-z-]{1,40})$/, {
    message: 'VALIDATION.INVALID_FORMAT',
  });

/** The standard and article that make a hazard major (判定依据), from the catalogue at GET /hazard-standards. */
export const ZDeterminationBasis = z.strictObject({
  standard: zText(64),
  article: zText(64),
  note: zOptionalText(500),
});

const money = z.number().min(0).max(1e12);

/**
 * The fields a hazard carries beyond the kernel's columns, all optional at report time; transitions require them
 * as the workflow says (five assurances, major-hazard report and plan items). Stored in the case's `fields`.
 */
export const hazardFieldShape = {
  description: zOptionalText(2000),
  category: ZHazardCategory.nullish(),
  hazardType: ZHazardType.nullish(),
  checkKind: ZHazardCheckKind.nullish(),
  level: ZHazardLevel.nullish(),
  determinationBasis: ZDeterminationBasis.nullish(),
  // Five assurances (五落实): measures, responsible person, funds (CNY planned), deadline (the case's), contingency plan.
  measures: zOptionalText(2000),
  responsiblePerson: zOptionalText(64),
  funds: money.nullish(),
  contingencyPlan: zOptionalText(2000),
  // Major-hazard report (Decree 16 Art. 14 para 2).
  currentCondition: zOptionalText(2000),
  causes: zOptionalText(2000),
  harmAndDifficultyAnalysis: zOptionalText(2000),
  // Rectification plan (Decree 16 Art. 15) beyond measures, funds, responsible person and contingency plan.
  objectives: zOptionalText(2000),
  materials: zOptionalText(2000),
  responsibleOrganisation: zOptionalText(128),
  rectificationRequirements: zOptionalText(2000),
  safetyMeasures: zOptionalText(2000),
  /** Funds actually spent (CNY), reported on completion. */
  fundsSpent: money.nullish(),
  transferTo: ZUnitKey.nullish(),
  mergedInto: ZId.nullish(),
  /** The unit that lists a major hazard for supervision (挂牌督办), with the listing's deadline. */
  listedUnit: ZUnitKey.nullish(),
};
export const ZHazardFields = z.strictObject(hazardFieldShape);
export type THazardFields = z.infer<typeof ZHazardFields>;

export const ZHazardReport = z.strictObject({
  title: zText(100),
  description: zOptionalText(2000),
  /** Where: the enterprise's region when an enterprise is given and no region is; otherwise required. */
  regionCode: ZRegionCode.nullish(),
  gridCode: ZGridCode.nullish(),
  enterpriseId: ZId.nullish(),
  sectorCode: ZSectorCode.nullish(),
  category: ZHazardCategory.nullish(),
  hazardType: ZHazardType.nullish(),
  checkKind: ZHazardCheckKind.nullish(),
  source: ZHazardSource,
  /** The reporter's view; the supervising unit decides when accepting. */
  level: ZHazardLevel.nullish(),
  determinationBasis: ZDeterminationBasis.nullish(),
  locationText: zOptionalText(200),
  lng: z.number().min(73).max(136).nullish(),
  lat: z.number().min(3).max(54).nullish(),
  /** Before-photos uploaded first with POST /evidence. */
  evidenceIds: z.array(ZId).max(9).default([]),
});
export type THazardReport = z.infer<typeof ZHazardReport>;

/** A deadline as a local date, an instant, or a number of calendar or working days from now. */
export const ZDeadlineInput = z.union([
  ZLocalDate,
  z.iso.datetime({ offset: true }),
  z.strictObject({ days: z.number().int().min(1).max(3650), unit: z.enum(['calendar', 'working']) }),
]);

export const ZHazardTransition = z.strictObject({
  transition: zText(40),
  /** The case version the client saw: a stale one answers 409 CASE.STALE_VERSION with the current state. */
  version: z.number().int().min(1),
  comment: zOptionalText(2000),
  fields: ZHazardFields.partial().default({}),
  deadline: ZDeadlineInput.optional(),
  /** Photos uploaded first with POST /evidence: after-photos for `complete`. */
  evidenceIds: z.array(ZId).max(9).default([]),
});
export type THazardTransition = z.infer<typeof ZHazardTransition>;

export const ZListedSupervision = z.strictObject({
  version: z.number().int().min(1),
  unit: ZUnitKey,
  deadline: ZDeadlineInput,
  comment: zOptionalText(2000),
});

export const HAZARD_SORT_FIELDS = ['createdAt', 'deadline', 'number', 'updatedAt'] as const;
export const ZHazardListQuery = ZPageQuery.extend({
  sort: zSort(HAZARD_SORT_FIELDS),
  q: zOptionalText(100),
  regionCode: ZRegionCode.optional(),
  sectorCode: ZSectorCode.optional(),
  level: ZHazardLevel.optional(),
  state: z
    .string()
    .max(200)
    .transform((v) => v.split(',').filter(Boolean))
    .pipe(z.array(ZHazardState))
    .optional(),
  source: ZHazardSource.optional(),
  enterpriseId: ZId.optional(),
  overdue: zQueryBool.optional(),
  listed: zQueryBool.optional(),
  from: ZLocalDate.optional(),
  to: ZLocalDate.optional(),
});
export type THazardListQuery = z.infer<typeof ZHazardListQuery>;

export const ZHazard = z.object({
  id: z.string(),
  number: z.string(),
  title: z.string(),
  state: ZHazardState,
  version: z.number().int(),
  cycle: z.number().int(),
  level: ZHazardLevel.nullable(),
  source: z.string().nullable(),
  regionCode: z.string(),
  regionName: z.string(),
  gridCode: z.string().nullable(),
  enterprise: z.object({ id: z.string(), name: z.string(), uscc: z.string() }).nullable(),
  sectorCode: z.string().nullable(),
  ownerUnit: z.string().nullable(),
  supervisorUnit: z.string().nullable(),
  deadline: z.string().nullable(),
  overdue: z.boolean(),
  listed: z.object({ unit: z.string(), at: z.string() }).nullable(),
  locationText: z.string().nullable(),
  lng: z.number().nullable(),
  lat: z.number().nullable(),
  mergedIntoId: z.string().nullable(),
  fields: z.record(z.string(), z.unknown()),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type THazard = z.infer<typeof ZHazard>;

/** The five assurances, report items and plan items as field lists (the UI builds its forms from them). */
export const HAZARD_FORM_FIELDS = {
  fiveAssurances: FIVE_ASSURANCE_FIELDS,
  majorReport: MAJOR_HAZARD_REPORT_FIELDS,
  rectificationPlan: RECTIFICATION_PLAN_FIELDS,
};

export const ZDuplicateSuggestion = z.object({
  id: z.string(),
  number: z.string(),
  title: z.string(),
  state: z.string(),
  score: z.number(),
  distanceMetres: z.number().nullable(),
  sameEnterprise: z.boolean(),
  createdAt: z.string(),
});
export const ZDuplicateQuery = z.strictObject({
  title: zText(100),
  enterpriseId: ZId.optional(),
  lng: z.coerce.number().min(73).max(136).optional(),
  lat: z.coerce.number().min(3).max(54).optional(),
});

export const ZHazardReported = z.object({
  hazard: ZHazard,
  evidence: z.array(
    z.object({ id: z.string(), phase: z.string(), sha256: z.string(), reusedOnCases: z.array(z.unknown()) }),
  ),
  duplicates: z.array(ZDuplicateSuggestion),
});

export const ZTimelineEvent = z.object({
  id: z.string(),
  cycle: z.number().int(),
  at: z.string(),
  kind: z.string(),
  transition: z.string().nullable(),
  fromState: z.string().nullable(),
  toState: z.string().nullable(),
  comment: z.string().nullable(),
  data: z.record(z.string(), z.unknown()),
  actorId: z.string().nullable(),
  actorName: z.string().nullable(),
});

export const ZHazardDetail = ZHazard.extend({
  relations: z.array(z.string()),
  actions: z.array(z.object({ name: z.string(), to: z.string(), requires: z.array(z.unknown()) })),
  timeline: z.array(ZTimelineEvent),
  evidence: z.array(z.unknown()),
  linkedCases: z.array(
    z.object({
      id: z.string(),
      number: z.string(),
      type: z.string(),
      state: z.string(),
      deadline: z.string().nullable(),
    }),
  ),
  mergedHere: z.array(z.object({ id: z.string(), number: z.string(), title: z.string() })),
});
