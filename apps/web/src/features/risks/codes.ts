import type { TMe } from '@redline/contracts';
import { CHECK_CYCLES, type CheckCycle, type RISK_COLOURS, type RiskLevel } from '@redline/domain';

type Translate = (key: string, params?: Record<string, string | number>) => string;

/** Who keeps a register (the server checks it is the enterprise's own): its accounts and administrators. */
export const mayMaintainRegister = (roles: readonly TMe['roles'][number][]) =>
  roles.includes('enterprise_user') || roles.includes('admin');

/** Who may comment: the enterprise's own accounts and the supervising side (grid workers and experts read). */
export const mayComment = (roles: readonly TMe['roles'][number][]) =>
  roles.some((r) => ['enterprise_user', 'inspector', 'safety_office', 'town_officer', 'leader', 'admin'].includes(r));

/** The printed four colours (red, orange, yellow, blue), with a text colour readable on each. */
export const COLOUR_HEX: Record<(typeof RISK_COLOURS)[RiskLevel], { bg: string; fg: string }> = {
  red: { bg: '#d9363e', fg: '#fff' },
  orange: { bg: '#f08c00', fg: '#fff' },
  yellow: { bg: '#fadb14', fg: '#262626' },
  blue: { bg: '#1677ff', fg: '#fff' },
};

export const registerHref = (enterpriseId: string) => `/enterprises/${encodeURIComponent(enterpriseId)}/risks`;
export const cardHref = (enterpriseId: string, unitId: string) =>
  `${registerHref(enterpriseId)}/units/${encodeURIComponent(unitId)}/card`;

export type ScheduleLike = {
  cycle?: unknown;
  every?: unknown;
  days?: unknown;
  workStart?: unknown;
  workEnd?: unknown;
  shiftHours?: unknown;
};

const isCycle = (v: unknown): v is CheckCycle =>
  typeof v === 'string' && (CHECK_CYCLES as readonly string[]).includes(v);
/** Working days and working hours matter only to the cycles inside a day (and daily checks for working days). */
const INTRADAY: readonly CheckCycle[] = ['hour', 'shift'];

/**
 * A check schedule in words: 每班（8 小时一班）, 每 2 小时，08:30–17:30, 每天（工作日）, 每 6 个月 — or null for no
 * schedule (a measure checked when needed).
 */
export function scheduleWords(schedule: ScheduleLike | null | undefined, t: Translate): string | null {
  if (!schedule || !isCycle(schedule.cycle)) return null;
  const { cycle } = schedule;
  const n = typeof schedule.every === 'number' && schedule.every > 1 ? schedule.every : 1;
  let text = n === 1 ? t(`risks.every.${cycle}`) : t(`risks.everyN.${cycle}`, { n });
  if (cycle === 'shift' && typeof schedule.shiftHours === 'number') {
    text += t('risks.schedule.shiftHours', { h: schedule.shiftHours });
  }
  if ((INTRADAY.includes(cycle) || cycle === 'day') && schedule.days === 'working') text += t('risks.schedule.working');
  if (typeof schedule.workStart === 'string' && typeof schedule.workEnd === 'string') {
    text += t('risks.schedule.hours', { start: schedule.workStart, end: schedule.workEnd });
  }
  return text;
}
