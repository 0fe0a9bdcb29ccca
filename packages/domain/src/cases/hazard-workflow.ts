import type { DayCountMode } from '../calendar/deadline';
import type { Requirement } from './requirements';
import type { Workflow } from './state-machine';

/** Roles of the platform (product.md "Who uses it"); a person may hold several. */
export const HAZARD_ROLES = [
  'grid_worker',
  'town_officer',
  'inspector',
  'enterprise_user',
  'safety_office',
  'admin',
  'expert',
] as const;

/**
 * The five assurances (五落实) of rectification by deadline, as labelled in the UI. Four are case fields; the fifth,
 * `deadline`, is the transition's deadline (checked by a `futureDeadline` requirement).
 */
export const FIVE_ASSURANCES = ['measures', 'responsiblePerson', 'funds', 'deadline', 'contingencyPlan'] as const;
export const FIVE_ASSURANCE_FIELDS = ['measures', 'responsiblePerson', 'funds', 'contingencyPlan'];

/**
 * Report items of a major hazard (domain-reference §2.5, Decree 16 Art. 14 para 2): current condition and causes;
 * degree of harm and difficulty of rectification; the rectification plan (the fields below).
 */
export const MAJOR_HAZARD_REPORT_FIELDS = ['currentCondition', 'causes', 'harmAndDifficultyAnalysis'];

/**
 * Rectification plan items (治理方案, domain-reference §2.6, Decree 16 Art. 15): 1 objectives and tasks; 2 methods and
 * measures; 3 funds and materials; 4 responsible organisation and people; 5 time limit (the deadline) and
 * requirements; 6 safety measures and emergency plan (the five assurances' `contingencyPlan`).
 */
export const RECTIFICATION_PLAN_FIELDS = [
  'objectives',
  'measures',
  'funds',
  'materials',
  'responsibleOrganisation',
  'responsiblePerson',
  'rectificationRequirements',
  'safetyMeasures',
  'contingencyPlan',
];

const TRIAGE_ROLES = ['town_officer', 'inspector', 'safety_office'];
const FROM_INTAKE = ['reported', 'transferred'];
const MAJOR = { level: 'major' };
/** While a resumption application is under review, only approve/refuse_resumption decide. */
const UNDER_REVIEW: Requirement = { kind: 'fieldNot', field: 'suspension', values: ['applied'] };

