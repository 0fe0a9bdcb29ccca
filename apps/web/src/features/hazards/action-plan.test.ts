import { HAZARD_WORKFLOW, type Transition } from '@redline/domain';
import { describe, expect, it } from 'vitest';
import { fieldOfErrorCode, inputApplies, offeredActions, planAction, transitionBodyOf } from './action-plan';
import type { HazardAction } from './api';

/** The action as GET /hazards/:id lists it (get-hazard.ts): name, target state, requirements of the workflow. */
const action = (name: string): HazardAction => {
  const t = HAZARD_WORKFLOW.transitions.find((x: Transition) => x.name === name);
  if (!t) throw new Error(`no transition ${name}`);
  return { name, to: t.to ?? 'same', requires: (t.requires ?? []) as HazardAction['requires'] };
};
const names = (plan: ReturnType<typeof planAction>) =>
  plan.sections.map((s) => [s.key, s.fields.map((f) => f.name)] as const);

describe('planAction: the form of an action, from its requirements', () => {
  it('asks for the level on acceptance (a choice of both), and the determination basis only for a major hazard', () => {
    const plan = planAction(action('accept'), {});
    expect(names(plan)).toEqual([['main', ['level', 'determinationBasis']]]);
    const [level, basis] = plan.sections[0]!.fields;
    expect(level).toMatchObject({ kind: 'level', required: true, oneOf: ['ordinary', 'major'] });
    expect(basis).toMatchObject({ kind: 'basis', when: { level: 'major' } });
    expect(inputApplies(basis!, { level: 'ordinary' })).toBe(false);
    expect(inputApplies(basis!, { level: 'major' })).toBe(true);
    expect(plan.comment).toEqual({ required: false, kind: 'note' });
    expect(plan.deadline).toBeNull();
    expect(plan.blocked).toBe(false);
  });

  it('asks for the five assurances with a required deadline when rectifying by deadline (Decree 16 Art. 15)', () => {
    const plan = planAction(action('rectify_by_deadline'), { level: 'ordinary' });
    expect(plan.deadline).toEqual({ required: true, section: 'fiveAssurances' });
    const [first, ...rest] = names(plan);
    expect(first).toEqual(['fiveAssurances', ['measures', 'responsiblePerson', 'funds', 'contingencyPlan']]);
    // The report (Art. 14) and the plan items beyond the five assurances, each field once, shown only when major.
    expect(rest).toEqual([
      ['majorReport', ['currentCondition', 'causes', 'harmAndDifficultyAnalysis']],
      [
        'rectificationPlan',
        ['objectives', 'materials', 'responsibleOrganisation', 'rectificationRequirements', 'safetyMeasures'],
      ],
    ]);
    const measures = plan.sections[0]!.fields[0]!;
    expect(measures.when).toBeUndefined();
    const objectives = plan.sections[2]!.fields[0]!;
    expect(inputApplies(objectives, { level: 'ordinary' })).toBe(false);
    expect(inputApplies(objectives, { level: 'major' })).toBe(true);
  });

  it('asks for a reason and a transfer unit on transfer, with an optional deadline (3 working days by default)', () => {
    const plan = planAction(action('transfer'), {});
    expect(plan.comment).toEqual({ required: true, kind: 'reason' });
    expect(names(plan)).toEqual([['main', ['transferTo']]]);
    expect(plan.deadline).toEqual({ required: false, section: 'main' });
    expect(plan.tone).toBe('default');
  });

  it('asks for a description and an after-photo on completion, and offers the funds spent', () => {
    const plan = planAction(action('complete'), { level: 'ordinary' });
    expect(plan.comment).toEqual({ required: true, kind: 'rectification' });
    expect(plan.evidence).toEqual({ phase: 'after', min: 1 });
    expect(names(plan)).toEqual([['main', ['fundsSpent']]]);
    expect(plan.sections[0]!.fields[0]).toMatchObject({ kind: 'money', required: false });
  });

  it('asks for a reason when failing the verification, marked as a danger action', () => {
    const plan = planAction(action('fail_verification'), {});
    expect(plan.comment.required).toBe(true);
    expect(plan.tone).toBe('danger');
    expect(plan.blocked).toBe(false);
  });

  it('asks for the merge target and the listing unit', () => {
    expect(planAction(action('merge'), {}).sections[0]!.fields[0]).toMatchObject({ kind: 'mergeTarget' });
    const listing = planAction(action('list_supervision'), { level: 'major' });
    expect(listing.sections[0]!.fields[0]).toMatchObject({ name: 'listedUnit', kind: 'listedUnit' });
    expect(listing.deadline?.required).toBe(true);
  });
});

