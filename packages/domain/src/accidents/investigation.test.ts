import { describe, expect, it } from 'vitest';
import {
  approvalDeadline,
  DEFAULT_INVESTIGATION_LIMITS,
  investigatingLevel,
  investigationDeadline,
  openNoLetsGo,
} from './investigation';

const AT = new Date('2026-03-10T02:30:00.000Z');
const DAY = 86_400_000;
const days = (n: number) => new Date(AT.getTime() + n * DAY);

// Decree 493 Art. 19, 28, 29, 32: domain-reference.md §1.7.
describe('who investigates (Decree 493 Art. 19)', () => {
  it.each([
    ['extraordinary', 'state'],
    ['major', 'province'],
    ['large', 'city'],
    ['ordinary', 'county'],
  ] as const)('%s → %s', (grade, level) => expect(investigatingLevel(grade)).toBe(level));
});

describe('the report within 60 days, extendable by at most 60; appraisal not counted (Art. 28–29)', () => {
  const limits = DEFAULT_INVESTIGATION_LIMITS.major;
  it('60 days, plus an approved extension and the appraisal days', () => {
    expect(investigationDeadline(AT, limits, { extensionDays: 0, appraisalDays: 0 })).toEqual({
      ok: true,
      value: days(60),
    });
    expect(investigationDeadline(AT, limits, { extensionDays: 60, appraisalDays: 12 })).toEqual({
      ok: true,
      value: days(132),
    });
  });

  it('an extension beyond 60 days, or a negative number of days, is refused', () => {
    expect(investigationDeadline(AT, limits, { extensionDays: 61, appraisalDays: 0 })).toEqual({
      ok: false,
      error: { code: 'ACCIDENT.EXTENSION_TOO_LONG', params: { days: 61, max: 60 } },
    });
    expect(investigationDeadline(AT, limits, { extensionDays: 0, appraisalDays: -1 }).ok).toBe(false);
  });

  it('shorter limits can be configured per grade (the 2013 rule’s 30 + 30, unconfirmed)', () => {
    const local = { reportDays: 30, maxExtensionDays: 30, approvalDays: 15 };
    expect(investigationDeadline(AT, local, { extensionDays: 30, appraisalDays: 0 })).toEqual({
      ok: true,
      value: days(60),
    });
    expect(investigationDeadline(AT, local, { extensionDays: 31, appraisalDays: 0 }).ok).toBe(false);
  });
});

describe('the approval within 15 days, 30 for extraordinary (Art. 32)', () => {
  it.each([
    ['ordinary', 15],
    ['large', 15],
    ['major', 15],
    ['extraordinary', 30],
  ] as const)('%s: %i days', (grade, n) => {
    expect(approvalDeadline(AT, DEFAULT_INVESTIGATION_LIMITS[grade])).toEqual(days(n));
  });
});

describe('closing needs the four no-lets-go (四不放过) complete', () => {
  it('names what is still open', () => {
    expect(openNoLetsGo({})).toEqual(['cause', 'responsible_persons', 'measures', 'education']);
    expect(openNoLetsGo({ cause: true, measures: true, education: false })).toEqual([
      'responsible_persons',
      'education',
    ]);
    expect(openNoLetsGo({ cause: true, responsible_persons: true, measures: true, education: true })).toEqual([]);
  });
});
