import type { AccidentGrade } from '@redline/domain';

/** Who reports an accident (POST /accidents): the safety committee office, department inspectors, administrators. */
export const ACCIDENT_REPORTER_ROLES = ['safety_office', 'inspector', 'admin'] as const;
/** Who sees the accident screens (事故报告 in the menu): the readers of GET /accidents, town officers included. */
export const ACCIDENT_VIEWER_ROLES = ['admin', 'leader', 'safety_office', 'inspector', 'town_officer'] as const;

const hasAny = (roles: readonly string[], allowed: readonly string[]) => roles.some((r) => allowed.includes(r));
export const mayReportAccident = (roles: readonly string[]): boolean => hasAny(roles, ACCIDENT_REPORTER_ROLES);
export const maySeeAccidents = (roles: readonly string[]): boolean => hasAny(roles, ACCIDENT_VIEWER_ROLES);

/** The colours of the national emergency scale: blue 一般, yellow 较大, orange 重大, red 特别重大. */
export const GRADE_COLORS: Record<AccidentGrade, string> = {
  ordinary: 'blue',
  large: 'gold',
  major: 'orange',
  extraordinary: 'red',
};

export const INVESTIGATION_STATE_COLORS: Record<string, string> = {
  investigating: 'processing',
  report_submitted: 'purple',
  approved: 'cyan',
  closed: 'green',
};

/** An amount in CNY with thousands separators and at most two decimals (`12,345,678.5`). */
export function formatCny(value: number | null | undefined): string {
  if (typeof value !== 'number' || !Number.isFinite(value)) return '—';
  return value.toLocaleString('en-US', { maximumFractionDigits: 2 });
}
