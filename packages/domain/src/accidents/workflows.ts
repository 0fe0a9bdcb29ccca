import type { Workflow } from '../cases/state-machine';

/** Who registers and handles accidents: the safety committee office, department inspectors, administrators. */
export const ACCIDENT_OFFICER_ROLES = ['safety_office', 'inspector', 'admin'];
/** Who investigates and marks a report omitted, false or concealed. */
export const ACCIDENT_INVESTIGATOR_ROLES = ['safety_office', 'inspector'];
/** Who approves (批复) an investigation report for the government at the investigating level (Art. 32). */
export const INVESTIGATION_APPROVER_ROLES = ['leader'];

/** 漏报, 谎报, 瞒报 (domain-reference.md §1.6): set by an investigator with a reason and evidence. 迟报 is computed. */
export const REPORT_IRREGULARITIES = ['omitted', 'false', 'concealed'] as const;
export type ReportIrregularity = (typeof REPORT_IRREGULARITIES)[number];

/**
 * An accident (Decree 493): open while casualties may change and the investigation runs; the investigation's
 * closing closes it. `supplement` records a supplementary report (补报) and keeps the state.
 */
export const ACCIDENT_WORKFLOW: Workflow = {
  type: 'accident',
  initial: 'open',
  states: { open: { clock: null }, closed: { terminal: true, clock: null } },
  transitions: [
    { name: 'supplement', from: ['open'], roles: ACCIDENT_OFFICER_ROLES },
    { name: 'close', from: ['open'], to: 'closed', roles: ACCIDENT_INVESTIGATOR_ROLES },
  ],
};

/**
 * One step of the reporting chain (Art. 9–11): the report that must reach one level (county, city, province, State
 * Council) by its deadline. `report` records when it did; a step reported after its deadline is late (迟报).
 */
export const ACCIDENT_REPORT_WORKFLOW: Workflow = {
  type: 'accident_report',
  initial: 'due',
  // A reported step stays open to an investigator's finding (漏报, 谎报, 瞒报); it runs no clock.
  states: { due: { clock: 'report' }, reported: { clock: null } },
  transitions: [
    { name: 'report', from: ['due'], to: 'reported', roles: ACCIDENT_OFFICER_ROLES },
    {
      name: 'mark_irregularity',
      from: ['due', 'reported'],
      roles: ACCIDENT_INVESTIGATOR_ROLES,
      requires: [
        { kind: 'fieldValue', field: 'irregularity', oneOf: [...REPORT_IRREGULARITIES] },
        { kind: 'comment' },
        { kind: 'evidence', phase: 'other', min: 1 },
      ],
    },
  ],
};

/** The sections of an investigation report (Decree 493 Art. 30), as fields of the investigation case. */
export const INVESTIGATION_REPORT_SECTIONS = [
  'unitOverview',
  'courseAndRescue',
  'casualtiesAndLoss',
  'causeAndNature',
  'responsibility',
  'preventionMeasures',
] as const;

/**
 * The investigation (Art. 19–32): the team investigates under the report deadline (60 days, extendable once approved,
 * appraisal time excluded), submits its report, which the government approves (批复) within 15 or 30 days; closing
 * needs the four no-lets-go (四不放过) checklist complete, which the service checks.
 */
export const INVESTIGATION_WORKFLOW: Workflow = {
  type: 'accident_investigation',
  initial: 'investigating',
  states: {
    investigating: { clock: 'investigation' },
    report_submitted: { clock: 'approval' },
    approved: { clock: null },
    closed: { terminal: true, clock: null },
  },
  transitions: [
    {
      name: 'set_team',
      from: ['investigating'],
      roles: ACCIDENT_INVESTIGATOR_ROLES,
      relation: ['supervisor'],
      requires: [{ kind: 'fields', fields: ['teamLeader', 'teamMembers'] }],
    },
    {
      name: 'extend',
      from: ['investigating'],
      roles: ACCIDENT_INVESTIGATOR_ROLES,
      relation: ['supervisor'],
      requires: [{ kind: 'fields', fields: ['extensionDays', 'extensionApprovedBy'] }, { kind: 'comment' }],
    },
    {
      name: 'record_appraisal',
      from: ['investigating'],
      roles: ACCIDENT_INVESTIGATOR_ROLES,
      relation: ['supervisor'],
      requires: [{ kind: 'fields', fields: ['appraisalDays'] }, { kind: 'comment' }],
    },
    {
      name: 'submit_report',
      from: ['investigating'],
      to: 'report_submitted',
      roles: ACCIDENT_INVESTIGATOR_ROLES,
      relation: ['supervisor'],
      requires: [{ kind: 'fields', fields: ['teamLeader', ...INVESTIGATION_REPORT_SECTIONS] }],
    },
    {
      name: 'approve',
      from: ['report_submitted'],
      to: 'approved',
      roles: INVESTIGATION_APPROVER_ROLES,
      relation: ['supervisor'],
      requires: [{ kind: 'fields', fields: ['approvalDocument'] }],
    },
    {
      name: 'return_report',
      from: ['report_submitted'],
      to: 'investigating',
      roles: ACCIDENT_INVESTIGATOR_ROLES,
      relation: ['supervisor'],
      requires: [{ kind: 'comment' }],
    },
    {
      name: 'record_no_lets_go',
      from: ['investigating', 'report_submitted', 'approved'],
      roles: ACCIDENT_INVESTIGATOR_ROLES,
      relation: ['supervisor'],
    },
    { name: 'close', from: ['approved'], to: 'closed', roles: ACCIDENT_INVESTIGATOR_ROLES, relation: ['supervisor'] },
  ],
};

export const ACCIDENT_WORKFLOWS = [ACCIDENT_WORKFLOW, ACCIDENT_REPORT_WORKFLOW, INVESTIGATION_WORKFLOW];
