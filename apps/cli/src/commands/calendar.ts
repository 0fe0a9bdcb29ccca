import fs from 'node:fs';
import path from 'node:path';
import { ZHolidayCalendarPut } from '@redline/contracts';
import { loadCalendars, saveHolidayCalendar } from '@redline/server/features/cases/calendars';
import { z } from 'zod';
import { type Command, fail, out, UsageError } from '../command';
import { cliCtx, withRuntime } from '../runtime';

const ZCalendarFile = z.union([
  ZHolidayCalendarPut.extend({ year: z.number().int() }),
  z.array(ZHolidayCalendarPut.extend({ year: z.number().int() })).min(1),
]);

export const calendarLoad: Command = {
  name: 'calendar load',
  usage: 'calendar load FILE.json',
  summary:
    'Load the official holiday calendar of a year (or several): JSON {year, holidays, workdays, source} or an array of them; all or nothing',
  run: async (args) => {
    if (args.length !== 1 || args[0]!.startsWith('-')) throw new UsageError('expects exactly one FILE.json');
    const file = path.resolve(args[0]!);
    if (!fs.existsSync(file)) {
      fail(`No such file: ${file}`);
      return 1;
    }
    let parsed: z.infer<typeof ZCalendarFile>;
    try {
      const json: unknown = JSON.parse(fs.readFileSync(file, 'utf8'));
      const checked = ZCalendarFile.safeParse(json);
      if (!checked.success) {
        const issue = checked.error.issues[0]!;
        fail(`${file}: ${issue.path.join('.') || '(top level)'}: ${issue.message}. Nothing was loaded.`);
        return 1;
      }
      parsed = checked.data;
    } catch (error) {
      fail(`${file} is not valid JSON: ${(error as Error).message}. Nothing was loaded.`);
      return 1;
    }
    const calendars = Array.isArray(parsed) ? parsed : [parsed];
    return withRuntime(async (rt) => {
      const ctx = cliCtx(rt);
      // One transaction: a bad year (AppError CALENDAR.*, printed by main) loads none of them.
      const saved = await ctx.db.transaction(async (tx) => {
        const rows = [];
        for (const calendar of calendars) {
          rows.push(await saveHolidayCalendar(tx, { actorId: null, requestId: ctx.requestId, now: ctx.now }, calendar));
        }
        return rows;
      });
      for (const row of saved) {
        out(
          `Loaded the ${row.year} holiday calendar: ${row.holidays.length} days off, ${row.workdays.length} working weekend days (${row.source}).`,
        );
      }
      return 0;
    });
  },
};

export const calendarList: Command = {
  name: 'calendar list',
  usage: 'calendar list',
  summary: 'List the holiday calendars loaded, per year (working-day deadlines need the years they run through)',
  run: async (args) => {
    if (args.length) throw new UsageError(`unexpected argument ${args[0]}`);
    return withRuntime(async (rt) => {
      const calendars = await loadCalendars(rt.database.db);
      if (!calendars.length) out('No holiday calendar is loaded.');
      for (const c of calendars) {
        out(
          `${c.year}  ${String(c.holidays.length).padStart(3)} days off  ${String(c.workdays.length).padStart(2)} working weekend days  ${c.source ?? ''}`,
        );
      }
      return 0;
    });
  },
};
