import {
  ACCIDENT_REPORT_WORKFLOW,
  ACCIDENT_WORKFLOW,
  HAZARD_WORKFLOW,
  INVESTIGATION_WORKFLOW,
  RESUMPTION_REVIEW_WORKFLOW,
  RISK_CHECK_WORKFLOW,
  type Workflow,
} from '@redline/domain';

/**
 * Every case type the deadline clock runs for, with its workflow (a case in a terminal state runs no clock). The one
 * registry: the scheduler sweeps these types, and escalation ladders may be configured only for them. A new case type
 * adds one line here.
 */
export const CASE_WORKFLOWS: Record<string, Workflow> = {
  hazard: HAZARD_WORKFLOW,
  resumption_review: RESUMPTION_REVIEW_WORKFLOW,
  accident: ACCIDENT_WORKFLOW,
  accident_report: ACCIDENT_REPORT_WORKFLOW,
  accident_investigation: INVESTIGATION_WORKFLOW,
  risk_check: RISK_CHECK_WORKFLOW,
};