describe('offeredActions: conditions on the stored case the form cannot meet', () => {
  const all = (...list: string[]) => list.map(action);

  it('offers immediate rectification for an ordinary hazard only (Decree 16 Art. 3)', () => {
    const offered = (level: string) =>
      offeredActions(all('rectify_immediately', 'rectify_by_deadline'), { level }).map((p) => p.name);
    expect(offered('ordinary')).toEqual(['rectify_immediately', 'rectify_by_deadline']);
    expect(offered('major')).toEqual(['rectify_by_deadline']);
  });

  it('offers the resumption application instead of completion while a suspension is ordered', () => {
    const owner = all('complete', 'apply_resumption');
    expect(offeredActions(owner, { level: 'major' }).map((p) => p.name)).toEqual(['complete']);
    expect(offeredActions(owner, { level: 'major', suspension: 'ordered' }).map((p) => p.name)).toEqual([
      'apply_resumption',
    ]);
  });

  it('offers only the resumption decisions while an application is under review', () => {
    const supervisor = all('verify', 'fail_verification', 'approve_resumption', 'refuse_resumption');
    expect(offeredActions(supervisor, {}).map((p) => p.name)).toEqual(['verify', 'fail_verification']);
    expect(offeredActions(supervisor, { suspension: 'applied' }).map((p) => p.name)).toEqual([
      'approve_resumption',
      'refuse_resumption',
    ]);
  });

  it('offers listing and suspension orders for major hazards only, and no second suspension', () => {
    const actions = all('list_supervision', 'order_suspension');
    expect(offeredActions(actions, { level: 'ordinary' })).toEqual([]);
    expect(offeredActions(actions, { level: 'major' }).map((p) => p.name)).toEqual([
      'list_supervision',
      'order_suspension',
    ]);
    expect(offeredActions(actions, { level: 'major', suspension: 'ordered' }).map((p) => p.name)).toEqual([
      'list_supervision',
    ]);
  });

  it('never offers an action the API did not list', () => {
    expect(offeredActions([], { level: 'ordinary' })).toEqual([]);
  });
});

describe('fieldOfErrorCode: a refusal without details shown beside its field', () => {
  it('places comment, photo, deadline and reference errors', () => {
    const complete = planAction(action('complete'), {});
    expect(fieldOfErrorCode('CASE.COMMENT_REQUIRED', complete)).toBe('comment');
    expect(fieldOfErrorCode('CASE.EVIDENCE_REQUIRED', complete)).toBe('evidenceIds');
    expect(fieldOfErrorCode('CASE.DEADLINE_IN_PAST', complete)).toBeNull();
    const rectify = planAction(action('rectify_by_deadline'), {});
    expect(fieldOfErrorCode('CASE.DEADLINE_IN_PAST', rectify)).toBe('deadline');
    expect(fieldOfErrorCode('HAZARD.UNKNOWN_UNIT', planAction(action('transfer'), {}))).toBe('fields.transferTo');
    expect(fieldOfErrorCode('HAZARD.MERGE_TARGET', planAction(action('merge'), {}))).toBe('fields.mergedInto');
    expect(fieldOfErrorCode('CASE.STALE_VERSION', rectify)).toBeNull();
  });
});

describe('transitionBodyOf: the request an action form sends', () => {
  const ordinary = { version: 4, level: 'ordinary', fields: { description: '防护罩缺失' } };

  it('sends the version seen, the five assurances trimmed, the deadline date, and no plan items for an ordinary hazard', () => {
    const plan = planAction(action('rectify_by_deadline'), { level: 'ordinary' });
    const body = transitionBodyOf(plan, ordinary, {
      comment: '  ',
      deadline: '2026-12-06',
      fields: {
        measures: ' 加装防护罩 ',
        responsiblePerson: '陈静',
        funds: 3500,
        contingencyPlan: '停用设备',
        objectives: 'left over from another form',
      },
      evidenceIds: ['not-asked-for'],
    });
    expect(body).toEqual({
      transition: 'rectify_by_deadline',
      version: 4,
      fields: { measures: '加装防护罩', responsiblePerson: '陈静', funds: 3500, contingencyPlan: '停用设备' },
      deadline: '2026-12-06',
      evidenceIds: [],
    });
  });

  it('sends the plan items of a major hazard', () => {
    const plan = planAction(action('rectify_by_deadline'), { level: 'major' });
    const body = transitionBodyOf(plan, { ...ordinary, level: 'major' }, { fields: { objectives: '消除隐患' } });
    expect(body.fields).toEqual({ objectives: '消除隐患' });
  });

  it('sends the determination basis only when the level chosen on acceptance is major', () => {
    const plan = planAction(action('accept'), {});
    const basis = { standard: 'metal_nonmetal_mine_2022', article: '示例1', note: undefined };
    const unreported = { version: 1, level: null, fields: {} };
    expect(
      transitionBodyOf(plan, unreported, { fields: { level: 'ordinary', determinationBasis: basis } }).fields,
    ).toEqual({ level: 'ordinary' });
    expect(
      transitionBodyOf(plan, unreported, { fields: { level: 'major', determinationBasis: basis } }).fields,
    ).toEqual({
      level: 'major',
      determinationBasis: { standard: 'metal_nonmetal_mine_2022', article: '示例1' },
    });
  });

  it('sends the after-photos and the reason of a completion, and an empty level choice keeps the stored level', () => {
    const plan = planAction(action('complete'), { level: 'ordinary' });
    const body = transitionBodyOf(plan, ordinary, {
      comment: ' 已整改 ',
      evidenceIds: ['e1'],
      fields: { fundsSpent: 0, level: undefined },
    });
    expect(body).toEqual({
      transition: 'complete',
      version: 4,
      comment: '已整改',
      fields: { fundsSpent: 0 },
      evidenceIds: ['e1'],
    });
  });
});
