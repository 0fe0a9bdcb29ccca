import { describe, expect, it } from 'vitest';
import {
  FIVE_ASSURANCE_FIELDS,
  HAZARD_ROLES,
  HAZARD_WORKFLOW,
  MAJOR_HAZARD_REPORT_FIELDS,
  RECTIFICATION_PLAN_FIELDS,
  RESUMPTION_REVIEW_WORKFLOW,
} from './hazard-workflow';
import { availableTransitions, checkTransition, type TransitionRequest } from './state-machine';
import { validateWorkflow } from './validate-workflow';

const now = new Date('2026-03-02T02:00:00.000Z');
const later = new Date('2026-03-12T15:59:59.999Z');

const TRIAGE = ['town_officer', 'inspector', 'safety_office'];
const FIVE = { measures: '更换破损护栏', responsiblePerson: '张三', funds: 5000, contingencyPlan: '设置警戒区' };
const REPORT = {
  currentCondition: '储罐区防火堤破损',
  causes: '年久失修',
  harmAndDifficultyAnalysis: '危害大,需停产整改',
};
const PLAN = {
  ...FIVE,
  objectives: '消除防火堤缺陷',
  materials: '混凝土',
  responsibleOrganisation: '设备部',
  rectificationRequirements: '按GB 50351修复',
  safetyMeasures: '停用储罐',
};

/**
 * The expected table, written out independently of HAZARD_WORKFLOW (issue 3 §2; domain-reference §2.2, §2.8), with a
 * request that meets every requirement of each transition.
 */
const EXPECTED: Record<
  string,
  { from: string[]; to: string | null; roles: string[]; relations: string[]; valid: Partial<TransitionRequest> }
> = {
  accept: {
    from: ['reported', 'transferred'],
    to: 'accepted',
    roles: TRIAGE,
    relations: ['supervisor'],
    valid: { fields: { level: 'ordinary' } },
  },
  reject: {
    from: ['reported', 'transferred'],
    to: 'rejected',
    roles: TRIAGE,
    relations: ['supervisor'],
    valid: { comment: '不属于事故隐患' },
  },
  merge: {
    from: ['reported', 'transferred'],
    to: 'merged',
    roles: TRIAGE,
    relations: ['supervisor'],
    valid: { fields: { mergedInto: 'case-1' } },
  },
  transfer: {
    from: ['reported', 'transferred'],
    to: 'transferred',
    roles: TRIAGE,
    relations: ['supervisor'],
    valid: { comment: '属住建部门监管', fields: { transferTo: 'dept-housing' }, deadline: later },
  },
  rectify_immediately: {
    from: ['accepted'],
    to: 'rectifying',
    roles: ['enterprise_user', 'grid_worker', 'town_officer', 'inspector'],
    relations: ['owner', 'supervisor'],
    valid: { fields: { level: 'ordinary' } },
  },
  rectify_by_deadline: {
    from: ['accepted'],
    to: 'rectifying',
    roles: ['enterprise_user', 'town_officer', 'inspector', 'safety_office'],
    relations: ['owner', 'supervisor'],
    valid: { fields: { level: 'ordinary', ...FIVE }, deadline: later },
  },
  complete: {
    from: ['rectifying'],
    to: 'awaiting_verification',
    roles: ['enterprise_user', 'grid_worker', 'town_officer', 'inspector'],
    relations: ['owner'],
    valid: { comment: '护栏已更换', evidence: [{ phase: 'after' }] },
  },
  // to: null = an action that keeps the state. Listing checks the role only (the 安委办 lists any unit's hazard).
  list_supervision: {
    from: ['accepted', 'rectifying', 'awaiting_verification'],
    to: null,
    roles: ['safety_office'],
    relations: ['owner', 'supervisor', 'reporter', 'none'],
    valid: { fields: { level: 'major', listedUnit: 'region:140500' }, deadline: later },
  },
  order_suspension: {
    from: ['accepted', 'rectifying'],
    to: null,
    roles: TRIAGE,
    relations: ['supervisor'],
    valid: { fields: { level: 'major' }, comment: '存在重大事故隐患,责令停产整顿' },
  },
  apply_resumption: {
    from: ['rectifying'],
    to: 'awaiting_verification',
    roles: ['enterprise_user'],
    relations: ['owner'],
    valid: { fields: { suspension: 'ordered' }, comment: '整改完成,申请复产', evidence: [{ phase: 'after' }] },
  },
  approve_resumption: {
    from: ['awaiting_verification'],
    to: 'written_off',
    roles: TRIAGE,
    relations: ['supervisor'],
    valid: { fields: { suspension: 'applied' } },
  },
  refuse_resumption: {
    from: ['awaiting_verification'],
    to: 'rectifying',
    roles: TRIAGE,
    relations: ['supervisor'],
    valid: { fields: { suspension: 'applied' }, comment: '现场复查不合格' },
  },
  verify: { from: ['awaiting_verification'], to: 'written_off', roles: TRIAGE, relations: ['supervisor'], valid: {} },
  fail_verification: {
    from: ['awaiting_verification'],
    to: 'rectifying',
    roles: TRIAGE,
    relations: ['supervisor'],
    valid: { comment: '护栏未固定' },
  },
  reopen: {
    from: ['written_off', 'rejected'],
    to: 'reported',
    roles: TRIAGE,
    relations: ['supervisor'],
    valid: { comment: '隐患复现' },
  },
};

