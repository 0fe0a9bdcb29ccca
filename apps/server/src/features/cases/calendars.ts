import { ERROR_STATUS, type ErrorCode, type THolidayCalendar } from '@redline/contracts';
import {
  addDays,
  endOfLocalDate,
  type HolidayCalendar,
  listMissingCalendarYears,
  localDateOf,
  parseLocalDate,
  validateHolidayCalendar,
} from '@redline/domain';
import { asc, eq } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client';
import type { Ctx } from '../../http/context';
import { AppError, type FieldProblem, invalid } from '../../http/errors';
import { type AuditWho, appendAudit } from '../audit/append-audit';
import { whoOf } from '../audit/who';
import { holidayCalendars } from './schema';

/** The official holiday calendars loaded (国务院办公厅 notices), oldest year first: the data working days count on. */
export async function loadCalendars(db: Db | Tx): Promise<HolidayCalendar[]> {
  const rows = await db.select().from(holidayCalendars).orderBy(asc(holidayCalendars.year));
  return rows.map(({ year, holidays, workdays, source }) => ({ year, holidays, workdays, source }));
}

/**
 * A deadline as a client gives it: a local date `YYYY-MM-DD` (the end of that day, Asia/Shanghai), an ISO instant,
 * or a number of calendar or working days from now (`addDays`: the day of `now` is day 0, the deadline is the end of
 * the nth day).
 */
export type DeadlineInput = string | { days: number; unit: 'calendar' | 'working' };

const LOCAL_DATE = /^\d{4}-\d{2}-\d{2}$/;
const yearOf = (instant: Date) => Number(localDateOf(instant).slice(0, 4));

/**
 * Turns a deadline input into the instant stored on a case. Working days need the holiday calendar of every year the
 * count runs through; when one is not loaded the count would be a guess (Monday–Friday), so this answers 400
 * `CALENDAR.YEAR_MISSING` {year} instead (unless `allowMissingYears`). A malformed date or instant is 400 REQUEST.VALIDATION on `path`. Whether
 * the deadline lies in the future is the caller's rule (CASE.DEADLINE_IN_PAST).
 */
export async function resolveDeadline(
  db: Db | Tx,
  now: Date,
  input: DeadlineInput,
  options: {
    path?: string;
    /**
     * A deadline the system sets by default (not one a user typed) may prefer a Monday–Friday guess for a year
     * without a calendar over refusing the whole request; the caller should then log or show a warning.
     */
    allowMissingYears?: boolean;
  } = {},
): Promise<Date> {
  const path = options.path ?? 'deadline';
  if (typeof input === 'string') {
    if (LOCAL_DATE.test(input)) {
      if (parseLocalDate(input) === null) throw invalid({ path, code: 'VALIDATION.INVALID_FORMAT' });
      return endOfLocalDate(input);
    }
    const instant = new Date(input);
    if (!/^\d{4}-\d{2}-\d{2}T/.test(input) || Number.isNaN(instant.getTime())) {
      throw invalid({ path, code: 'VALIDATION.INVALID_FORMAT' });
    }
    return instant;
  }
  if (!Number.isInteger(input.days) || input.days < 0)
    throw invalid({ path: `${path}.days`, code: 'VALIDATION.INVALID' });
  if (input.unit === 'calendar') return addDays(now, input.days, 'calendar', []);
  const calendars = await loadCalendars(db);
  const deadline = addDays(now, input.days, 'working', calendars);
  const [missing] = listMissingCalendarYears(yearOf(now), yearOf(deadline), calendars);
  if (missing !== undefined && !options.allowMissingYears)
    throw new AppError('CALENDAR.YEAR_MISSING', { year: missing });
  return deadline;
}

export const presentCalendar = (row: typeof holidayCalendars.$inferSelect): THolidayCalendar => ({
  year: row.year,
  holidays: row.holidays,
  workdays: row.workdays,
  source: row.source,
  loadedAt: row.loadedAt.toISOString(),
});

/** A domain rule's code as an API error code (every CALENDAR.* and LADDER.* code is in ERROR_STATUS). */
export const errorCodeOf = (code: string): ErrorCode =>
  Object.hasOwn(ERROR_STATUS, code) ? (code as ErrorCode) : 'REQUEST.VALIDATION';

/** Where a rejected date sits in the request, for the field problem next to the error code. */
function problemOf(calendar: HolidayCalendar, code: string, params: Record<string, unknown>): FieldProblem {
  const date = typeof params.date === 'string' ? params.date : undefined;
  const at = (list: 'holidays' | 'workdays') => (date === undefined ? -1 : calendar[list].lastIndexOf(date));
  const path =
    date === undefined ? 'year' : at('workdays') >= 0 ? `workdays.${at('workdays')}` : `holidays.${at('holidays')}`;
  return { path, code, params: params as FieldProblem['params'] };
}

/**
 * Loads (or replaces) one year's calendar after `validateHolidayCalendar` (400 CALENDAR.* with the offending date,
 * nothing written), dates stored sorted; audited as `holiday_calendar.put` in the caller's transaction.
 */
export async function saveHolidayCalendar(
  tx: Tx,
  who: AuditWho,
  input: { year: number; holidays: string[]; workdays: string[]; source: string },
) {
  const calendar = { ...input, holidays: [...input.holidays].sort(), workdays: [...input.workdays].sort() };
  const checked = validateHolidayCalendar(calendar);
  if (!checked.ok) {
    const params = (checked.error.params ?? {}) as Record<string, unknown>;
    throw new AppError(errorCodeOf(checked.error.code), params as AppError['params'], [
      problemOf(input, checked.error.code, params),
    ]);
  }
  const [before] = await tx.select().from(holidayCalendars).where(eq(holidayCalendars.year, calendar.year));
  const values = { ...calendar, loadedAt: who.now };
  const [after] = await tx
    .insert(holidayCalendars)
    .values(values)
    .onConflictDoUpdate({ target: holidayCalendars.year, set: values })
    .returning();
  await appendAudit(tx, who, {
    action: 'holiday_calendar.put',
    entity: 'holiday_calendar',
    entityId: String(calendar.year),
    before: before ?? null,
    after: after!,
  });
  return after!;
}

export async function listHolidayCalendars(ctx: Ctx): Promise<THolidayCalendar[]> {
  const rows = await ctx.db.select().from(holidayCalendars).orderBy(asc(holidayCalendars.year));
  return rows.map(presentCalendar);
}

export async function putHolidayCalendar(
  ctx: Ctx,
  year: number,
  body: { holidays: string[]; workdays: string[]; source: string },
): Promise<THolidayCalendar> {
  const row = await ctx.db.transaction((tx) => saveHolidayCalendar(tx, whoOf(ctx), { year, ...body }));
  return presentCalendar(row);
}
