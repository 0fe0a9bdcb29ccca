import { ERROR_STATUS, type TLadder, translate } from '@redline/contracts';
import { HAZARD_WORKFLOW } from '@redline/domain';
import { and, desc, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeAccount, makeTree, type TestApp, type Tree, testApp } from '../../../test/harness';
import type { Ctx } from '../../http/context';
import { AppError } from '../../http/errors';
import { auditLog } from '../audit/schema';
import { systemActor } from '../scope/actor';
import { resolveDeadline } from './calendars';
import { deleteEscalationLadder, putEscalationLadder } from './ladders';
import { escalationLadders, holidayCalendars } from './schema';
import { CASE_WORKFLOWS } from './workflows';

// A case type of this test process only: its type default and ladders at the shared province and city touch no
// other test file's sweeps (they sweep `hazard`, and only the types they register).
CASE_WORKFLOWS.drill = HAZARD_WORKFLOW;

let t: TestApp;
let tree: Tree;
let other: Tree;
type Client = Awaited<ReturnType<typeof makeAccount>>;
let admin: Client;
let otherAdmin: Client;
let officer: Client;

const region = (regionCode: string) => ({ kind: 'region' as const, regionCode });
const LADDERS = '/api/v1/escalation-ladders';
const ladder: TLadder = {
  reminders: [{ before: { days: 5 } }, { before: { days: 2 } }],
  steps: [
    { afterOverdue: { days: 1 }, action: 'notify_supervisor' },
    { afterOverdue: { days: 5 }, action: 'notify_leader' },
  ],
};

beforeAll(async () => {
  t = await testApp();
  tree = await makeTree(t);
  other = await makeTree(t);
  admin = await makeAccount(t, { roles: ['admin'], scope: region(tree.county.code) });
  otherAdmin = await makeAccount(t, { roles: ['admin'], scope: region(other.county.code) });
  officer = await makeAccount(t, { roles: ['town_officer', 'safety_office'], scope: region(tree.county.code) });
});

const systemCtx = (): Ctx => ({
  db: t.database.db,
  actor: systemActor(),
  requestId: 'clock-test',
  now: new Date(),
  locale: 'zh-CN',
  deps: t.deps,
});
const laddersOf = (caseType: string) =>
  t.database.db.select().from(escalationLadders).where(eq(escalationLadders.caseType, caseType));
const auditOf = (entityId: string) =>
  t.database.db.select().from(auditLog).where(eq(auditLog.entityId, entityId)).orderBy(desc(auditLog.id));
const rejection = (promise: Promise<unknown>) =>
  promise.then(
    () => {
      throw new Error('expected an error');
    },
    (error: unknown) => {
      if (!(error instanceof AppError)) throw error;
      return error;
    },
  );

