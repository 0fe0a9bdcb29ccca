import { err, ok, type Result } from '../result';
import type { AccidentGrade } from './grade';
import type { ReportLevel } from './reporting';

const DAY_MS = 86_400_000;

/** Who investigates (Decree 493 Art. 19): 特别重大 the State Council, 重大 the province, 较大 the city, 一般 the county. */
export function investigatingLevel(grade: AccidentGrade): ReportLevel {
  return ({ extraordinary: 'state', major: 'province', large: 'city', ordinary: 'county' } as const)[grade];
}

/** Limits in days: the report due after the accident, the most an approval may extend it, the approval's own limit. */
export type InvestigationLimits = { reportDays: number; maxExtensionDays: number; approvalDays: number };

/**
 * Decree 493's limits for every grade: the report within 60 days, extendable by at most 60 with approval (Art. 29),
 * the approval (批复) within 15 days, 30 for 特别重大 (Art. 32). The 2013 rule's shorter limits for work-safety
 * departments are unconfirmed (domain-reference.md, unconfirmed item 1): a region sets them as configuration.
 */
export const DEFAULT_INVESTIGATION_LIMITS: Record<AccidentGrade, InvestigationLimits> = {
  ordinary: { reportDays: 60, maxExtensionDays: 60, approvalDays: 15 },
  large: { reportDays: 60, maxExtensionDays: 60, approvalDays: 15 },
  major: { reportDays: 60, maxExtensionDays: 60, approvalDays: 15 },
  extraordinary: { reportDays: 60, maxExtensionDays: 60, approvalDays: 30 },
};

/**
 * The investigation report's deadline: the accident's moment plus the limit, the approved extension (at most the
 * grade's maximum) and the days of technical appraisal, which do not count toward the limit (Art. 28–29).
 */
export function investigationDeadline(
  occurredAt: Date,
  limits: InvestigationLimits,
  extra: { extensionDays: number; appraisalDays: number },
): Result<Date> {
  for (const [field, n] of Object.entries(extra)) {
    if (!Number.isInteger(n) || n < 0) return err('ACCIDENT.DAYS_INVALID', { field, value: String(n) });
  }
  if (extra.extensionDays > limits.maxExtensionDays) {
    return err('ACCIDENT.EXTENSION_TOO_LONG', { days: extra.extensionDays, max: limits.maxExtensionDays });
  }
  const days = limits.reportDays + extra.extensionDays + extra.appraisalDays;
  return ok(new Date(occurredAt.getTime() + days * DAY_MS));
}

/** The approval's deadline: 15 days after the report is received, 30 for 特别重大 (Art. 32). */
export const approvalDeadline = (receivedAt: Date, limits: InvestigationLimits): Date =>
  new Date(receivedAt.getTime() + limits.approvalDays * DAY_MS);

/** 四不放过: the cause found, those responsible dealt with, measures taken, people educated. */
export const FOUR_NO_LETS_GO = ['cause', 'responsible_persons', 'measures', 'education'] as const;
export type NoLetsGo = (typeof FOUR_NO_LETS_GO)[number];

/** The items of the checklist not yet done; an investigation closes only when there are none. */
export const openNoLetsGo = (done: Partial<Record<NoLetsGo, boolean>>): NoLetsGo[] =>
  FOUR_NO_LETS_GO.filter((item) => done[item] !== true);
