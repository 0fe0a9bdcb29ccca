import { HAZARD_CLOCK_DEFAULTS } from '@redline/domain';
import type { Db, Tx } from '../../db/client';
import { resolveDeadline } from '../cases/calendars';

/**
 * The deadline a hazard clock gets when nobody names one (HAZARD_CLOCK_DEFAULTS). A default must never refuse a
 * report: when the count runs into a year whose holiday calendar is not loaded yet (late December before the State
 * Council notice), it counts Monday–Friday for that year instead of answering CALENDAR.YEAR_MISSING.
 */
export const defaultDeadline = (tx: Db | Tx, now: Date, clock: keyof typeof HAZARD_CLOCK_DEFAULTS) =>
  resolveDeadline(tx, now, HAZARD_CLOCK_DEFAULTS[clock]!, { allowMissingYears: true });
