import type { TAccidentReport, TAccidentSupplement } from '@redline/contracts';
import {
  ACCIDENT_GRADES,
  type AccidentGrade,
  type Casualties,
  casualtyWindowDays,
  type Grading,
  gradeAccident,
} from '@redline/domain';
import type { Dayjs } from 'dayjs';
import { formatDateTime } from '../../app/format';

/** The form's minute format: a time typed as Beijing wall time, whatever the browser's time zone. */
export const MINUTE_FORMAT = 'YYYY-MM-DD HH:mm';

/**
 * A wall time picked in the form (`2026-03-05 14:20`, Beijing) as the instant the API takes
 * (`2026-03-05T14:20:00+08:00`); null when nothing was picked. The picker's value is read by its fields, never by its
 * zone, so a browser outside China still reports Beijing time.
 */
export function instantOfWallTime(value: Pick<Dayjs, 'format'> | null | undefined): string | null {
  if (!value) return null;
  return `${value.format('YYYY-MM-DDTHH:mm')}:00+08:00`;
}

/** An instant as the Beijing wall time the pickers show (`YYYY-MM-DD HH:mm`). */
export const wallTimeOf = (at: Date | string): string => formatDateTime(typeof at === 'string' ? at : at.toISOString());

export type CasualtyValues = {
  deaths?: number | null;
  missing?: number | null;
  seriousInjuries?: number | null;
  minorInjuries?: number | null;
  directLossCny?: number | null;
};

/** What the report form holds. */
export type ReportValues = CasualtyValues & {
  title?: string;
  occurredAt?: Dayjs | null;
  learnedAt?: Dayjs | null;
  regionCode?: string;
  locationText?: string;
  enterpriseId?: string | null;
  sector?: string;
  categoryCode?: string;
  industryCode?: string;
  unitOverview?: string;
  sceneSituation?: string;
  briefCourse?: string;
  casualtyNote?: string;
  measuresTaken?: string;
  otherMatters?: string;
  reporterName?: string;
  reporterUnit?: string;
  reporterPhone?: string;
};

const trimmed = (value: string | null | undefined): string => value?.trim() ?? '';
const optional = (value: string | null | undefined): string | null => value?.trim() || null;

/** A count or amount left empty in the form: zero, which is what "nobody hurt" means in a report. */
export const numberOf = (value: number | null | undefined): number => (typeof value === 'number' ? value : 0);

export function casualtiesOf(values: CasualtyValues): Casualties {
  return {
    deaths: numberOf(values.deaths),
    missing: numberOf(values.missing),
    seriousInjuries: numberOf(values.seriousInjuries),
    minorInjuries: numberOf(values.minorInjuries),
    directLossCny: numberOf(values.directLossCny),
  };
}

/**
 * POST /accidents's body from the form: text trimmed, optional text left empty sent as null, empty counts as 0. The
 * server checks everything again (and says which field is wrong); a required text left empty is sent as '' so that
 * the server's answer names it.
 */
export function reportBodyOf(values: ReportValues): TAccidentReport {
  return {
    title: trimmed(values.title),
    occurredAt: instantOfWallTime(values.occurredAt) ?? '',
    learnedAt: instantOfWallTime(values.learnedAt) ?? '',
    locationText: trimmed(values.locationText),
    regionCode: values.regionCode ?? '',
    enterpriseId: values.enterpriseId || null,
    sector: (values.sector ?? '') as TAccidentReport['sector'],
    categoryCode: values.categoryCode ?? '',
    industryCode: optional(values.industryCode)?.toUpperCase() ?? null,
    ...casualtiesOf(values),
    unitOverview: optional(values.unitOverview),
    sceneSituation: trimmed(values.sceneSituation),
    briefCourse: trimmed(values.briefCourse),
    casualtyNote: optional(values.casualtyNote),
    measuresTaken: trimmed(values.measuresTaken),
    otherMatters: optional(values.otherMatters),
    reporterName: trimmed(values.reporterName),
    reporterUnit: optional(values.reporterUnit),
    reporterPhone: optional(values.reporterPhone),
  };
}

/** POST /accidents/:id/supplements's body: the figures as they now stand, with the version the user saw. */
export function supplementBodyOf(version: number, values: CasualtyValues & { note?: string }): TAccidentSupplement {
  return { version, ...casualtiesOf(values), note: trimmed(values.note) };
}

/**
 * The six items of an accident report (Decree 493 Art. 12), as ACCIDENT_REPORT_ITEMS of the contracts (a test keeps
 * them equal; the screens do not download zod for it), with whether each must be filled.
 */
export const REPORT_ITEMS = [
  'unitOverview',
  'sceneSituation',
  'briefCourse',
  'casualtyNote',
  'measuresTaken',
  'otherMatters',
] as const;
export const REQUIRED_REPORT_ITEMS: ReadonlySet<string> = new Set(['sceneSituation', 'briefCourse', 'measuresTaken']);

export const GRADE_CRITERIA = ['deaths', 'seriousInjuries', 'directLoss'] as const;
export type GradeCriterion = (typeof GRADE_CRITERIA)[number];

export type GradePreview = Grading & {
  /** The criteria that give the accident its grade (each at the accident's grade); none for 一般 (none reaches 较大). */
  deciding: GradeCriterion[];
  /** The figure of each criterion as counted (deaths with the missing once the window has closed). */
  values: Record<GradeCriterion, number>;
  /** The days after which the missing count as dead (Decree 493 Art. 13: 30, or 7 for road traffic and fire). */
  windowDays: number;
};

/**
 * The grade the figures give as of `asOf` (Decree 493 Art. 3, through `gradeAccident` of the domain) and which
 * criterion decides it. Without an occurrence time the accident is taken as happening now (the missing not yet dead).
 */
export function previewGrade(
  values: CasualtyValues,
  occurredAt: Date | null,
  sector: string | null,
  asOf: Date,
): GradePreview {
  const casualties = casualtiesOf(values);
  const grading = gradeAccident({ ...casualties, occurredAt: occurredAt ?? asOf, sector }, asOf);
  const deciding =
    grading.grade === 'ordinary' ? [] : GRADE_CRITERIA.filter((c) => grading.byCriterion[c] === grading.grade);
  return {
    ...grading,
    deciding,
    values: {
      deaths: grading.countedDeaths,
      seriousInjuries: casualties.seriousInjuries,
      directLoss: casualties.directLossCny,
    },
    windowDays: casualtyWindowDays(sector),
  };
}

/** Whether a grade is higher than another (较大 over 一般 …), for the supplement dialog's "grade rises" note. */
export const gradeRank = (grade: AccidentGrade): number => ACCIDENT_GRADES.indexOf(grade);