describe('PUT /escalation-ladders', () => {
  it('sets a region ladder in scope, replaces it on a second PUT, lists it, audited', async () => {
    const first = await admin.put(LADDERS, { caseType: 'hazard', regionCode: tree.county.code, ladder });
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toMatchObject({
      caseType: 'hazard',
      regionCode: tree.county.code,
      regionName: tree.county.name,
      ladder,
    });
    const shorter = { reminders: [{ before: { days: 1 } }], steps: [] };
    const second = await admin.put(LADDERS, { caseType: 'hazard', regionCode: tree.county.code, ladder: shorter });
    expect(second.statusCode).toBe(200);
    expect(second.json()).toMatchObject({ id: first.json().id, ladder: shorter });
    const stored = await t.database.db
      .select()
      .from(escalationLadders)
      .where(eq(escalationLadders.regionCode, tree.county.code));
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ caseType: 'hazard', ladder: shorter, regionPath: expect.stringMatching(/\/$/) });
    const audit = await auditOf(first.json().id);
    expect(audit.map((a) => a.action)).toEqual(['escalation_ladder.put', 'escalation_ladder.put']);
    expect(audit[0]!.actorId).toBe(admin.id);

    const list = await admin.get(`${LADDERS}?caseType=hazard`);
    expect(list.statusCode).toBe(200);
    expect(list.json().filter((l: { regionCode: string }) => l.regionCode === tree.county.code)).toHaveLength(1);
    // Another county's administrator does not see it.
    const elsewhere = await otherAdmin.get(`${LADDERS}?caseType=hazard`);
    expect(elsewhere.json().some((l: { regionCode: string }) => l.regionCode === tree.county.code)).toBe(false);
  });

  it('answers a ladder that breaks the rules with 400 LADDER.* at the offending days, and writes nothing', async () => {
    const regionCode = tree.towns[0].code;
    const cases = [
      {
        ladder: { reminders: [{ before: { days: 3 } }, { before: { days: 3 } }], steps: [] },
        code: 'LADDER.REMINDER_DAYS',
        path: 'ladder.reminders.1.before.days',
      },
      {
        ladder: { reminders: [{ before: { days: 0 } }], steps: [] },
        code: 'LADDER.REMINDER_DAYS',
        path: 'ladder.reminders.0.before.days',
      },
      {
        ladder: {
          reminders: [],
          steps: [
            { afterOverdue: { days: 3 }, action: 'notify_supervisor' },
            { afterOverdue: { days: 3 }, action: 'notify_leader' },
          ],
        },
        code: 'LADDER.STEP_DAYS',
        path: 'ladder.steps.1.afterOverdue.days',
      },
    ];
    for (const c of cases) {
      const res = await admin.put(LADDERS, { caseType: 'hazard', regionCode, ladder: c.ladder });
      expect(res.statusCode, res.body).toBe(400);
      expect(ERROR_STATUS[c.code as keyof typeof ERROR_STATUS]).toBe(400);
      expect(res.json()).toMatchObject({ code: c.code, details: [{ path: c.path, code: c.code }] });
    }
    const english = await admin.put(
      LADDERS,
      { caseType: 'hazard', regionCode, ladder: cases[2]!.ladder },
      { 'accept-language': 'en' },
    );
    expect(english.json().message).toBe(translate('en', 'LADDER.STEP_DAYS', { index: 2 }));
    // Shape problems are 400 REQUEST.VALIDATION: an unknown action, an unknown case type, an unknown region.
    const badAction = await admin.put(LADDERS, {
      caseType: 'hazard',
      regionCode,
      ladder: { reminders: [], steps: [{ afterOverdue: { days: 1 }, action: 'call_the_minister' }] },
    });
    expect(badAction.json().code).toBe('REQUEST.VALIDATION');
    const badType = await admin.put(LADDERS, { caseType: 'mystery', regionCode, ladder });
    expect(badType.statusCode).toBe(400);
    expect(badType.json()).toMatchObject({ code: 'REQUEST.VALIDATION', details: [{ path: 'caseType' }] });
    const badRegion = await admin.put(LADDERS, { caseType: 'hazard', regionCode: '999999', ladder });
    expect(badRegion.json()).toMatchObject({ code: 'REQUEST.VALIDATION', details: [{ path: 'regionCode' }] });
    const rows = await t.database.db
      .select()
      .from(escalationLadders)
      .where(eq(escalationLadders.regionCode, regionCode));
    expect(rows).toEqual([]);
  });

  it('refuses a region outside the scope (403), a type default without whole-tree scope (403), a non-admin (403)', async () => {
    const outside = await admin.put(LADDERS, { caseType: 'hazard', regionCode: other.towns[0].code, ladder });
    expect(outside.statusCode).toBe(403);
    expect(outside.json().code).toBe('SCOPE.OUT_OF_SCOPE');
    const above = await admin.put(LADDERS, { caseType: 'drill', regionCode: tree.city.code, ladder });
    expect(above.statusCode).toBe(403);
    const typeDefault = await admin.put(LADDERS, { caseType: 'drill', regionCode: null, ladder });
    expect(typeDefault.statusCode).toBe(403);
    expect(typeDefault.json().code).toBe('SCOPE.OUT_OF_SCOPE');
    const notAdmin = await officer.put(LADDERS, { caseType: 'hazard', regionCode: tree.towns[1].code, ladder });
    expect(notAdmin.statusCode).toBe(403);
    expect(notAdmin.json().code).toBe('AUTH.FORBIDDEN');
    expect(await laddersOf('drill')).toEqual([]);
    const written = await t.database.db
      .select()
      .from(escalationLadders)
      .where(and(eq(escalationLadders.caseType, 'hazard'), eq(escalationLadders.regionCode, other.towns[0].code)));
    expect(written).toEqual([]);
  });
});

describe('type defaults and ladders above the scope', () => {
  it('the system actor sets a type default; admins see it and the ladders above them but cannot delete them', async () => {
    const ctx = systemCtx();
    const typeDefault = await putEscalationLadder(ctx, { caseType: 'drill', regionCode: null, ladder });
    const city = await putEscalationLadder(ctx, { caseType: 'drill', regionCode: tree.city.code, ladder });
    expect(typeDefault).toMatchObject({ caseType: 'drill', regionCode: null, regionName: null });
    const seen = (await admin.get(`${LADDERS}?caseType=drill`)).json() as Array<{ id: string }>;
    expect(seen.map((l) => l.id).sort()).toEqual([typeDefault.id, city.id].sort());
    const officerSees = await officer.get(`${LADDERS}?caseType=drill`);
    expect(officerSees.statusCode).toBe(200);
    for (const id of [typeDefault.id, city.id]) {
      const res = await admin.delete(`${LADDERS}/${id}`);
      expect(res.statusCode).toBe(403);
    }
    expect(await laddersOf('drill')).toHaveLength(2);
    await deleteEscalationLadder(ctx, city.id);
    await deleteEscalationLadder(ctx, typeDefault.id);
    expect(await laddersOf('drill')).toEqual([]);
  });
});

