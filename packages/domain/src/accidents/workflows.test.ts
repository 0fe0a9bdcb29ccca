import { describe, expect, it } from 'vitest';
import { checkTransition } from '../cases/state-machine';
import { validateWorkflow } from '../cases/validate-workflow';
import { SECTORS_OUTSIDE_INDUSTRY_MINING_TRADE } from './categories';
import { ACCIDENT_SECTOR_CODES, ACCIDENT_SECTORS } from './sectors';
import { ACCIDENT_REPORT_WORKFLOW, ACCIDENT_WORKFLOWS, INVESTIGATION_WORKFLOW } from './workflows';

const now = new Date('2026-05-01T00:00:00Z');
const ask = (workflow = ACCIDENT_REPORT_WORKFLOW, state = 'reported', extra = {}) =>
  checkTransition(
    workflow,
    { state, version: 1 },
    {
      transition: 'mark_irregularity',
      expectedVersion: 1,
      actorRoles: ['inspector'],
      actorRelations: [],
      now,
      ...extra,
    },
  );

describe('accident workflows', () => {
  it('are sound workflows', () => {
    for (const workflow of ACCIDENT_WORKFLOWS)
      expect(validateWorkflow(workflow)).toEqual({ ok: true, value: workflow });
  });

  it('marks a report omitted, false or concealed only with a reason and evidence (§1.6)', () => {
    expect(ask()).toMatchObject({ ok: false, error: { code: 'CASE.FIELDS_REQUIRED' } });
    expect(ask(undefined, 'reported', { fields: { irregularity: 'late' } })).toMatchObject({
      ok: false,
      error: { code: 'CASE.FIELD_VALUE_NOT_ALLOWED' },
    });
    const fields = { irregularity: 'concealed' };
    expect(ask(undefined, 'reported', { fields })).toMatchObject({ error: { code: 'CASE.COMMENT_REQUIRED' } });
    expect(ask(undefined, 'reported', { fields, comment: '经查证属实' })).toMatchObject({
      error: { code: 'CASE.EVIDENCE_REQUIRED' },
    });
    expect(ask(undefined, 'due', { fields, comment: '经查证属实', evidence: [{ phase: 'other' }] })).toEqual({
      ok: true,
      value: { to: 'due' },
    });
  });

  it('submits an investigation report only with every section of Art. 30', () => {
    const submit = checkTransition(
      INVESTIGATION_WORKFLOW,
      { state: 'investigating', version: 3 },
      {
        transition: 'submit_report',
        expectedVersion: 3,
        actorRoles: ['safety_office'],
        actorRelations: ['supervisor'],
        fields: { teamLeader: '张三', unitOverview: 'x' },
        now,
      },
    );
    expect(submit).toMatchObject({
      ok: false,
      error: {
        code: 'CASE.FIELDS_REQUIRED',
        params: { fields: 'courseAndRescue,casualtiesAndLoss,causeAndNature,responsibility,preventionMeasures' },
      },
    });
  });

  it('lets only the investigating government (or one above it) move the investigation, and its leader approve', () => {
    const ask = (transition: string, roles: string[], relations: string[], state = 'investigating') =>
      checkTransition(
        INVESTIGATION_WORKFLOW,
        { state, version: 1 },
        {
          transition,
          expectedVersion: 1,
          actorRoles: roles,
          actorRelations: relations,
          fields: { teamLeader: '王五', teamMembers: ['赵六'] },
          now,
        },
      );
    expect(ask('set_team', ['inspector'], [])).toMatchObject({ error: { code: 'CASE.RELATION_NOT_ALLOWED' } });
    expect(ask('set_team', ['inspector'], ['supervisor']).ok).toBe(true);
    const approve = { approvalDocument: '政府批复' };
    expect(
      checkTransition(
        INVESTIGATION_WORKFLOW,
        { state: 'report_submitted', version: 1 },
        {
          transition: 'approve',
          expectedVersion: 1,
          actorRoles: ['safety_office'],
          actorRelations: ['supervisor'],
          fields: approve,
          now,
        },
      ),
    ).toMatchObject({ error: { code: 'CASE.ROLE_NOT_ALLOWED' } });
    expect(
      checkTransition(
        INVESTIGATION_WORKFLOW,
        { state: 'report_submitted', version: 1 },
        {
          transition: 'approve',
          expectedVersion: 1,
          actorRoles: ['leader'],
          actorRelations: ['supervisor'],
          fields: approve,
          now,
        },
      ).ok,
    ).toBe(true);
  });

  it('keeps every sector outside 工矿商贸 in the statistical sector list', () => {
    for (const code of SECTORS_OUTSIDE_INDUSTRY_MINING_TRADE) expect(ACCIDENT_SECTOR_CODES).toContain(code);
    expect(ACCIDENT_SECTORS.road_traffic.supervisionSector).toBe('road_transport');
  });
});
