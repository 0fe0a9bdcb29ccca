import { describe, expect, it } from 'vitest';
import { linkOf, type NotifiedCase } from './present';
import type { notifications } from './schema';

const note = (over: Partial<typeof notifications.$inferSelect>): typeof notifications.$inferSelect => ({
  id: 1n,
  accountId: 'a',
  kind: 'overdue',
  caseId: 'c1',
  eventId: null,
  messageKey: 'NOTIFY.CASE_OVERDUE',
  params: {},
  dedupeKey: 'k',
  createdAt: new Date(),
  readAt: null,
  ...over,
});
const about = (type: string, parentId: string | null = null, enterpriseId: string | null = 'e1'): NotifiedCase => ({
  type,
  parentId,
  enterpriseId,
});

describe('the web path a notification opens', () => {
  it('opens a hazard, or the hazard of its resumption review', () => {
    expect(linkOf(note({}), about('hazard'))).toBe('/hazards/c1');
    expect(linkOf(note({}), about('resumption_review', 'h1'))).toBe('/hazards/h1');
  });

  it('opens the accident of an accident, a report step or an investigation', () => {
    expect(linkOf(note({}), about('accident'))).toBe('/accidents/c1');
    expect(linkOf(note({}), about('accident_report', 'a1'))).toBe('/accidents/a1');
    expect(linkOf(note({}), about('accident_investigation', 'a1'))).toBe('/accidents/a1');
  });

  it('opens the check runs of the enterprise of an overdue check run, and the register a comment is on', () => {
    expect(linkOf(note({}), about('risk_check'))).toBe('/enterprises/e1/risks/checks');
    expect(linkOf(note({ kind: 'risk_comment', caseId: null, params: { enterpriseId: 'e2' } }), null)).toBe(
      '/enterprises/e2/risks',
    );
  });

  it('opens nothing when the case is gone or unknown', () => {
    expect(linkOf(note({}), null)).toBeNull();
    expect(linkOf(note({}), about('something_new'))).toBeNull();
    expect(linkOf(note({ kind: 'risk_comment', caseId: null }), null)).toBeNull();
  });
});
