import { CONTROL_LEVELS, RISK_LEVELS } from '@redline/domain';
import { z } from 'zod';

export const ZControlLevel = z.enum(CONTROL_LEVELS);

/**
 * Thresholds of one method: a score at or above `major` is 重大, etc. (domain-reference.md §4.2–4.3). `boundary: 'below'`
 * puts a score exactly on a threshold in the band below. The order and sign are checked by the domain
 * (RISK.THRESHOLDS_INVALID on the field at fault), so the form shows one message for them.
 */
export const ZRiskThresholds = z.strictObject({
  major: z.number().finite(),
  large: z.number().finite(),
  ordinary: z.number().finite(),
  boundary: z.enum(['above', 'below']),
});

/** A region's risk grading: thresholds per method and the control level of each risk level (§4.4). */
export const ZRiskSettingsInput = z.strictObject({
  lec: ZRiskThresholds,
  matrix: ZRiskThresholds,
  controlMapping: z.strictObject(
    Object.fromEntries(RISK_LEVELS.map((l) => [l, ZControlLevel])) as Record<
      (typeof RISK_LEVELS)[number],
      typeof ZControlLevel
    >,
  ),
});
export type TRiskSettingsInput = z.infer<typeof ZRiskSettingsInput>;

/** The settings in force for a region: its own, else the nearest region above with some, else the defaults. */
export const ZRiskSettings = ZRiskSettingsInput.extend({
  regionCode: z.string(),
  /** The region whose settings apply (null: the defaults of domain-reference.md §4). */
  from: z.string().nullable(),
  fromName: z.string().nullable(),
});
export type TRiskSettings = z.infer<typeof ZRiskSettings>;
