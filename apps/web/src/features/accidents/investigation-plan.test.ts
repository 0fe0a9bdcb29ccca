import { INVESTIGATION_WORKFLOW } from '@redline/domain';
import { describe, expect, it } from 'vitest';
import type { InvestigationAction } from './api';
import {
  fieldOfInvestigationError,
  initialInvestigationValues,
  investigationBodyOf,
  investigationPlan,
} from './investigation-plan';

/** An action as GET /accidents/:id offers it: the workflow's transition with its requirements. */
function action(name: string): InvestigationAction {
  const transition = INVESTIGATION_WORKFLOW.transitions.find((t) => t.name === name);
  if (!transition) throw new Error(name);
  return { name, to: transition.to ?? 'investigating', requires: (transition.requires ?? []) as never };
}

describe('investigationPlan (INVESTIGATION_WORKFLOW, Decree 493 Arts. 22–32)', () => {
  it('asks the team for set_team', () => {
    const plan = investigationPlan(action('set_team'));
    expect(plan.inputs.map((i) => [i.name, i.kind, i.required])).toEqual([
      ['teamLeader', 'text', true],
      ['teamMembers', 'members', true],
    ]);
    expect(plan.comment).toBe('optional');
  });

  it('asks the days, who approved and a reason for an extension (Art. 29)', () => {
    const plan = investigationPlan(action('extend'));
    expect(plan.inputs.map((i) => [i.name, i.kind])).toEqual([
      ['extensionDays', 'days'],
      ['extensionApprovedBy', 'text'],
    ]);
    expect(plan.comment).toBe('required');
  });

  it('asks the leader and the six sections of the report for submit_report (Art. 30)', () => {
    const plan = investigationPlan(action('submit_report'));
    expect(plan.inputs.map((i) => i.name)).toEqual([
      'teamLeader',
      'unitOverview',
      'courseAndRescue',
      'casualtiesAndLoss',
      'causeAndNature',
      'responsibility',
      'preventionMeasures',
    ]);
    expect(plan.inputs.filter((i) => i.kind === 'textarea')).toHaveLength(6);
    expect(plan.tone).toBe('primary');
  });

  it('offers the four no-lets-go checklist to record_no_lets_go and nothing to close', () => {
    expect(investigationPlan(action('record_no_lets_go')).inputs).toEqual([
      { name: 'noLetsGo', kind: 'noLetsGo', required: false },
    ]);
    expect(investigationPlan(action('close')).inputs).toEqual([]);
    expect(investigationPlan(action('return_report'))).toMatchObject({ comment: 'required', tone: 'danger' });
  });
});

describe('investigationBodyOf', () => {
  it('sends only the plan’s fields, text trimmed, members as names', () => {
    const plan = investigationPlan(action('set_team'));
    expect(
      investigationBodyOf(plan, 3, {
        comment: '  ',
        fields: { teamLeader: ' 李四 ', teamMembers: ['王五', ' ', '赵六 '], approvalDocument: 'x' },
      }),
    ).toEqual({ transition: 'set_team', version: 3, fields: { teamLeader: '李四', teamMembers: ['王五', '赵六'] } });
  });

  it('sends days as numbers and the comment', () => {
    const plan = investigationPlan(action('extend'));
    expect(
      investigationBodyOf(plan, 2, {
        comment: '需补充调查',
        fields: { extensionDays: 30, extensionApprovedBy: '市人民政府' },
      }),
    ).toEqual({
      transition: 'extend',
      version: 2,
      comment: '需补充调查',
      fields: { extensionDays: 30, extensionApprovedBy: '市人民政府' },
    });
  });

  it('sends every item of the checklist, the unticked ones false', () => {
    const plan = investigationPlan(action('record_no_lets_go'));
    expect(investigationBodyOf(plan, 5, { fields: { noLetsGo: ['cause', 'measures'] } }).fields).toEqual({
      noLetsGo: { cause: true, responsible_persons: false, measures: true, education: false },
    });
  });
});

describe('initialInvestigationValues', () => {
  it('fills what the investigation holds, the checklist as ticked items, never old day counts', () => {
    const stored = {
      teamLeader: '李四',
      extensionDays: 30,
      noLetsGo: { cause: true, responsible_persons: false, measures: true },
    };
    expect(initialInvestigationValues(investigationPlan(action('submit_report')), stored)).toEqual({
      teamLeader: '李四',
    });
    expect(initialInvestigationValues(investigationPlan(action('extend')), stored)).toEqual({});
    expect(initialInvestigationValues(investigationPlan(action('record_no_lets_go')), stored)).toEqual({
      noLetsGo: ['cause', 'measures'],
    });
  });

  it('puts a too-long extension beside the days', () => {
    expect(fieldOfInvestigationError('ACCIDENT.EXTENSION_TOO_LONG')).toBe('fields.extensionDays');
    expect(fieldOfInvestigationError('ACCIDENT.NO_LETS_GO_OPEN')).toBeNull();
  });
});
