import { describe, expect, it } from 'vitest';
import type { Workflow } from './state-machine';
import { validateWorkflow } from './validate-workflow';

const base: Workflow = {
  type: 't',
  initial: 'a',
  states: { a: {}, b: {}, z: { terminal: true } },
  transitions: [
    { name: 'go', from: ['a'], to: 'b', roles: ['r'] },
    { name: 'end', from: ['b'], to: 'z', roles: ['r'], requires: [{ kind: 'evidence', phase: 'after', min: 1 }] },
    { name: 'reopen', from: ['z'], to: 'a', roles: ['r'] },
  ],
};

const codeOf = (workflow: Workflow) => {
  const result = validateWorkflow(workflow);
  return result.ok ? 'ok' : { code: result.error.code, ...result.error.params };
};

describe('validateWorkflow', () => {
  it('accepts a sound workflow, a terminal state left only by reopen', () => {
    expect(codeOf(base)).toBe('ok');
  });

  it('needs a known, non-terminal initial state', () => {
    expect(codeOf({ ...base, initial: 'q' })).toEqual({ code: 'WORKFLOW.UNKNOWN_INITIAL', state: 'q' });
    expect(codeOf({ ...base, initial: 'z' })).toEqual({ code: 'WORKFLOW.INITIAL_TERMINAL', state: 'z' });
  });

  it('needs unique transition names and at least one role', () => {
    const twice = [...base.transitions, { name: 'go', from: ['b'], to: 'a', roles: ['r'] }];
    expect(codeOf({ ...base, transitions: twice })).toEqual({
      code: 'WORKFLOW.DUPLICATE_TRANSITION',
      transition: 'go',
    });
    const nobody = [...base.transitions, { name: 'back', from: ['b'], to: 'a', roles: [] }];
    expect(codeOf({ ...base, transitions: nobody })).toEqual({ code: 'WORKFLOW.NO_ROLES', transition: 'back' });
  });

  it('rejects transitions to or from unknown states', () => {
    const to = [...base.transitions, { name: 'x', from: ['a'], to: 'nowhere', roles: ['r'] }];
    expect(codeOf({ ...base, transitions: to })).toEqual({
      code: 'WORKFLOW.UNKNOWN_STATE',
      transition: 'x',
      state: 'nowhere',
    });
    const from = [...base.transitions, { name: 'x', from: ['ghost'], to: 'a', roles: ['r'] }];
    expect(codeOf({ ...base, transitions: from })).toEqual({
      code: 'WORKFLOW.UNKNOWN_STATE',
      transition: 'x',
      state: 'ghost',
    });
  });

  it('allows nothing but reopen out of a terminal state', () => {
    const leak = [...base.transitions, { name: 'undo', from: ['z'], to: 'b', roles: ['r'] }];
    expect(codeOf({ ...base, transitions: leak })).toEqual({
      code: 'WORKFLOW.TERMINAL_HAS_TRANSITION',
      state: 'z',
      transition: 'undo',
    });
  });

  it('needs a whole evidence minimum of at least 1', () => {
    const zero: Workflow = {
      ...base,
      transitions: base.transitions.map((t) =>
        t.name === 'end' ? { ...t, requires: [{ kind: 'evidence', phase: 'after', min: 0 }] } : t,
      ),
    };
    expect(codeOf(zero)).toEqual({ code: 'WORKFLOW.BAD_EVIDENCE_MIN', transition: 'end' });
  });

  it('needs every state reachable from the initial one', () => {
    const island: Workflow = {
      ...base,
      states: { ...base.states, c: {} },
      transitions: [...base.transitions, { name: 'loop', from: ['c'], to: 'b', roles: ['r'] }],
    };
    expect(codeOf(island)).toEqual({ code: 'WORKFLOW.UNREACHABLE_STATE', state: 'c' });
  });

  it('needs a way out of every non-terminal state', () => {
    const stuck: Workflow = {
      ...base,
      states: { ...base.states, c: {} },
      transitions: [...base.transitions, { name: 'trap', from: ['a'], to: 'c', roles: ['r'] }],
    };
    expect(codeOf(stuck)).toEqual({ code: 'WORKFLOW.DEAD_END', state: 'c' });
  });
});
