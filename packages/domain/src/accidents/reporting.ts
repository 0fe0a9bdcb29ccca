import type { AccidentGrade } from './grade';

/** The levels an accident report climbs (Decree 493 Art. 9–10): county, districted city, province, State Council. */
export const REPORT_LEVELS = ['county', 'city', 'province', 'state'] as const;
export type ReportLevel = (typeof REPORT_LEVELS)[number];

const HOUR_MS = 3_600_000;
/** The unit reports to the county-level department within 1 hour (Art. 9). */
export const UNIT_REPORT_HOURS = 1;
/** Each level passes it on within 2 hours (Art. 11). */
export const LEVEL_REPORT_HOURS = 2;

/** How far up a grade is reported (Art. 10): 一般 to the city, 较大 to the province, 重大 and 特别重大 to the State Council. */
export function topReportLevel(grade: AccidentGrade): ReportLevel {
  if (grade === 'ordinary') return 'city';
  if (grade === 'large') return 'province';
  return 'state';
}

/** The levels that must receive the report, from the county up to the grade's top level. */
export function reportChain(grade: AccidentGrade): ReportLevel[] {
  return REPORT_LEVELS.slice(0, REPORT_LEVELS.indexOf(topReportLevel(grade)) + 1);
}

/** The levels a grade needs that the accident's chain does not have yet: a grade that rises adds these steps. */
export function missingReportLevels(existing: readonly ReportLevel[], grade: AccidentGrade): ReportLevel[] {
  return reportChain(grade).filter((level) => !existing.includes(level));
}

export type ReportStep = { level: ReportLevel; deadline: Date; reportedAt: Date | null; late: boolean };

/**
 * Each step's deadline and whether it was late (迟报: reported after the time limit, §1.6): the county within 1 hour of
 * the accident (Art. 9, the unit's report), each higher level within 2 hours of the moment the level below reported
 * to it (Art. 11), or, while that has not happened, of the moment the level below was due. A step not reported yet is
 * late once its deadline has passed (`now`). A level added later because the grade rose (`addedAt`) gets its 2 hours
 * from that moment at the earliest: the level below could not pass on what it was not yet bound to report.
 */
export function reportSteps(
  grade: AccidentGrade,
  occurredAt: Date,
  reportedAt: Partial<Record<ReportLevel, Date>>,
  now: Date,
  addedAt: Partial<Record<ReportLevel, Date>> = {},
): ReportStep[] {
  const steps: ReportStep[] = [];
  let previous: Date | null = null;
  for (const level of reportChain(grade)) {
    const deadline: Date =
      previous === null
        ? new Date(occurredAt.getTime() + UNIT_REPORT_HOURS * HOUR_MS)
        : new Date(Math.max(previous.getTime(), addedAt[level]?.getTime() ?? 0) + LEVEL_REPORT_HOURS * HOUR_MS);
    const at = reportedAt[level] ?? null;
    const late = at ? at.getTime() > deadline.getTime() : now.getTime() > deadline.getTime();
    steps.push({ level, deadline, reportedAt: at, late });
    previous = at ?? deadline;
  }
  return steps;
}
