import { describe, expect, it } from 'vitest';
import type { cases } from '../cases/schema';
import type { Actor } from '../scope/actor';
import { todoActions, todoCondition } from './todo';

type CaseRow = typeof cases.$inferSelect;
const now = new Date('2026-05-01T02:00:00Z');

const actor = (roles: Actor['roles'], scope: Actor['scope'], departmentId: string | null = null): Actor => ({
  accountId: 'a0000000-0000-4000-8000-000000000001',
  username: 'u',
  displayName: 'U',
  roles,
  scope,
  departmentId,
  via: 'session',
});
const town = actor(['town_officer'], { kind: 'region', regionCode: '140525101', regionPath: '/x/', sectorCodes: [] });
const enterprise = actor(['enterprise_user'], {
  kind: 'enterprise',
  enterpriseId: 'e1',
  regionCode: '140525101',
  regionPath: '/x/',
  gridCode: null,
});

const row = (over: Partial<CaseRow>): CaseRow =>
  ({
    state: 'reported',
    level: null,
    fields: {},
    ownerUnit: 'enterprise:e1',
    ownerAccountId: null,
    supervisorUnit: 'region:140525101',
    reporterAccountId: null,
    ...over,
  }) as CaseRow;
const names = (a: Actor, r: CaseRow) => todoActions(a, r, now).map((t) => t.name);

describe('todoActions (the moves that put a hazard on someone’s to-do)', () => {
  it('a report waits for its supervising office to triage it, not for the owner', () => {
    expect(names(town, row({}))).toEqual(['accept', 'reject', 'merge', 'transfer']);
    expect(names(enterprise, row({}))).toEqual([]);
  });

  it('state-keeping options (ordering a suspension) do not put a rectifying hazard on the supervisor’s list', () => {
    const rectifying = row({ state: 'rectifying', level: 'major' });
    expect(names(town, rectifying)).toEqual([]);
    expect(names(enterprise, rectifying)).toEqual(['complete']);
  });

  it('the case’s own fields rule moves out: a suspended hazard is not completed but applies for resumption', () => {
    // Decree 16 Art. 23: after a suspension order the enterprise applies for resumption; review decides.
    const suspended = row({ state: 'rectifying', level: 'major', fields: { suspension: 'ordered' } });
    expect(names(enterprise, suspended)).toEqual(['apply_resumption']);
    const underReview = row({ state: 'awaiting_verification', level: 'major', fields: { suspension: 'applied' } });
    expect(names(town, underReview)).toEqual(['approve_resumption', 'refuse_resumption']);
    // Decree 16 Art. 3: a major hazard is not rectified immediately.
    expect(names(town, row({ state: 'accepted', level: 'major' }))).toEqual(['rectify_by_deadline']);
    expect(names(town, row({ state: 'accepted', level: 'ordinary' }))).toEqual([
      'rectify_immediately',
      'rectify_by_deadline',
    ]);
  });

  it('an account that takes no decision (admin, expert) has no to-do condition at all', () => {
    expect(todoCondition(actor(['admin'], town.scope))).toBeNull();
    expect(todoCondition(actor(['expert'], town.scope))).toBeNull();
    expect(todoCondition(town)).not.toBeNull();
  });
});