describe('DELETE /escalation-ladders/:id', () => {
  it('deletes a ladder in scope (audited); another county answers 404 and keeps it', async () => {
    const made = await admin.put(LADDERS, { caseType: 'hazard', regionCode: tree.towns[1].code, ladder });
    const { id } = made.json();
    const foreign = await otherAdmin.delete(`${LADDERS}/${id}`);
    expect(foreign.statusCode).toBe(404);
    const missing = await admin.delete(`${LADDERS}/00000000-0000-4000-8000-000000000000`);
    expect(missing.statusCode).toBe(404);
    expect(await t.database.db.$count(escalationLadders, eq(escalationLadders.id, id))).toBe(1);
    const gone = await admin.delete(`${LADDERS}/${id}`);
    expect(gone.statusCode).toBe(204);
    expect(await t.database.db.$count(escalationLadders, eq(escalationLadders.id, id))).toBe(0);
    expect((await auditOf(id))[0]).toMatchObject({ action: 'escalation_ladder.delete', actorId: admin.id });
  });
});

describe('holiday calendars', () => {
  const CALENDARS = '/api/v1/holiday-calendars';
  // 2040: 元旦 on Sunday 1 January with the Monday off; Saturday 7 January worked (an invented arrangement).
  const calendar2040 = {
    holidays: ['2040-01-02', '2040-01-01'],
    workdays: ['2040-01-07'],
    source: '测试通知（2039-11-01）',
  };

  it('lists the seeded years and any signed-in account may read them', async () => {
    const res = await officer.get(CALENDARS);
    expect(res.statusCode).toBe(200);
    const years = res.json().map((c: { year: number }) => c.year);
    expect(years).toEqual(expect.arrayContaining([2025, 2026]));
    const y2026 = res.json().find((c: { year: number }) => c.year === 2026);
    expect(y2026.holidays).toContain('2026-10-01');
    expect(y2026.workdays).toContain('2026-10-10');
  });

  it('an administrator loads a year (dates stored sorted, audited); a second PUT replaces it', async () => {
    const res = await admin.put(`${CALENDARS}/2040`, calendar2040);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      year: 2040,
      holidays: ['2040-01-01', '2040-01-02'],
      workdays: ['2040-01-07'],
      source: calendar2040.source,
    });
    const replaced = await admin.put(`${CALENDARS}/2040`, { ...calendar2040, holidays: ['2040-01-01'] });
    expect(replaced.json().holidays).toEqual(['2040-01-01']);
    const audit = await auditOf('2040');
    expect(audit.map((a) => a.action)).toEqual(['holiday_calendar.put', 'holiday_calendar.put']);
    await admin.put(`${CALENDARS}/2040`, calendar2040);
    // Working days follow the loaded data. A count starting in 2039 (not loaded) is refused:
    await expect(
      resolveDeadline(t.database.db, new Date('2039-12-30T02:00:00Z'), { days: 2, unit: 'working' }),
    ).rejects.toMatchObject({ code: 'CALENDAR.YEAR_MISSING', params: { year: 2039 } });
    // from Sunday 1 January 2040 it counts: 2 January is off, 3 January is the 1st working day, 4 January the 2nd.
    expect(
      await resolveDeadline(t.database.db, new Date('2040-01-01T02:00:00Z'), { days: 2, unit: 'working' }),
    ).toEqual(new Date('2040-01-04T15:59:59.999Z'));
  });

  it('answers a bad calendar with 400 CALENDAR.* naming the date, and writes nothing', async () => {
    const bad = [
      { year: 2041, body: { ...calendar2040, holidays: ['2041-02-30'], workdays: [] }, code: 'CALENDAR.DATE_FORMAT' },
      {
        year: 2041,
        body: { ...calendar2040, holidays: [], workdays: ['2041-01-07'] },
        code: 'CALENDAR.WORKDAY_NOT_WEEKEND',
      },
      {
        year: 2041,
        body: { ...calendar2040, holidays: ['2041-05-01', '2041-05-01'], workdays: [] },
        code: 'CALENDAR.DUPLICATE_DATE',
      },
      {
        year: 2041,
        body: { ...calendar2040, holidays: ['2045-05-01'], workdays: [] },
        code: 'CALENDAR.DATE_OUTSIDE_YEAR',
      },
      { year: 1999, body: { ...calendar2040, holidays: [], workdays: [] }, code: 'CALENDAR.YEAR' },
    ];
    for (const b of bad) {
      const res = await admin.put(`${CALENDARS}/${b.year}`, b.body);
      expect(res.statusCode, b.code).toBe(400);
      expect(res.json().code).toBe(b.code);
      expect(res.json().details).toHaveLength(1);
    }
    const weekday = await admin.put(`${CALENDARS}/2041`, bad[1]!.body);
    expect(weekday.json().details[0]).toMatchObject({ path: 'workdays.0', code: 'CALENDAR.WORKDAY_NOT_WEEKEND' });
    expect(weekday.json().message).toContain('2041-01-07');
    const noSource = await admin.put(`${CALENDARS}/2041`, { holidays: [], workdays: [] });
    expect(noSource.json().code).toBe('REQUEST.VALIDATION');
    const notAdmin = await officer.put(`${CALENDARS}/2041`, { ...calendar2040, holidays: [], workdays: [] });
    expect(notAdmin.statusCode).toBe(403);
    expect(await t.database.db.$count(holidayCalendars, eq(holidayCalendars.year, 2041))).toBe(0);
    expect(await t.database.db.$count(holidayCalendars, eq(holidayCalendars.year, 1999))).toBe(0);
  });
});