/**
 * The hazard (隐患) workflow, issue 3 §2 and domain-reference §2.8. Who may take each transition:
 *
 * Roles: TO town_officer, IN inspector, SO safety_office, GW grid_worker, EU enterprise_user (admin, expert: none).
 * Relations: sup = supervisor, own = owner.
 *
 * | transition          | from → to                              | roles          | relation | requires             |
 * |---------------------|----------------------------------------|----------------|----------|----------------------|
 * | accept              | reported, transferred → accepted       | TO, IN, SO     | sup      | level; major: basis  |
 * | reject              | reported, transferred → rejected       | TO, IN, SO     | sup      | comment (reason)     |
 * | merge               | reported, transferred → merged         | TO, IN, SO     | sup      | mergedInto           |
 * | transfer            | reported, transferred → transferred    | TO, IN, SO     | sup      | comment, transferTo, |
 * |                     |                                        |                |          | future deadline      |
 * | rectify_immediately | accepted → rectifying                  | EU, GW, TO, IN | own, sup | level ordinary       |
 * | rectify_by_deadline | accepted → rectifying                  | EU, TO, IN, SO | own, sup | five assurances,     |
 * |                     |                                        |                |          | future deadline;     |
 * |                     |                                        |                |          | major: report, plan  |
 * | complete            | rectifying → awaiting_verification     | EU, GW, TO, IN | own      | comment, after-photo |
 * | verify              | awaiting_verification → written_off    | TO, IN, SO     | sup      | –                    |
 * | fail_verification   | awaiting_verification → rectifying     | TO, IN, SO     | sup      | comment (reason)     |
 * | reopen              | written_off, rejected → reported       | TO, IN, SO     | sup      | comment              |
 * | list_supervision    | accepted, rectifying, awaiting_v. (=)  | SO             | –        | major, listedUnit,   |
 * |                     |                                        |                |          | future deadline      |
 * | order_suspension    | accepted, rectifying (=)               | TO, IN, SO     | sup      | major, comment, not  |
 * |                     |                                        |                |          | already suspended    |
 * | apply_resumption    | rectifying → awaiting_verification     | EU             | own      | suspended, comment,  |
 * |                     |                                        |                |          | after-photo          |
 * | approve_resumption  | awaiting_verification → written_off    | TO, IN, SO     | sup      | resumption applied   |
 * | refuse_resumption   | awaiting_verification → rectifying     | TO, IN, SO     | sup      | resumption applied,  |
 * |                     |                                        |                |          | comment              |
 * (=): an action that keeps the state. While a suspension is ordered the owner applies for resumption instead of
 * `complete`; while the application is under review only approve/refuse_resumption decide (not verify/fail).
 *
 * Why these choices:
 * - Accepting, grading and routing a report, verifying and writing off are official acts of the supervising unit
 *   (Decree 16 Art. 23: the supervising department reviews and writes off; §2.7 local practice: the 安委办 organises
 *   verification), so they take the `supervisor` relation. A transfer hands the case to another department: the
 *   service makes `transferTo` the supervising unit, and that department then accepts, rejects or transfers again
 *   from `transferred` under its own short `transfer` clock, so "not ours" never kills a case.
 * - The owner (the enterprise, or a unit owning public premises) commits to rectification and reports it done; the
 *   supervisor may also order rectification. A grid worker may record an immediate fix made on patrol (即查即改) and,
 *   as owner of a public-space hazard, its completion, but does not write off.
 * - Immediate rectification is for ordinary hazards only (Decree 16 Art. 3: an ordinary hazard can be removed at once;
 *   a major one needs a rectification plan, Art. 15). A major hazard needs its determination basis when accepted and
 *   its report (Art. 14) and plan (Art. 15) items before rectification starts.
 * - `admin` configures workflows, calendars and ladders but takes no case decision, and `expert` (third-party
 *   diagnosis) files findings as new reports and evidence: neither may take a transition. A person who needs to
 *   decide holds the business role as well.
 * - Listed supervision (挂牌督办) is the safety-committee office's act over any supervising unit, so it checks the
 *   role only; its deadline becomes the case's. A suspension order (停产停业整顿, §2.7) sets `suspension` to
 *   `ordered` (the service also suspends the enterprise); the owner's resumption application (`applied`) opens a
 *   resumption review with its own 10-day clock (Decree 16 Art. 23); approval writes the hazard off and lets the
 *   enterprise resume (`approved`), refusal returns it to rectification (`ordered` again).
 * - `merged` is final (the surviving case carries on); `written_off` and `rejected` can be reopened, which starts a
 *   new cycle from `reported`.
 * Clocks: `acceptance` runs from the report until rectification is assigned, `transfer` while with the receiving
 * department, `rectification` while rectifying, `verification` while awaiting verification.
 */