const STATES = Object.keys(HAZARD_WORKFLOW.states);
const RELATIONS = ['owner', 'supervisor', 'reporter'];

const attempt = (
  transition: string,
  state: string,
  roles: string[],
  relations: string[],
  extra: Partial<TransitionRequest> = {},
) => {
  const spec = EXPECTED[transition]!;
  const request: TransitionRequest = {
    transition,
    expectedVersion: 3,
    actorRoles: roles,
    actorRelations: relations,
    now,
    ...spec.valid,
    ...extra,
  };
  return checkTransition(HAZARD_WORKFLOW, { state, version: 3 }, request);
};
const codeOf = (result: ReturnType<typeof checkTransition>) => (result.ok ? `→${result.value.to}` : result.error.code);

describe('hazard workflow: shape', () => {
  it('is a valid workflow (every state reachable, only reopen leaves a terminal state)', () => {
    expect(validateWorkflow(HAZARD_WORKFLOW).ok).toBe(true);
    expect(validateWorkflow(RESUMPTION_REVIEW_WORKFLOW).ok).toBe(true);
  });

  it('has exactly the transitions of the expected table', () => {
    expect(HAZARD_WORKFLOW.transitions.map((t) => t.name).sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  it('ends in written_off, rejected or merged; reopen starts a new cycle at reported', () => {
    const terminal = STATES.filter((s) => HAZARD_WORKFLOW.states[s]?.terminal);
    expect(terminal.sort()).toEqual(['merged', 'rejected', 'written_off']);
    expect(attempt('reopen', 'merged', TRIAGE, ['supervisor']).ok).toBe(false);
  });

  it('runs a clock in every open state: the transfer has its own', () => {
    expect(HAZARD_WORKFLOW.states.reported?.clock).toBe('acceptance');
    expect(HAZARD_WORKFLOW.states.transferred?.clock).toBe('transfer');
    expect(HAZARD_WORKFLOW.states.rectifying?.clock).toBe('rectification');
    expect(HAZARD_WORKFLOW.states.awaiting_verification?.clock).toBe('verification');
  });
});

describe('hazard workflow: every transition per role and relation', () => {
  const cases = Object.entries(EXPECTED).flatMap(([transition, spec]) =>
    HAZARD_ROLES.flatMap((role) =>
      [...RELATIONS, 'none'].map((relation) => {
        const allowed = spec.roles.includes(role) && spec.relations.includes(relation);
        const expected = allowed
          ? `→${spec.to ?? '(same)'}`
          : spec.roles.includes(role)
            ? 'CASE.RELATION_NOT_ALLOWED'
            : 'CASE.ROLE_NOT_ALLOWED';
        return [transition, role, relation, expected] as const;
      }),
    ),
  );

  it.each(cases)('%s by %s as %s → %s', (transition, role, relation, expected) => {
    const spec = EXPECTED[transition]!;
    const relations = relation === 'none' ? [] : [relation];
    for (const from of spec.from) {
      expect(codeOf(attempt(transition, from, [role], relations))).toBe(expected.replace('(same)', from));
    }
  });

  it('lets admin and expert take no transition at all', () => {
    for (const state of STATES) {
      expect(availableTransitions(HAZARD_WORKFLOW, state, ['admin', 'expert'], [...RELATIONS, 'any'])).toEqual([]);
    }
  });

  it('offers the supervising unit and the owner their buttons', () => {
    const names = (state: string, roles: string[], relations: string[]) =>
      availableTransitions(HAZARD_WORKFLOW, state, roles, relations).map((t) => t.name);
    expect(names('reported', ['town_officer'], ['supervisor'])).toEqual(['accept', 'reject', 'merge', 'transfer']);
    expect(names('reported', ['enterprise_user'], ['owner'])).toEqual([]);
    expect(names('accepted', ['enterprise_user'], ['owner'])).toEqual(['rectify_immediately', 'rectify_by_deadline']);
    expect(names('awaiting_verification', ['inspector'], ['supervisor'])).toEqual([
      'verify',
      'fail_verification',
      'approve_resumption',
      'refuse_resumption',
    ]);
    expect(names('rectifying', ['enterprise_user'], ['owner'])).toEqual(['complete', 'apply_resumption']);
    expect(names('rectifying', ['safety_office'], [])).toEqual(['list_supervision']);
    expect(names('awaiting_verification', ['inspector'], ['owner'])).toEqual([]);
  });
});

describe('hazard workflow: wrong state and stale version', () => {
  const wrong = Object.entries(EXPECTED).flatMap(([transition, spec]) =>
    STATES.filter((s) => !spec.from.includes(s)).map((state) => [transition, state] as const),
  );

  it.each(wrong)('%s from %s is CASE.INVALID_TRANSITION', (transition, state) => {
    const spec = EXPECTED[transition]!;
    expect(attempt(transition, state, spec.roles, spec.relations)).toEqual({
      ok: false,
      error: { code: 'CASE.INVALID_TRANSITION', params: { from: state, transition } },
    });
  });

  it.each(Object.keys(EXPECTED))('%s with a stale version is CASE.STALE_VERSION {current}', (transition) => {
    const spec = EXPECTED[transition]!;
    expect(attempt(transition, spec.from[0]!, spec.roles, spec.relations, { expectedVersion: 2 })).toEqual({
      ok: false,
      error: { code: 'CASE.STALE_VERSION', params: { current: 3 } },
    });
  });

  it('lets exactly one of two racing verifiers through', () => {
    const request: TransitionRequest = {
      transition: 'verify',
      expectedVersion: 3,
      actorRoles: ['inspector'],
      actorRelations: ['supervisor'],
      now,
    };
    const first = checkTransition(HAZARD_WORKFLOW, { state: 'awaiting_verification', version: 3 }, request);
    expect(first).toEqual({ ok: true, value: { to: 'written_off' } });
    // The service writes the new state with version 4 (UPDATE … WHERE version = 3); the second saw version 3.
    const second = checkTransition(HAZARD_WORKFLOW, { state: 'written_off', version: 4 }, request);
    expect(codeOf(second)).toBe('CASE.STALE_VERSION');
  });
});

describe('hazard workflow: requirements missing and present', () => {
  const supervisor = (t: string, extra: Partial<TransitionRequest>) =>
    codeOf(attempt(t, EXPECTED[t]!.from[0]!, ['inspector'], ['supervisor'], extra));
  const owner = (t: string, extra: Partial<TransitionRequest>) =>
    codeOf(attempt(t, EXPECTED[t]!.from[0]!, ['enterprise_user'], ['owner'], extra));

  it('accept grades the hazard: level ordinary or major (Decree 16 Art. 3)', () => {
    expect(supervisor('accept', {})).toBe('→accepted');
    expect(supervisor('accept', { fields: {} })).toBe('CASE.FIELDS_REQUIRED');
    expect(supervisor('accept', { fields: { level: 'serious' } })).toBe('CASE.FIELD_VALUE_NOT_ALLOWED');
  });

  it('accepting a major hazard needs its determination basis (issue 3 §2)', () => {
    expect(attempt('accept', 'reported', ['inspector'], ['supervisor'], { fields: { level: 'major' } })).toEqual({
      ok: false,
      error: { code: 'CASE.FIELDS_REQUIRED', params: { fields: 'determinationBasis' } },
    });
    const basis = { level: 'major', determinationBasis: 'std-1:art-3' };
    expect(supervisor('accept', { fields: basis })).toBe('→accepted');
  });

  it('reject needs a reason', () => {
    expect(supervisor('reject', { comment: undefined })).toBe('CASE.COMMENT_REQUIRED');
    expect(supervisor('reject', { comment: '   ' })).toBe('CASE.COMMENT_REQUIRED');
  });

  it('merge needs the surviving case', () => {
    expect(supervisor('merge', { fields: {} })).toBe('CASE.FIELDS_REQUIRED');
  });

  it('transfer needs a reason, the receiving department and its own future deadline', () => {
    expect(supervisor('transfer', { comment: undefined })).toBe('CASE.COMMENT_REQUIRED');
    expect(supervisor('transfer', { fields: {} })).toBe('CASE.FIELDS_REQUIRED');
    expect(supervisor('transfer', { deadline: undefined })).toBe('CASE.DEADLINE_REQUIRED');
    expect(supervisor('transfer', { deadline: now })).toBe('CASE.DEADLINE_IN_PAST');
  });

  it('immediate rectification is for ordinary hazards only (Decree 16 Art. 3, Art. 15)', () => {
    expect(owner('rectify_immediately', { fields: { level: 'major', ...PLAN, ...REPORT } })).toBe(
      'CASE.FIELD_VALUE_NOT_ALLOWED',
    );
  });

  it('rectification by deadline needs the five assurances (五落实)', () => {
    for (const field of FIVE_ASSURANCE_FIELDS) {
      const fields: Record<string, unknown> = { level: 'ordinary', ...FIVE, [field]: '' };
      expect(attempt('rectify_by_deadline', 'accepted', ['enterprise_user'], ['owner'], { fields })).toEqual({
        ok: false,
        error: { code: 'CASE.FIELDS_REQUIRED', params: { fields: field } },
      });
    }
    expect(attempt('rectify_by_deadline', 'accepted', ['enterprise_user'], ['owner'], { fields: {} })).toEqual({
      ok: false,
      error: { code: 'CASE.FIELDS_REQUIRED', params: { fields: 'measures,responsiblePerson,funds,contingencyPlan' } },
    });
    expect(owner('rectify_by_deadline', { fields: { level: 'ordinary', ...FIVE, funds: 0 } })).toBe('→rectifying');
    expect(owner('rectify_by_deadline', { deadline: undefined })).toBe('CASE.DEADLINE_REQUIRED');
    expect(owner('rectify_by_deadline', { deadline: new Date(now.getTime() - 60_000) })).toBe('CASE.DEADLINE_IN_PAST');
  });

  it('a major hazard needs the report items (Decree 16 Art. 14, §2.5) and plan items (Art. 15, §2.6) first', () => {
    const major = { level: 'major', ...FIVE };
    expect(attempt('rectify_by_deadline', 'accepted', ['enterprise_user'], ['owner'], { fields: major })).toEqual({
      ok: false,
      error: { code: 'CASE.FIELDS_REQUIRED', params: { fields: MAJOR_HAZARD_REPORT_FIELDS.join(',') } },
    });
    const reported = { ...major, ...REPORT };
    expect(attempt('rectify_by_deadline', 'accepted', ['enterprise_user'], ['owner'], { fields: reported })).toEqual({
      ok: false,
      error: {
        code: 'CASE.FIELDS_REQUIRED',
        params: { fields: 'objectives,materials,responsibleOrganisation,rectificationRequirements,safetyMeasures' },
      },
    });
    expect(RECTIFICATION_PLAN_FIELDS).toHaveLength(9);
    expect(owner('rectify_by_deadline', { fields: { ...reported, ...PLAN } })).toBe('→rectifying');
    expect(owner('rectify_by_deadline', { fields: { ...reported, ...PLAN }, deadline: undefined })).toBe(
      'CASE.DEADLINE_REQUIRED',
    );
  });

  it('completing rectification needs a description and at least one after-photo (issue 3 §1)', () => {
    expect(owner('complete', { comment: undefined })).toBe('CASE.COMMENT_REQUIRED');
    expect(
      attempt('complete', 'rectifying', ['enterprise_user'], ['owner'], { evidence: [{ phase: 'before' }] }),
    ).toEqual({ ok: false, error: { code: 'CASE.EVIDENCE_REQUIRED', params: { phase: 'after', min: 1 } } });
    expect(owner('complete', { evidence: undefined })).toBe('CASE.EVIDENCE_REQUIRED');
    expect(owner('complete', { evidence: [{ phase: 'before' }, { phase: 'after' }] })).toBe('→awaiting_verification');
  });

  it('a failed verification needs a reason; a verification needs nothing more', () => {
    expect(supervisor('fail_verification', { comment: undefined })).toBe('CASE.COMMENT_REQUIRED');
    expect(supervisor('verify', { comment: undefined })).toBe('→written_off');
  });

  it('a reopen needs a reason', () => {
    expect(supervisor('reopen', { comment: '' })).toBe('CASE.COMMENT_REQUIRED');
  });
});

describe('hazard workflow: listed supervision, suspension and resumption (§2.7, Decree 16 Art. 23)', () => {
  const sup = (transition: string, state: string, extra: Partial<TransitionRequest> = {}) =>
    codeOf(attempt(transition, state, ['inspector'], ['supervisor'], extra));

  it('lists only major hazards, with the listing unit and a future deadline', () => {
    const list = (extra: Partial<TransitionRequest>) =>
      codeOf(attempt('list_supervision', 'rectifying', ['safety_office'], [], extra));
    expect(list({})).toBe('→rectifying');
    expect(list({ fields: { level: 'ordinary', listedUnit: 'region:140500' } })).toBe('CASE.FIELD_VALUE_NOT_ALLOWED');
    expect(list({ fields: { level: 'major' } })).toBe('CASE.FIELDS_REQUIRED');
    expect(list({ deadline: new Date(now.getTime() - 1) })).toBe('CASE.DEADLINE_IN_PAST');
  });

  it('orders a suspension once; a second order while ordered or under review is blocked', () => {
    expect(sup('order_suspension', 'rectifying')).toBe('→rectifying');
    expect(sup('order_suspension', 'rectifying', { comment: '' })).toBe('CASE.COMMENT_REQUIRED');
    for (const suspension of ['ordered', 'applied']) {
      expect(sup('order_suspension', 'rectifying', { fields: { level: 'major', suspension } })).toBe(
        'CASE.BLOCKED_BY_FIELD',
      );
    }
    expect(sup('order_suspension', 'rectifying', { fields: { level: 'major', suspension: 'approved' } })).toBe(
      '→rectifying',
    );
  });

  it('while suspended the owner applies for resumption instead of completing', () => {
    const owner = (transition: string, fields: Record<string, unknown>) =>
      codeOf(attempt(transition, 'rectifying', ['enterprise_user'], ['owner'], { fields }));
    expect(owner('complete', { suspension: 'ordered' })).toBe('CASE.BLOCKED_BY_FIELD');
    expect(owner('apply_resumption', { suspension: 'ordered' })).toBe('→awaiting_verification');
    expect(owner('apply_resumption', {})).toBe('CASE.FIELDS_REQUIRED');
    expect(owner('complete', { suspension: 'approved' })).toBe('→awaiting_verification');
  });

  it('under review only the resumption decision writes off or returns the hazard', () => {
    const applied = { fields: { suspension: 'applied' } };
    expect(sup('verify', 'awaiting_verification', applied)).toBe('CASE.BLOCKED_BY_FIELD');
    expect(sup('fail_verification', 'awaiting_verification', applied)).toBe('CASE.BLOCKED_BY_FIELD');
    expect(sup('approve_resumption', 'awaiting_verification', applied)).toBe('→written_off');
    expect(sup('refuse_resumption', 'awaiting_verification', applied)).toBe('→rectifying');
    expect(sup('approve_resumption', 'awaiting_verification', { fields: {} })).toBe('CASE.FIELDS_REQUIRED');
  });
});

describe('hazard workflow: whole paths', () => {
  const walk = (steps: Array<[string, string[], string[], Partial<TransitionRequest>?]>) => {
    let state = HAZARD_WORKFLOW.initial;
    const visited = [state];
    steps.forEach(([transition, roles, relations, extra], version) => {
      const spec = EXPECTED[transition]!;
      const result = checkTransition(
        HAZARD_WORKFLOW,
        { state, version },
        {
          transition,
          expectedVersion: version,
          actorRoles: roles,
          actorRelations: relations,
          now,
          ...spec.valid,
          ...extra,
        },
      );
      if (!result.ok) throw new Error(`${transition} from ${state}: ${result.error.code}`);
      state = result.value.to;
      visited.push(state);
    });
    return visited;
  };

  it('transfer, accept by the receiving department, deadline rectification, failed then passed verification, reopen', () => {
    expect(
      walk([
        ['transfer', ['town_officer'], ['supervisor']],
        ['accept', ['inspector'], ['supervisor']],
        ['rectify_by_deadline', ['enterprise_user'], ['owner']],
        ['complete', ['enterprise_user'], ['owner']],
        ['fail_verification', ['inspector'], ['supervisor']],
        ['complete', ['enterprise_user'], ['owner']],
        ['verify', ['inspector'], ['supervisor']],
        ['reopen', ['safety_office'], ['supervisor']],
      ]),
    ).toEqual([
      'reported',
      'transferred',
      'accepted',
      'rectifying',
      'awaiting_verification',
      'rectifying',
      'awaiting_verification',
      'written_off',
      'reported',
    ]);
  });

  it('immediate rectification on patrol by a grid worker, written off by the town', () => {
    expect(
      walk([
        ['accept', ['town_officer'], ['supervisor']],
        ['rectify_immediately', ['grid_worker'], ['supervisor']],
        ['complete', ['enterprise_user'], ['owner']],
        ['verify', ['town_officer'], ['supervisor']],
      ]).at(-1),
    ).toBe('written_off');
  });
});
