import { describe, expect, it } from 'vitest';
import { checkTransition, terminalStates } from '../cases/state-machine';
import { validateWorkflow } from '../cases/validate-workflow';
import { RISK_CHECK_WORKFLOW } from './check-workflow';

const request = (transition: string, roles = ['enterprise_user']) => ({
  transition,
  expectedVersion: 1,
  actorRoles: roles,
  actorRelations: [],
  now: new Date('2026-03-02T02:00:00.000Z'),
});

describe('the check run workflow (docs/decisions/005-risk-checks.md)', () => {
  it('is a valid workflow whose closed states run no clock', () => {
    expect(validateWorkflow(RISK_CHECK_WORKFLOW).ok).toBe(true);
    expect(terminalStates(RISK_CHECK_WORKFLOW).sort()).toEqual(['recorded', 'withdrawn']);
    expect(RISK_CHECK_WORKFLOW.states.due?.clock).toBe('check');
    expect(RISK_CHECK_WORKFLOW.states.withdrawn?.clock).toBeNull();
  });

  it('withdraws a due run (its measure archived) by the enterprise or an administrator', () => {
    expect(checkTransition(RISK_CHECK_WORKFLOW, { state: 'due', version: 1 }, request('withdraw'))).toEqual({
      ok: true,
      value: { to: 'withdrawn' },
    });
    expect(checkTransition(RISK_CHECK_WORKFLOW, { state: 'due', version: 1 }, request('withdraw', ['admin'])).ok).toBe(
      true,
    );
  });

  it('withdraws nothing already recorded, and a withdrawn run cannot be recorded', () => {
    const recorded = checkTransition(RISK_CHECK_WORKFLOW, { state: 'recorded', version: 1 }, request('withdraw'));
    expect(recorded.ok ? null : recorded.error.code).toBe('CASE.INVALID_TRANSITION');
    const withdrawn = checkTransition(RISK_CHECK_WORKFLOW, { state: 'withdrawn', version: 1 }, request('record'));
    expect(withdrawn.ok ? null : withdrawn.error.code).toBe('CASE.INVALID_TRANSITION');
  });

  it('lets no department withdraw a run', () => {
    const refused = checkTransition(
      RISK_CHECK_WORKFLOW,
      { state: 'due', version: 1 },
      request('withdraw', ['inspector']),
    );
    expect(refused.ok ? null : refused.error.code).toBe('CASE.ROLE_NOT_ALLOWED');
  });
});
