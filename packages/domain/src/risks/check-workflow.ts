import type { Workflow } from '../cases/state-machine';

/**
 * One run of a check task (docs/decisions/005-risk-checks.md): due from the moment its slot opens until the slot ends
 * (its deadline, so a missed run goes overdue and escalates like any case), recorded by the enterprise. A run whose
 * measure is archived is withdrawn (撤销): closed, with no clock, so it never goes overdue for a check nobody owes.
 */
export const RISK_CHECK_WORKFLOW: Workflow = {
  type: 'risk_check',
  initial: 'due',
  states: {
    due: { clock: 'check' },
    recorded: { terminal: true, clock: null },
    withdrawn: { terminal: true, clock: null },
  },
  transitions: [
    { name: 'record', from: ['due'], to: 'recorded', roles: ['enterprise_user', 'admin'] },
    { name: 'withdraw', from: ['due'], to: 'withdrawn', roles: ['enterprise_user', 'admin'] },
  ],
};
