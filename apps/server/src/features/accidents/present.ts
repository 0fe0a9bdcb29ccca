import {
  ACCIDENT_REPORT_WORKFLOW,
  type AccidentGrade,
  availableTransitions,
  casualtyWindowEnd,
  gradeAccident,
  type ReportIrregularity,
  type ReportLevel,
} from '@redline/domain';
import type { AccidentRow, ChildRow, VersionRow } from './repo';

/** The figures in force at `asOf`: the last version reported by then (the first report before it was made). */
export function versionAsOf(versions: readonly VersionRow[], asOf: Date): VersionRow {
  let found = versions[0]!;
  for (const v of versions) if (v.effectiveAt.getTime() <= asOf.getTime()) found = v;
  return found;
}

export const casualtiesOf = (v: VersionRow) => ({
  deaths: v.deaths,
  missing: v.missing,
  seriousInjuries: v.seriousInjuries,
  minorInjuries: v.minorInjuries,
  directLossCny: Number(v.directLossCny),
});

/** An accident's grade at `asOf` from the figures in force then (Decree 493 Art. 3). */
export function gradingOf(
  row: Pick<AccidentRow, 'occurredAt' | 'sector'>,
  versions: readonly VersionRow[],
  asOf: Date,
) {
  const version = versionAsOf(versions, asOf);
  const casualties = casualtiesOf(version);
  return {
    version,
    casualties,
    ...gradeAccident({ ...casualties, occurredAt: row.occurredAt, sector: row.sector }, asOf),
  };
}

export type StepIrregularity = { kind: ReportIrregularity; comment: string; at: string; actorName: string | null };
export type StepFields = {
  reportLevel: ReportLevel;
  reportedAt?: string;
  deadline?: string;
  recipient?: string;
  late?: boolean;
  addedAt?: string;
  /** Set when a falling grade no longer needs this level: its clock stopped. */
  notRequired?: boolean;
  irregularities?: StepIrregularity[];
};

export const stepFields = (step: ChildRow) => step.fields as StepFields;

/** A report step is late (迟报) when reported after its deadline, or, not reported yet, once the deadline has passed. */
export function stepLate(step: ChildRow, now: Date): boolean {
  const f = stepFields(step);
  if (f.reportedAt) return f.late === true;
  if (f.notRequired) return false;
  return step.deadline !== null && now.getTime() > step.deadline.getTime();
}

export function presentStep(step: ChildRow, now: Date, roles: readonly string[]) {
  const f = stepFields(step);
  return {
    id: step.id,
    number: step.number,
    level: f.reportLevel,
    state: step.state as 'due' | 'reported',
    version: step.version,
    // A reported step's clock has stopped: its deadline is kept in its fields.
    deadline: f.deadline ?? step.deadline!.toISOString(),
    reportedAt: f.reportedAt ?? null,
    recipient: f.recipient ?? null,
    late: stepLate(step, now),
    irregularities: f.irregularities ?? [],
    actions: availableTransitions(ACCIDENT_REPORT_WORKFLOW, step.state, [...roles], []).map((t) => t.name),
  };
}

const steps = (children: readonly ChildRow[]) => children.filter((c) => c.type === 'accident_report');
export const investigationOf = (children: readonly ChildRow[]) =>
  children.find((c) => c.type === 'accident_investigation');

/** One accident as the list shows it, with figures and grade as of `asOf`. */
export function presentAccident(
  row: AccidentRow,
  versions: readonly VersionRow[],
  children: readonly ChildRow[],
  asOf: Date,
  now: Date,
) {
  const grading = gradingOf(row, versions, asOf);
  const reportSteps = steps(children);
  const investigation = investigationOf(children);
  const irregularities = [
    ...new Set(reportSteps.flatMap((s) => (stepFields(s).irregularities ?? []).map((i) => i.kind))),
  ];
  return {
    id: row.id,
    number: row.number,
    title: row.title,
    state: row.state as 'open' | 'closed',
    version: row.version,
    occurredAt: row.occurredAt.toISOString(),
    learnedAt: row.learnedAt.toISOString(),
    regionCode: row.regionCode,
    regionName: row.regionName,
    locationText: row.locationText,
    enterprise:
      row.enterpriseId && row.enterpriseName
        ? { id: row.enterpriseId, name: row.enterpriseName, uscc: row.enterpriseUscc ?? '' }
        : null,
    sector: row.sector as never,
    categoryCode: row.categoryCode,
    industryCode: row.industryCode,
    casualties: grading.casualties,
    grade: grading.grade as AccidentGrade,
    byCriterion: grading.byCriterion,
    countedDeaths: grading.countedDeaths,
    missingCountedAsDead: grading.missingCountedAsDead,
    casualtyWindowEnd: casualtyWindowEnd(row.occurredAt, row.sector).toISOString(),
    reportLate: reportSteps.some((s) => stepLate(s, now)),
    irregularities,
    investigation: investigation
      ? { id: investigation.id, state: investigation.state, deadline: investigation.deadline?.toISOString() ?? null }
      : null,
    asOf: asOf.toISOString(),
    createdAt: row.createdAt.toISOString(),
  };
}
