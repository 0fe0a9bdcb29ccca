import { HAZARD_WORKFLOW, RESUMPTION_REVIEW_WORKFLOW, type Workflow } from '@redline/domain';

/**
 * Every case type the deadline clock runs for, with its workflow (a case in a terminal state runs no clock). The one
 * registry: the scheduler sweeps these types, and escalation ladders may be configured only for them. A new case type
 * adds one line here.
 */
export const CASE_WORKFLOWS: Record<string, Workflow> = {
  hazard: HAZARD_WORKFLOW,
  resumption_review: RESUMPTION_REVIEW_WORKFLOW,
};
