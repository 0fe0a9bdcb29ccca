import {
  ACCIDENT_CATEGORY_CODES,
  CHECK_CYCLES,
  LIBRARY_SECTOR_CODES,
  MEASURE_CLASSES,
  RISK_LEVELS,
} from '@redline/domain';
import { z } from 'zod';
import { zOptionalText, zText } from './common';
import { ZRiskSettings } from './risk-settings';

export const ZRiskLevel = z.enum(RISK_LEVELS);

/** An assessment: LEC factors (from the §4.2 tables, checked by the server) or likelihood × severity (1–5). */
export const ZAssessment = z.discriminatedUnion('method', [
  z.strictObject({ method: z.literal('lec'), l: z.number(), e: z.number(), c: z.number() }),
  z.strictObject({ method: z.literal('matrix'), likelihood: z.number(), severity: z.number() }),
]);

export const ZRiskUnitInput = z.strictObject({
  objectName: zText(100),
  name: zText(100),
  kind: z.enum(['facility', 'activity']),
  department: zOptionalText(100),
  responsiblePerson: zOptionalText(64),
  locationText: zOptionalText(200),
  hazardFactors: z.array(zText(200)).max(50).default([]),
  accidentTypes: z
    .array(z.enum(ACCIDENT_CATEGORY_CODES as [string, ...string[]]))
    .max(20)
    .default([]),
});
export type TRiskUnitInput = z.infer<typeof ZRiskUnitInput>;

export const ZRiskEventInput = z.strictObject({
  name: zText(100),
  inherent: ZAssessment,
  residual: ZAssessment.nullish(),
});
export type TRiskEventInput = z.infer<typeof ZRiskEventInput>;

export const ZCheckScheduleInput = z.strictObject({
  cycle: z.enum(CHECK_CYCLES),
  every: z.number().int().min(1).max(1000),
  days: z.enum(['all', 'working']),
  workStart: z.string().optional(),
  workEnd: z.string().optional(),
  shiftHours: z.number().optional(),
});

export const ZRiskMeasureInput = z.strictObject({
  description: zText(500),
  classify: z.enum(MEASURE_CLASSES),
  checkContent: zOptionalText(500),
  schedule: ZCheckScheduleInput.nullish(),
  post: zOptionalText(64),
});
export type TRiskMeasureInput = z.infer<typeof ZRiskMeasureInput>;

export const ZLibraryCopy = z.strictObject({ sector: z.enum(LIBRARY_SECTOR_CODES) });

const ZAssessed = z.object({ score: z.number(), level: ZRiskLevel, colour: z.string() });

export const ZRiskMeasure = z.object({
  id: z.string(),
  description: z.string(),
  classify: z.string(),
  checkContent: z.string().nullable(),
  schedule: z.record(z.string(), z.unknown()).nullable(),
  post: z.string().nullable(),
});
export const ZRiskEvent = z.object({
  id: z.string(),
  name: z.string(),
  inherent: ZAssessed.extend({ assessment: z.record(z.string(), z.unknown()) }),
  residual: ZAssessed.extend({ assessment: z.record(z.string(), z.unknown()) }).nullable(),
  /** The level the event counts at: residual when assessed, else inherent. */
  level: ZRiskLevel,
  measures: z.array(ZRiskMeasure),
});
export const ZRiskUnit = z.object({
  id: z.string(),
  objectName: z.string(),
  name: z.string(),
  kind: z.enum(['facility', 'activity']),
  department: z.string().nullable(),
  responsiblePerson: z.string().nullable(),
  locationText: z.string().nullable(),
  hazardFactors: z.array(z.string()),
  accidentTypes: z.array(z.string()),
  /** The highest level of its events (null without events), and who controls it (§4.4). */
  level: ZRiskLevel.nullable(),
  controlLevels: z.array(z.string()),
  /** Open hazards its check runs reported. */
  openHazards: z.number().int(),
  events: z.array(ZRiskEvent),
});
export const ZRiskRegister = z.object({
  enterprise: z.object({ id: z.string(), name: z.string() }),
  /** Units by the colour of their highest risk. */
  counts: z.record(ZRiskLevel, z.number().int()),
  units: z.array(ZRiskUnit),
  /** The grading in force at the enterprise's region, so a form previews a level as the server will grade it. */
  grading: ZRiskSettings,
});
export type TRiskRegister = z.infer<typeof ZRiskRegister>;

/** A check record: each item checked, ok or not; a not-ok item says what was found and may bring photos. */
export const ZCheckRecord = z.strictObject({
  version: z.number().int().min(1),
  items: z
    .array(
      z.strictObject({
        item: zText(200),
        ok: z.boolean(),
        /** What was found (required when not ok: it becomes the hazard's title). */
        finding: zOptionalText(100),
        note: zOptionalText(2000),
        evidenceIds: z.array(z.string().uuid()).max(9).default([]),
      }),
    )
    .min(1)
    .max(50),
  comment: zOptionalText(2000),
});
export type TCheckRecord = z.infer<typeof ZCheckRecord>;

export const ZCheckRecorded = z.object({
  id: z.string(),
  state: z.string(),
  /** The hazards the not-ok items reported, in item order. */
  hazards: z.array(z.object({ id: z.string(), number: z.string() })),
});