export const HAZARD_WORKFLOW: Workflow = {
  type: 'hazard',
  initial: 'reported',
  states: {
    reported: { clock: 'acceptance' },
    transferred: { clock: 'transfer' },
    accepted: { clock: 'acceptance' },
    rectifying: { clock: 'rectification' },
    awaiting_verification: { clock: 'verification' },
    written_off: { terminal: true, clock: null },
    rejected: { terminal: true, clock: null },
    merged: { terminal: true, clock: null },
  },
  transitions: [
    {
      name: 'accept',
      from: FROM_INTAKE,
      to: 'accepted',
      roles: TRIAGE_ROLES,
      relation: ['supervisor'],
      requires: [
        { kind: 'fieldValue', field: 'level', oneOf: ['ordinary', 'major'] },
        { kind: 'fields', fields: ['determinationBasis'], when: MAJOR },
      ],
    },
    {
      name: 'reject',
      from: FROM_INTAKE,
      to: 'rejected',
      roles: TRIAGE_ROLES,
      relation: ['supervisor'],
      requires: [{ kind: 'comment' }],
    },
    {
      name: 'merge',
      from: FROM_INTAKE,
      to: 'merged',
      roles: TRIAGE_ROLES,
      relation: ['supervisor'],
      requires: [{ kind: 'fields', fields: ['mergedInto'] }],
    },
    {
      name: 'transfer',
      from: FROM_INTAKE,
      to: 'transferred',
      roles: TRIAGE_ROLES,
      relation: ['supervisor'],
      requires: [{ kind: 'comment' }, { kind: 'fields', fields: ['transferTo'] }, { kind: 'futureDeadline' }],
    },
    {
      name: 'rectify_immediately',
      from: ['accepted'],
      to: 'rectifying',
      roles: ['enterprise_user', 'grid_worker', 'town_officer', 'inspector'],
      relation: ['owner', 'supervisor'],
      requires: [{ kind: 'fieldValue', field: 'level', oneOf: ['ordinary'] }],
    },
    {
      name: 'rectify_by_deadline',
      from: ['accepted'],
      to: 'rectifying',
      roles: ['enterprise_user', 'town_officer', 'inspector', 'safety_office'],
      relation: ['owner', 'supervisor'],
      requires: [
        { kind: 'fields', fields: FIVE_ASSURANCE_FIELDS },
        { kind: 'futureDeadline' },
        { kind: 'fields', fields: MAJOR_HAZARD_REPORT_FIELDS, when: MAJOR },
        { kind: 'fields', fields: RECTIFICATION_PLAN_FIELDS, when: MAJOR },
      ],
    },
    {
      name: 'complete',
      from: ['rectifying'],
      to: 'awaiting_verification',
      roles: ['enterprise_user', 'grid_worker', 'town_officer', 'inspector'],
      relation: ['owner'],
      requires: [
        { kind: 'fieldNot', field: 'suspension', values: ['ordered'] },
        { kind: 'comment' },
        { kind: 'evidence', phase: 'after', min: 1 },
      ],
    },
    {
      name: 'verify',
      from: ['awaiting_verification'],
      to: 'written_off',
      roles: TRIAGE_ROLES,
      relation: ['supervisor'],
      requires: [UNDER_REVIEW],
    },
    {
      name: 'fail_verification',
      from: ['awaiting_verification'],
      to: 'rectifying',
      roles: TRIAGE_ROLES,
      relation: ['supervisor'],
      requires: [UNDER_REVIEW, { kind: 'comment' }],
    },
    {
      name: 'reopen',
      from: ['written_off', 'rejected'],
      to: 'reported',
      roles: TRIAGE_ROLES,
      relation: ['supervisor'],
      requires: [{ kind: 'comment' }],
    },
    {
      name: 'list_supervision',
      from: ['accepted', 'rectifying', 'awaiting_verification'],
      roles: ['safety_office'],
      requires: [
        { kind: 'fieldValue', field: 'level', oneOf: ['major'] },
        { kind: 'fields', fields: ['listedUnit'] },
        { kind: 'futureDeadline' },
      ],
    },
    {
      name: 'order_suspension',
      from: ['accepted', 'rectifying'],
      roles: TRIAGE_ROLES,
      relation: ['supervisor'],
      requires: [
        { kind: 'fieldValue', field: 'level', oneOf: ['major'] },
        { kind: 'fieldNot', field: 'suspension', values: ['ordered', 'applied'] },
        { kind: 'comment' },
      ],
    },
    {
      name: 'apply_resumption',
      from: ['rectifying'],
      to: 'awaiting_verification',
      roles: ['enterprise_user'],
      relation: ['owner'],
      requires: [
        { kind: 'fieldValue', field: 'suspension', oneOf: ['ordered'] },
        { kind: 'comment' },
        { kind: 'evidence', phase: 'after', min: 1 },
      ],
    },
    {
      name: 'approve_resumption',
      from: ['awaiting_verification'],
      to: 'written_off',
      roles: TRIAGE_ROLES,
      relation: ['supervisor'],
      requires: [{ kind: 'fieldValue', field: 'suspension', oneOf: ['applied'] }],
    },
    {
      name: 'refuse_resumption',
      from: ['awaiting_verification'],
      to: 'rectifying',
      roles: TRIAGE_ROLES,
      relation: ['supervisor'],
      requires: [{ kind: 'fieldValue', field: 'suspension', oneOf: ['applied'] }, { kind: 'comment' }],
    },
  ],
};

/**
 * Default clock lengths of a hazard when the transition gives no deadline. Acceptance, transfer and verification
 * lengths are product defaults (no regulation sets them; regions change them by data); the resumption review's 10
 * days are Decree 16 Art. 23 (domain-reference §2.7). Rectification by deadline has no default: the five assurances
 * include the deadline.
 */
export const HAZARD_CLOCK_DEFAULTS: Record<string, { days: number; unit: DayCountMode }> = {
  acceptance: { days: 3, unit: 'working' },
  transfer: { days: 3, unit: 'working' },
  immediate: { days: 1, unit: 'working' },
  verification: { days: 5, unit: 'working' },
  review: { days: 10, unit: 'calendar' },
};

/**
 * The on-site review of a resumption application (Decree 16 Art. 23: within 10 days of the application), a case of
 * its own so that its clock escalates like any other. The hazard's approve/refuse_resumption close it.
 */
export const RESUMPTION_REVIEW_WORKFLOW: Workflow = {
  type: 'resumption_review',
  initial: 'reviewing',
  states: {
    reviewing: { clock: 'review' },
    approved: { terminal: true, clock: null },
    refused: { terminal: true, clock: null },
  },
  transitions: [
    { name: 'approve', from: ['reviewing'], to: 'approved', roles: TRIAGE_ROLES, relation: ['supervisor'] },
    { name: 'refuse', from: ['reviewing'], to: 'refused', roles: TRIAGE_ROLES, relation: ['supervisor'] },
  ],
};
