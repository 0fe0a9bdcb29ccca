import { ACCIDENT_CATEGORY_CODES, MEASURE_CLASSES } from '@redline/domain';
import { z } from 'zod';
import { zOptionalText, zText } from './common';
import { ZAssessment, ZCheckScheduleInput } from './risks';

/**
 * Changes to a register's rows: only the fields given change (last write wins; every change is audited with its
 * before and after). Written out rather than `.partial()`, whose defaults would fill absent lists with `[]`.
 */
export const ZRiskUnitPatch = z.strictObject({
  objectName: zText(100).optional(),
  name: zText(100).optional(),
  kind: z.enum(['facility', 'activity']).optional(),
  department: zOptionalText(100),
  responsiblePerson: zOptionalText(64),
  locationText: zOptionalText(200),
  hazardFactors: z.array(zText(200)).max(50).optional(),
  accidentTypes: z
    .array(z.enum(ACCIDENT_CATEGORY_CODES as [string, ...string[]]))
    .max(20)
    .optional(),
});
export type TRiskUnitPatch = z.infer<typeof ZRiskUnitPatch>;

/** A re-assessment re-grades the event; `residual: null` removes the residual assessment. */
export const ZRiskEventPatch = z.strictObject({
  name: zText(100).optional(),
  inherent: ZAssessment.optional(),
  residual: ZAssessment.nullable().optional(),
});
export type TRiskEventPatch = z.infer<typeof ZRiskEventPatch>;

export const ZRiskMeasurePatch = z.strictObject({
  description: zText(500).optional(),
  classify: z.enum(MEASURE_CLASSES).optional(),
  checkContent: zOptionalText(500),
  /** `null` stops the measure's checks (no more runs open). */
  schedule: ZCheckScheduleInput.nullable().optional(),
  post: zOptionalText(64),
});
export type TRiskMeasurePatch = z.infer<typeof ZRiskMeasurePatch>;

/** What an archive took out of the register, and the due check runs it withdrew. */
export const ZRiskArchived = z.object({
  units: z.number().int(),
  events: z.number().int(),
  measures: z.number().int(),
  runsWithdrawn: z.number().int(),
});
export type TRiskArchived = z.infer<typeof ZRiskArchived>;

/** A comment on a register, or on one of its units. */
export const ZRiskCommentInput = z.strictObject({
  body: zText(2000),
  unitId: z.string().uuid().nullish(),
});
export type TRiskCommentInput = z.infer<typeof ZRiskCommentInput>;

export const ZRiskComment = z.object({
  id: z.string(),
  body: z.string(),
  unit: z.object({ id: z.string(), name: z.string() }).nullable(),
  author: z.object({ id: z.string(), name: z.string() }),
  /** `enterprise`: one of the enterprise's own accounts; `department`: a supervising account. */
  authorKind: z.enum(['enterprise', 'department']),
  createdAt: z.string(),
});
export type TRiskComment = z.infer<typeof ZRiskComment>;
