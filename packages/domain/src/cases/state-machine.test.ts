import { describe, expect, it } from 'vitest';
import {
  availableTransitions,
  checkTransition,
  type TransitionRequest,
  terminalStates,
  type Workflow,
} from './state-machine';

/** A small workflow to test the engine alone (the hazard workflow has its own tests). */
const toy: Workflow = {
  type: 'toy',
  initial: 'open',
  states: { open: { clock: 'rectification' }, done: { terminal: true }, cancelled: { terminal: true } },
  transitions: [
    {
      name: 'finish',
      from: ['open'],
      to: 'done',
      roles: ['worker'],
      relation: ['owner'],
      requires: [{ kind: 'comment' }, { kind: 'fields', fields: ['plan'], when: { big: true } }],
    },
    { name: 'cancel', from: ['open'], to: 'cancelled', roles: ['boss'], relation: ['any'] },
    { name: 'poke', from: ['open'], to: 'open', roles: ['worker', 'boss'] },
    { name: 'reopen', from: ['done', 'cancelled'], to: 'open', roles: ['boss'], relation: ['supervisor'] },
  ],
};

const now = new Date('2026-03-02T02:00:00.000Z');
const request = (extra: Partial<TransitionRequest> = {}): TransitionRequest => ({
  transition: 'finish',
  expectedVersion: 7,
  actorRoles: ['worker'],
  actorRelations: ['owner'],
  comment: 'done',
  now,
  ...extra,
});
const at = { state: 'open', version: 7 };
const codeOf = (result: ReturnType<typeof checkTransition>) => (result.ok ? result.value.to : result.error.code);

describe('checkTransition', () => {
  it('returns the target state when everything holds', () => {
    expect(checkTransition(toy, at, request())).toEqual({ ok: true, value: { to: 'done' } });
  });

  it('rejects an unknown transition name', () => {
    expect(checkTransition(toy, at, request({ transition: 'fly' }))).toEqual({
      ok: false,
      error: { code: 'CASE.UNKNOWN_TRANSITION', params: { transition: 'fly' } },
    });
  });

  it('rejects a stale version with the current one (optimistic concurrency)', () => {
    expect(checkTransition(toy, at, request({ expectedVersion: 6 }))).toEqual({
      ok: false,
      error: { code: 'CASE.STALE_VERSION', params: { current: 7 } },
    });
  });

  it('rejects a transition from a state it does not leave', () => {
    expect(checkTransition(toy, { state: 'done', version: 7 }, request())).toEqual({
      ok: false,
      error: { code: 'CASE.INVALID_TRANSITION', params: { from: 'done', transition: 'finish' } },
    });
  });

  it('checks the version before the state: a stale client does not know the state', () => {
    expect(codeOf(checkTransition(toy, { state: 'done', version: 8 }, request()))).toBe('CASE.STALE_VERSION');
  });

  it('needs one of the roles, then one of the relations', () => {
    expect(codeOf(checkTransition(toy, at, request({ actorRoles: ['boss'] })))).toBe('CASE.ROLE_NOT_ALLOWED');
    expect(codeOf(checkTransition(toy, at, request({ actorRoles: [] })))).toBe('CASE.ROLE_NOT_ALLOWED');
    expect(codeOf(checkTransition(toy, at, request({ actorRelations: ['reporter'] })))).toBe(
      'CASE.RELATION_NOT_ALLOWED',
    );
    expect(codeOf(checkTransition(toy, at, request({ actorRoles: ['boss'], actorRelations: [] })))).toBe(
      'CASE.ROLE_NOT_ALLOWED',
    );
    expect(
      codeOf(checkTransition(toy, at, request({ actorRoles: ['x', 'worker'], actorRelations: ['a', 'owner'] }))),
    ).toBe('done');
  });

  it("admits every relation with 'any', and skips the check when no relation is listed", () => {
    const boss = { actorRoles: ['boss'], actorRelations: [] };
    expect(codeOf(checkTransition(toy, at, request({ ...boss, transition: 'cancel' })))).toBe('cancelled');
    expect(codeOf(checkTransition(toy, at, request({ ...boss, transition: 'poke' })))).toBe('open');
  });

  it('checks requirements after role and relation, and conditional ones only when their condition holds', () => {
    expect(codeOf(checkTransition(toy, at, request({ comment: undefined })))).toBe('CASE.COMMENT_REQUIRED');
    expect(codeOf(checkTransition(toy, at, request({ comment: undefined, actorRoles: [] })))).toBe(
      'CASE.ROLE_NOT_ALLOWED',
    );
    expect(codeOf(checkTransition(toy, at, request({ fields: { big: false } })))).toBe('done');
    expect(codeOf(checkTransition(toy, at, request({ fields: { big: true } })))).toBe('CASE.FIELDS_REQUIRED');
    expect(codeOf(checkTransition(toy, at, request({ fields: { big: true, plan: 'p' } })))).toBe('done');
  });
});

describe('availableTransitions', () => {
  it('lists what these roles and relations may take from the state, requirements aside', () => {
    const names = (state: string, roles: string[], relations: string[]) =>
      availableTransitions(toy, state, roles, relations).map((t) => t.name);
    expect(names('open', ['worker'], ['owner'])).toEqual(['finish', 'poke']);
    expect(names('open', ['worker'], [])).toEqual(['poke']);
    expect(names('open', ['boss'], [])).toEqual(['cancel', 'poke']);
    expect(names('done', ['boss'], ['supervisor'])).toEqual(['reopen']);
    expect(names('done', ['worker'], ['owner', 'supervisor'])).toEqual([]);
  });
});

describe('terminalStates', () => {
  it('lists the terminal states', () => {
    expect(terminalStates(toy)).toEqual(['done', 'cancelled']);
  });
});