describe('resolveDeadline', () => {
  const db = () => t.database.db;

  it('takes a local date as the end of that day in Asia/Shanghai, and an instant as it is', async () => {
    const now = new Date('2026-09-28T02:00:00Z');
    expect(await resolveDeadline(db(), now, '2026-10-09')).toEqual(new Date('2026-10-09T15:59:59.999Z'));
    expect(await resolveDeadline(db(), now, '2026-10-09T10:00:00+08:00')).toEqual(new Date('2026-10-09T02:00:00Z'));
    for (const bad of ['2026-02-30', 'next tuesday']) {
      const error = await rejection(resolveDeadline(db(), now, bad));
      expect(error.code).toBe('REQUEST.VALIDATION');
      expect(error.problems[0]).toMatchObject({ path: 'deadline', code: 'VALIDATION.INVALID_FORMAT' });
    }
  });

  it('counts working days across the 2026 National Day holiday (国务院办公厅 2026 notice)', async () => {
    // Wednesday 30 September 2026, 10:00 in Shanghai. 1–7 October are off; Saturday 10 October is worked (调休).
    const now = new Date('2026-09-30T02:00:00Z');
    expect(await resolveDeadline(db(), now, { days: 1, unit: 'working' })).toEqual(
      new Date('2026-10-08T15:59:59.999Z'),
    );
    expect(await resolveDeadline(db(), now, { days: 3, unit: 'working' })).toEqual(
      new Date('2026-10-10T15:59:59.999Z'),
    );
    expect(await resolveDeadline(db(), now, { days: 4, unit: 'working' })).toEqual(
      new Date('2026-10-12T15:59:59.999Z'),
    );
    expect(await resolveDeadline(db(), now, { days: 3, unit: 'calendar' })).toEqual(
      new Date('2026-10-03T15:59:59.999Z'),
    );
  });

  it('answers a working-day count into a year without a calendar with 400 CALENDAR.YEAR_MISSING', async () => {
    const now = new Date('2031-12-24T02:00:00Z');
    const error = await rejection(resolveDeadline(db(), now, { days: 10, unit: 'working' }));
    expect(error.code).toBe('CALENDAR.YEAR_MISSING');
    expect(error.params).toEqual({ year: 2031 });
    expect(ERROR_STATUS[error.code]).toBe(400);
    expect(translate('zh-CN', error.code, error.params)).toContain('2031');
    // A default the system sets may accept the Monday–Friday guess: 25–26 Dec, 29–31 Dec, 1–2 Jan, 5–7 Jan.
    expect(await resolveDeadline(db(), now, { days: 10, unit: 'working' }, { allowMissingYears: true })).toEqual(
      new Date('2032-01-07T15:59:59.999Z'),
    );
    // Calendar days need no calendar.
    expect(await resolveDeadline(db(), now, { days: 10, unit: 'calendar' })).toEqual(
      new Date('2032-01-03T15:59:59.999Z'),
    );
    // The seeded 2026 calendar running into an unloaded 2027 is refused too, naming 2027.
    const late = await rejection(resolveDeadline(db(), new Date('2026-12-28T02:00:00Z'), { days: 5, unit: 'working' }));
    expect(late.params).toEqual({ year: 2027 });
  });
});
