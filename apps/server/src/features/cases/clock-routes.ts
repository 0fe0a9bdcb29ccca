import {
  ZEscalationLadder,
  ZEscalationLadderPut,
  ZEscalationLadderQuery,
  ZHolidayCalendar,
  ZHolidayCalendarPut,
  ZIdParams,
  ZYearParams,
} from '@redline/contracts';
import { z } from 'zod';
import { defineRoute } from '../../http/route';
import { listHolidayCalendars, putHolidayCalendar } from './calendars';
import { deleteEscalationLadder, listEscalationLadders, putEscalationLadder } from './ladders';

const tag = 'deadline-clock';

/** The deadline clock's data: escalation ladders per case type and region, and the holiday calendar per year. */
export const caseClockRoutes = [
  defineRoute({
    method: 'GET',
    url: '/escalation-ladders',
    summary:
      "Escalation ladders that bear on the caller's regions: each case type's default (regionCode null), those of regions in scope and those above it. A case runs on the ladder of the nearest region at or above it, else its type's default, else the built-in ladder (reminders 3 and 1 days before; supervisor after 1 day overdue, leader after 3, listed supervision proposed after 7)",
    tag,
    access: ['admin', 'safety_office'],
    query: ZEscalationLadderQuery,
    response: z.array(ZEscalationLadder),
    handler: async ({ ctx, query }) => listEscalationLadders(ctx, query),
  }),
  defineRoute({
    method: 'PUT',
    url: '/escalation-ladders',
    summary:
      'Set the ladder of a case type in a region in scope, or the type default (regionCode null; only with a scope covering every region). Replaces the existing one; 400 LADDER.REMINDER_DAYS / LADDER.STEP_DAYS',
    tag,
    access: ['admin'],
    body: ZEscalationLadderPut,
    response: ZEscalationLadder,
    handler: async ({ ctx, body }) => putEscalationLadder(ctx, body),
  }),
  defineRoute({
    method: 'DELETE',
    url: '/escalation-ladders/:id',
    summary: 'Remove a ladder: its cases fall back to the next region up, the type default or the built-in ladder',
    tag,
    access: ['admin'],
    params: ZIdParams,
    handler: async ({ ctx, params }) => {
      await deleteEscalationLadder(ctx, params.id);
      return undefined;
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/holiday-calendars',
    summary:
      'The official holiday calendars loaded (国务院办公厅 notices), per year: days off and adjusted working weekend days',
    tag,
    access: [],
    response: z.array(ZHolidayCalendar),
    handler: async ({ ctx }) => listHolidayCalendars(ctx),
  }),
  defineRoute({
    method: 'PUT',
    url: '/holiday-calendars/:year',
    summary:
      "Load or replace a year's holiday calendar; 400 CALENDAR.* naming the offending date (working-day deadlines in a year without one answer 400 CALENDAR.YEAR_MISSING)",
    tag,
    access: ['admin'],
    params: ZYearParams,
    body: ZHolidayCalendarPut,
    response: ZHolidayCalendar,
    handler: async ({ ctx, params, body }) => putHolidayCalendar(ctx, params.year, body),
  }),
];
