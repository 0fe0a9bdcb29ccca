import { z } from 'zod';
import { zText } from './common';
import { ZRegionCode } from './regions';

/**
 * The deadline clock's data (issue 3 §1): escalation ladders per case type and region, and the official holiday
 * calendar per year. The shapes are checked here; the rules (distinct reminder days, increasing step days, real
 * dates, 调休 workdays on weekends) are the domain's `validateLadder` and `validateHolidayCalendar`, answered as
 * LADDER.* and CALENDAR.* codes.
 */
export const ESCALATION_ACTIONS = ['notify_supervisor', 'notify_leader', 'propose_listed_supervision'] as const;
export const ZEscalationAction = z.enum(ESCALATION_ACTIONS);

const days = z.number().int().min(0).max(3650);

export const ZLadder = z.strictObject({
  /** Reminders N days before the deadline (positive, distinct). */
  reminders: z.array(z.strictObject({ before: z.strictObject({ days }) })).max(10),
  /** Escalation steps N days after the deadline (≥ 0, strictly increasing), each with its action. */
  steps: z.array(z.strictObject({ afterOverdue: z.strictObject({ days }), action: ZEscalationAction })).max(10),
});
export type TLadder = z.infer<typeof ZLadder>;

export const ZCaseTypeName = z.string().regex(/^[a-z][a-z0-9_]{0,39}$/, { message: 'VALIDATION.INVALID_FORMAT' });

export const ZEscalationLadderPut = z.strictObject({
  caseType: ZCaseTypeName,
  /** null: the case type's default everywhere (only an account whose scope covers every region may set it). */
  regionCode: ZRegionCode.nullable(),
  ladder: ZLadder,
});
export type TEscalationLadderPut = z.infer<typeof ZEscalationLadderPut>;

export const ZEscalationLadderQuery = z.strictObject({ caseType: ZCaseTypeName.optional() });

export const ZEscalationLadder = z.object({
  id: z.string(),
  caseType: z.string(),
  regionCode: z.string().nullable(),
  regionName: z.string().nullable(),
  ladder: ZLadder,
  updatedAt: z.string(),
});
export type TEscalationLadder = z.infer<typeof ZEscalationLadder>;

/** `YYYY-MM-DD`; whether it is a real date and within the year is the domain's check (CALENDAR.*). */
const calendarDate = z.string().max(10);

export const ZHolidayCalendarPut = z.strictObject({
  /** Every day off of the notice's holiday blocks (放假), weekends inside a block included. */
  holidays: z.array(calendarDate).max(366),
  /** Weekend days that are working days (调休上班). */
  workdays: z.array(calendarDate).max(366),
  /** The notice: title, number and date. */
  source: zText(300),
});
export type THolidayCalendarPut = z.infer<typeof ZHolidayCalendarPut>;

export const ZYearParams = z.strictObject({ year: z.coerce.number().int().min(1000).max(9999) });

export const ZHolidayCalendar = z.object({
  year: z.number().int(),
  holidays: z.array(z.string()),
  workdays: z.array(z.string()),
  source: z.string(),
  loadedAt: z.string(),
});
export type THolidayCalendar = z.infer<typeof ZHolidayCalendar>;
