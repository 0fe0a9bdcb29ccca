import { describe, expect, it } from 'vitest';
import { HAZARD_WORKFLOW } from '../cases/hazard-workflow';
import { ledgerDateProblems, ledgerPath, ledgerProblems } from './ledger';

const FIVE = { measures: '更换护栏', responsiblePerson: '张三', funds: 5000, contingencyPlan: '设置警戒区' };
const MAJOR_ITEMS = {
  determinationBasis: { standard: 'hazardous_chemicals_2017', article: '示例1' },
  currentCondition: '防火堤破损',
  causes: '年久失修',
  harmAndDifficultyAnalysis: '危害大',
  objectives: '消除缺陷',
  materials: '混凝土',
  responsibleOrganisation: '设备部',
  rectificationRequirements: '按设计修复',
  safetyMeasures: '停用储罐',
};

describe('ledgerPath: the workflow moves a ledger state stands for', () => {
  it('follows the hazard workflow from reported', () => {
    expect(ledgerPath('reported', 'by_deadline')).toEqual([]);
    expect(ledgerPath('rectifying', 'immediate')).toEqual(['accept', 'rectify_immediately']);
    expect(ledgerPath('awaiting_verification', 'by_deadline')).toEqual(['accept', 'rectify_by_deadline', 'complete']);
    expect(ledgerPath('written_off', 'by_deadline')).toEqual(['accept', 'rectify_by_deadline', 'complete', 'verify']);
    for (const name of ledgerPath('written_off', 'immediate')) {
      expect(HAZARD_WORKFLOW.transitions.some((t) => t.name === name)).toBe(true);
    }
  });
});

// Decree 16 Art. 15 and domain-reference §2.6: rectification by deadline needs the five assurances; a major hazard
// its determination basis (§3), its report (Art. 14 para 2) and its plan.
describe('ledgerProblems: an imported hazard is never less complete than one that walked the workflow', () => {
  it('asks nothing more of a row still to be dealt with', () => {
    expect(ledgerProblems(HAZARD_WORKFLOW, 'reported', 'by_deadline', {}, false)).toEqual([]);
  });

  it('needs the level to be past acceptance', () => {
    expect(ledgerProblems(HAZARD_WORKFLOW, 'rectifying', 'immediate', {}, false)).toEqual([
      { field: 'level', code: 'VALIDATION.REQUIRED' },
    ]);
    expect(ledgerProblems(HAZARD_WORKFLOW, 'written_off', 'immediate', { level: 'ordinary' }, false)).toEqual([]);
  });

  it('needs the five assurances and a deadline for rectification by deadline; a past deadline is history, not an error', () => {
    const problems = ledgerProblems(HAZARD_WORKFLOW, 'written_off', 'by_deadline', { level: 'ordinary' }, false);
    expect(problems.map((p) => p.field)).toEqual([
      'measures',
      'responsiblePerson',
      'funds',
      'contingencyPlan',
      'deadline',
    ]);
    expect(ledgerProblems(HAZARD_WORKFLOW, 'written_off', 'by_deadline', { level: 'ordinary', ...FIVE }, true)).toEqual(
      [],
    );
  });

  it('refuses immediate rectification of a major hazard (Decree 16 Art. 3)', () => {
    const problems = ledgerProblems(
      HAZARD_WORKFLOW,
      'rectifying',
      'immediate',
      { level: 'major', ...MAJOR_ITEMS },
      true,
    );
    expect(problems).toEqual([
      { field: 'level', code: 'CASE.FIELD_VALUE_NOT_ALLOWED', params: { field: 'level', allowed: 'ordinary' } },
    ]);
  });

  it('needs a major hazard’s basis, report and plan items', () => {
    const problems = ledgerProblems(HAZARD_WORKFLOW, 'rectifying', 'by_deadline', { level: 'major', ...FIVE }, true);
    expect(problems.map((p) => p.field)).toEqual([
      'determinationBasis',
      'currentCondition',
      'causes',
      'harmAndDifficultyAnalysis',
      'objectives',
      'materials',
      'responsibleOrganisation',
      'rectificationRequirements',
      'safetyMeasures',
    ]);
    expect(
      ledgerProblems(HAZARD_WORKFLOW, 'written_off', 'by_deadline', { level: 'major', ...FIVE, ...MAJOR_ITEMS }, true),
    ).toEqual([]);
  });
});

describe('ledgerDateProblems: found ≤ completed ≤ written off ≤ today; deadline not before found', () => {
  const today = '2026-11-22';
  it('accepts dates in order', () => {
    expect(
      ledgerDateProblems({
        today,
        foundOn: '2026-03-01',
        completedOn: '2026-03-05',
        writtenOffOn: '2026-03-06',
        deadlineOn: '2026-03-04',
      }),
    ).toEqual([]);
  });

  it('names each date out of order and the one it must not precede', () => {
    expect(ledgerDateProblems({ today, foundOn: '2026-03-05', completedOn: '2026-03-01' })).toEqual([
      { field: 'completedOn', after: 'foundOn' },
    ]);
    expect(ledgerDateProblems({ today, foundOn: '2026-03-05', writtenOffOn: '2026-03-01' })).toEqual([
      { field: 'writtenOffOn', after: 'foundOn' },
    ]);
    expect(ledgerDateProblems({ today, foundOn: '2026-12-01' })).toEqual([{ field: 'foundOn', after: 'today' }]);
    expect(ledgerDateProblems({ today, foundOn: '2026-03-05', deadlineOn: '2026-03-01' })).toEqual([
      { field: 'deadline', after: 'foundOn' },
    ]);
  });
});
