import { and, count, eq, like } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from '../../../test/api-client';
import { makeAccount, makeTree, type TestApp, type Tree, testApp } from '../../../test/harness';
import { uploadPhoto } from '../../../test/photos';
import { auditLog } from '../audit/schema';
import { cases } from '../cases/schema';
import { findRegion } from '../regions/repo';
import { regradeAccidents } from './regrade';

let t: TestApp;
let tree: Tree;
let office: ApiClient & { id: string };
let inspector: ApiClient & { id: string };
let outsider: ApiClient & { id: string };
let cityOffice: ApiClient & { id: string };
let cityLeader: ApiClient & { id: string };

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const ago = (ms: number) => new Date(Date.now() - ms);
const iso = (d: Date) => d.toISOString();

beforeAll(async () => {
  t = await testApp();
  tree = await makeTree(t);
  const otherTree = await makeTree(t);
  [office, inspector, outsider, cityOffice, cityLeader] = await Promise.all([
    makeAccount(t, { roles: ['safety_office'], scope: { kind: 'region', regionCode: tree.county.code } }),
    makeAccount(t, { roles: ['inspector'], scope: { kind: 'region', regionCode: tree.county.code } }),
    makeAccount(t, { roles: ['safety_office'], scope: { kind: 'region', regionCode: otherTree.county.code } }),
    makeAccount(t, { roles: ['safety_office'], scope: { kind: 'region', regionCode: tree.city.code } }),
    makeAccount(t, { roles: ['leader'], scope: { kind: 'region', regionCode: tree.city.code } }),
  ]);
});

type Step = {
  id: string;
  level: string;
  state: string;
  version: number;
  deadline: string;
  reportedAt: string | null;
  late: boolean;
  irregularities: Array<{ kind: string }>;
};
type Detail = {
  id: string;
  number: string;
  version: number;
  state: string;
  grade: string;
  byCriterion: Record<string, string>;
  countedDeaths: number;
  missingCountedAsDead: boolean;
  reportLate: boolean;
  irregularities: string[];
  casualties: { deaths: number; missing: number; directLossCny: number };
  reportSteps: Step[];
  versions: Array<{ seq: number; deaths: number; grade: string }>;
  investigationDetail: {
    id: string;
    state: string;
    version: number;
    level: string;
    deadline: string | null;
    openNoLetsGo: string[];
    fields: Record<string, unknown>;
  };
};

function body(occurredAt: Date, extra: Record<string, unknown> = {}) {
  return {
    title: '某厂房坍塌事故',
    occurredAt: iso(occurredAt),
    learnedAt: iso(new Date(occurredAt.getTime() + 30 * 60_000)),
    locationText: '某镇某村厂房',
    regionCode: tree.villages[0].code,
    sector: 'industry_trade',
    categoryCode: '10',
    industryCode: 'C3011',
    deaths: 3,
    missing: 0,
    seriousInjuries: 1,
    minorInjuries: 2,
    directLossCny: 2_500_000,
    sceneSituation: '厂房东侧钢结构坍塌',
    briefCourse: '吊装作业时钢梁失稳',
    measuresTaken: '现场封控，搜救',
    reporterName: '李四',
    reporterUnit: '某厂',
    ...extra,
  };
}

async function report(extra: Record<string, unknown> = {}, occurredAt = ago(2 * HOUR)) {
  const res = await office.post('/api/v1/accidents', body(occurredAt, extra));
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as Detail;
}
const load = async (id: string, query = '') => {
  const res = await office.get(`/api/v1/accidents/${id}${query}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as Detail;
};
const stepOf = (d: Detail, level: string) => d.reportSteps.find((s) => s.level === level)!;
/** A 较大 accident is investigated by the city (Art. 19): its safety office moves the investigation. */
const investigate = (a: Detail, transition: string, extra: Record<string, unknown> = {}, client = cityOffice) =>
  client.post(`/api/v1/accidents/${a.id}/investigation/transitions`, {
    transition,
    version: a.investigationDetail.version,
    ...extra,
  });

describe('reporting an accident (Decree 493 Art. 3, 9–12)', () => {
  it('grades it, numbers it SG-, opens the chain its grade needs and the investigation, with audit entries', async () => {
    const occurred = ago(2 * HOUR);
    const a = await report({}, occurred);
    expect(a.number).toMatch(new RegExp(`^SG-${tree.county.code}-\\d{4}-\\d{6}$`));
    expect(a.grade).toBe('large'); // 3 deaths: "3人以上" includes 3 (Art. 3)
    expect(a.state).toBe('open');
    expect(a.reportSteps.map((s) => s.level)).toEqual(['county', 'city', 'province']); // 较大 → province (Art. 10)
    const county = stepOf(a, 'county');
    expect(county).toMatchObject({
      state: 'reported',
      late: false,
      reportedAt: iso(new Date(occurred.getTime() + 30 * 60_000)),
    });
    expect(county.deadline).toBe(iso(new Date(occurred.getTime() + HOUR))); // the unit within 1 hour (Art. 9)
    // The city step runs 2 hours from the county's report (Art. 11).
    expect(stepOf(a, 'city').deadline).toBe(iso(new Date(occurred.getTime() + 2.5 * HOUR)));
    expect(a.investigationDetail).toMatchObject({ state: 'investigating', level: 'city' }); // 较大 → city (Art. 19)
    expect(a.investigationDetail.deadline).toBe(iso(new Date(occurred.getTime() + 60 * DAY))); // Art. 29
    const audits = await t.database.db.select().from(auditLog).where(eq(auditLog.entityId, a.id));
    expect(audits.map((e) => e.action)).toContain('case.create');
  });

  it('tells the county’s safety office at once that it must report to the city, with the deadline', async () => {
    const colleague = await makeAccount(t, {
      roles: ['safety_office'],
      scope: { kind: 'region', regionCode: tree.county.code },
    });
    const a = await report();
    const city = stepOf(a, 'city');
    const inbox = (await colleague.get('/api/v1/notifications?pageSize=50')).json().items as Array<{
      caseId: string;
      text: string;
    }>;
    const notice = inbox.find((n) => n.caseId === city.id);
    expect(notice?.text).toContain('报送市级');
    expect(inbox.some((n) => n.caseId === a.investigationDetail.id)).toBe(false); // 较大: the city investigates
  });

  it('flags the county step late (迟报) when the county learned of it more than an hour after (§1.6)', async () => {
    const occurred = ago(5 * HOUR);
    const a = await report({ learnedAt: iso(new Date(occurred.getTime() + HOUR + 60_000)) }, occurred);
    expect(stepOf(a, 'county').late).toBe(true);
    expect(a.reportLate).toBe(true);
    const onTime = await report({ learnedAt: iso(new Date(occurred.getTime() + HOUR)) }, occurred);
    expect(stepOf(onTime, 'county').late).toBe(false);
  });

  it('grades at the boundaries of Art. 3 and lets the loss decide over the deaths', async () => {
    const cases = [
      [{ deaths: 2 }, 'ordinary', ['county', 'city']],
      [{ deaths: 2, directLossCny: 9_999_999 }, 'ordinary', ['county', 'city']],
      [{ deaths: 2, directLossCny: 10_000_000 }, 'large', ['county', 'city', 'province']],
      [{ deaths: 1, directLossCny: 50_000_000 }, 'major', ['county', 'city', 'province', 'state']],
      [{ deaths: 0, seriousInjuries: 100 }, 'extraordinary', ['county', 'city', 'province', 'state']],
    ] as const;
    for (const [figures, grade, levels] of cases) {
      const a = await report({ seriousInjuries: 0, directLossCny: 0, ...figures });
      expect([a.grade, a.reportSteps.map((s) => s.level)], JSON.stringify(figures)).toEqual([grade, levels]);
    }
  });

  it('refuses bad input with a clear message per field and writes nothing', async () => {
    const before = await t.database.db
      .select({ n: count() })
      .from(cases)
      .where(like(cases.regionPath, `${tree.county.code}%`));
    const occurred = ago(HOUR);
    const bad = await office.post(
      '/api/v1/accidents',
      body(occurred, {
        deaths: -1,
        missing: 1.5,
        directLossCny: -3,
        learnedAt: iso(new Date(occurred.getTime() - 60_000)),
      }),
    );
    expect(bad.statusCode).toBe(400);
    expect(bad.json().details.map((d: { path: string; code: string }) => [d.path, d.code])).toEqual([
      ['deaths', 'ACCIDENT.COUNT_INVALID'],
      ['missing', 'ACCIDENT.COUNT_INVALID'],
      ['directLossCny', 'ACCIDENT.LOSS_INVALID'],
      ['learnedAt', 'ACCIDENT.LEARNED_BEFORE_OCCURRED'],
    ]);
    expect(bad.json().details[0].message).toBe('死亡人数必须是不小于 0 的整数。');
    expect(bad.json().details[3].message).toBe('县级部门接报时间不能早于事故发生时间。');
    const future = new Date(Date.now() + HOUR);
    const ahead = await office.post('/api/v1/accidents', body(future, { learnedAt: iso(future) }));
    expect(ahead.json().details.map((d: { path: string; code: string }) => [d.path, d.code])).toEqual([
      ['occurredAt', 'ACCIDENT.OCCURRED_IN_FUTURE'],
      ['learnedAt', 'ACCIDENT.OCCURRED_IN_FUTURE'],
    ]);
    const category = await office.post('/api/v1/accidents', body(occurred, { categoryCode: '21' }));
    expect(category.statusCode).toBe(400);
    expect(category.json().details[0]).toMatchObject({ path: 'categoryCode' });
    expect(category.json().details[0].message).toContain('事故类别');
    const after = await t.database.db
      .select({ n: count() })
      .from(cases)
      .where(like(cases.regionPath, `${tree.county.code}%`));
    expect(after[0]!.n).toBe(before[0]!.n);
  });

  it('is out of scope for another county and for roles that do not handle accidents', async () => {
    const a = await report();
    expect((await outsider.get(`/api/v1/accidents/${a.id}`)).statusCode).toBe(404);
    const list = await outsider.get('/api/v1/accidents?pageSize=100');
    expect(list.json().items.map((i: { id: string }) => i.id)).not.toContain(a.id);
    const grid = await makeAccount(t, {
      roles: ['grid_worker'],
      scope: { kind: 'grids', gridCodes: [tree.grids[0].code] },
    });
    expect((await grid.post('/api/v1/accidents', body(ago(HOUR)))).statusCode).toBe(403);
  });
});

describe('the reporting chain (Art. 10–11) and supplementary reports (Art. 13)', () => {
  it('a step reported after its deadline is late, and the next level’s deadline runs from that report', async () => {
    const occurred = ago(6 * HOUR);
    const a = await report({}, occurred);
    const city = stepOf(a, 'city');
    const reportedAt = new Date(new Date(city.deadline).getTime() + 60_000);
    const res = await office.post(`/api/v1/accidents/${a.id}/report-steps/${city.id}/transitions`, {
      transition: 'report',
      version: city.version,
      reportedAt: iso(reportedAt),
      recipient: '市应急管理局值班室',
    });
    expect(res.statusCode, res.body).toBe(200);
    const after = res.json() as Detail;
    expect(stepOf(after, 'city')).toMatchObject({ state: 'reported', late: true, reportedAt: iso(reportedAt) });
    expect(stepOf(after, 'province').deadline).toBe(iso(new Date(reportedAt.getTime() + 2 * HOUR)));
    const early = await office.post(
      `/api/v1/accidents/${a.id}/report-steps/${stepOf(after, 'province').id}/transitions`,
      {
        transition: 'report',
        version: stepOf(after, 'province').version,
        reportedAt: iso(new Date(occurred.getTime() - 60_000)),
      },
    );
    expect(early.statusCode).toBe(400);
    expect(early.json().details[0]).toMatchObject({ path: 'reportedAt', code: 'ACCIDENT.REPORTED_OUT_OF_RANGE' });
  });

  it('a supplementary report that raises the grade adds the State Council step and moves the investigation up', async () => {
    const a = await report();
    const res = await office.post(`/api/v1/accidents/${a.id}/supplements`, {
      version: a.version,
      deaths: 10,
      missing: 0,
      seriousInjuries: 1,
      minorInjuries: 2,
      directLossCny: 2_500_000,
      note: '伤员经抢救无效死亡',
    });
    expect(res.statusCode, res.body).toBe(200);
    const after = res.json() as Detail;
    expect(after.grade).toBe('major'); // 10 deaths: "10人以上" includes 10
    expect(after.reportSteps.map((s) => s.level)).toEqual(['county', 'city', 'province', 'state']);
    const added = stepOf(after, 'state');
    // Added at the rise: 2 hours from it at the earliest (Art. 11), not from the chain's long-past deadlines.
    expect(new Date(added.deadline).getTime()).toBeGreaterThan(Date.now() + HOUR);
    expect(after.investigationDetail.level).toBe('province'); // 重大 → province (Art. 19)
    expect(after.versions.map((v) => [v.seq, v.deaths, v.grade])).toEqual([
      [1, 3, 'large'],
      [2, 10, 'major'],
    ]);
    // Totals and grade as of a date before the supplementary report: the first figures.
    const before = await load(a.id, `?asOf=${encodeURIComponent(iso(new Date(Date.now() - 60 * 60_000)))}`);
    expect([before.casualties.deaths, before.grade]).toEqual([3, 'large']);
    const stale = await office.post(`/api/v1/accidents/${a.id}/supplements`, {
      version: a.version,
      deaths: 11,
      missing: 0,
      seriousInjuries: 0,
      minorInjuries: 0,
      directLossCny: 0,
      note: 'x',
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('CASE.STALE_VERSION');
  });

  it('accepts supplementary reports within 30 days, 7 for road traffic and fire, and refuses them after', async () => {
    const supplement = (a: Detail) =>
      office.post(`/api/v1/accidents/${a.id}/supplements`, {
        version: a.version,
        deaths: 4,
        missing: 0,
        seriousInjuries: 0,
        minorInjuries: 0,
        directLossCny: 0,
        note: '补报',
      });
    const road8 = await report({ sector: 'road_traffic', categoryCode: '02' }, ago(8 * DAY));
    const closed = await supplement(road8);
    expect(closed.statusCode).toBe(409);
    expect(closed.json()).toMatchObject({ code: 'ACCIDENT.WINDOW_CLOSED' });
    expect(closed.json().message).toContain('7 日');
    expect((await supplement(await report({ sector: 'fire', categoryCode: '08' }, ago(6 * DAY)))).statusCode).toBe(200);
    expect((await supplement(await report({}, ago(8 * DAY)))).statusCode).toBe(200);
    expect((await supplement(await report({}, ago(31 * DAY)))).statusCode).toBe(409);
  });

  it('counts the missing as dead once the window has closed: 30 days, or 7 for road traffic', async () => {
    const occurred = ago(31 * DAY);
    const a = await report({ deaths: 0, missing: 3, seriousInjuries: 0, directLossCny: 0 }, occurred);
    expect([a.grade, a.countedDeaths, a.missingCountedAsDead]).toEqual(['large', 3, true]);
    const day29 = await load(a.id, `?asOf=${encodeURIComponent(iso(new Date(occurred.getTime() + 29 * DAY)))}`);
    expect([day29.grade, day29.countedDeaths]).toEqual(['ordinary', 0]);
    const road = await report(
      { sector: 'road_traffic', deaths: 0, missing: 3, seriousInjuries: 0, directLossCny: 0 },
      ago(8 * DAY),
    );
    expect(road.grade).toBe('large');
    const mine = await report(
      { sector: 'coal_mine', deaths: 0, missing: 3, seriousInjuries: 0, directLossCny: 0 },
      ago(8 * DAY),
    );
    expect(mine.grade).toBe('ordinary');
  });

  it('regrades by the clock when the window closes with persons missing, adding the steps the new grade needs', async () => {
    const mine = await makeTree(t);
    const local = await makeAccount(t, {
      roles: ['safety_office'],
      scope: { kind: 'region', regionCode: mine.county.code },
    });
    const occurred = ago(29 * DAY);
    const res = await local.post('/api/v1/accidents', {
      ...body(occurred, { deaths: 0, missing: 3, seriousInjuries: 0, directLossCny: 0, sector: 'coal_mine' }),
      regionCode: mine.villages[0].code,
    });
    expect(res.statusCode, res.body).toBe(201);
    const a = res.json() as Detail;
    expect(a.grade).toBe('ordinary');
    const underPath = (await findRegion(t.database.db, mine.county.code))!.path;
    expect(await regradeAccidents(t.database.db, new Date(Date.now() + 12 * HOUR), { underPath })).toEqual({
      checked: 0,
      regraded: 0,
      failed: 0,
    });
    const later = new Date(occurred.getTime() + 30 * DAY + 60_000);
    expect(await regradeAccidents(t.database.db, later, { underPath })).toEqual({ checked: 1, regraded: 1, failed: 0 });
    expect(await regradeAccidents(t.database.db, later, { underPath })).toEqual({ checked: 1, regraded: 0, failed: 0 });
    const rows = await t.database.db.select().from(cases).where(eq(cases.parentId, a.id));
    expect((await t.database.db.select().from(cases).where(eq(cases.id, a.id)))[0]!.level).toBe('large');
    const province = rows.find((r) => r.type === 'accident_report' && r.fields.reportLevel === 'province');
    expect(province?.deadline?.getTime()).toBe(later.getTime() + 2 * HOUR);
  });

  it('a grade that falls stops the clocks of the levels it no longer needs', async () => {
    const a = await report();
    const res = await office.post(`/api/v1/accidents/${a.id}/supplements`, {
      version: a.version,
      deaths: 2,
      missing: 0,
      seriousInjuries: 1,
      minorInjuries: 2,
      directLossCny: 2_500_000,
      note: '核实后更正：一人系自然死亡',
    });
    expect(res.statusCode, res.body).toBe(200);
    const after = res.json() as Detail;
    expect(after.grade).toBe('ordinary');
    const [province] = await t.database.db
      .select()
      .from(cases)
      .where(eq(cases.id, stepOf(a, 'province').id));
    expect([province!.deadline, province!.fields.notRequired]).toEqual([null, true]);
    expect(stepOf(after, 'province').late).toBe(false);
  });

  it('refuses a report time before the level below had it, and reports outside the account’s sectors', async () => {
    const occurred = ago(3 * HOUR);
    const a = await report({}, occurred);
    const city = stepOf(a, 'city');
    const before = await office.post(`/api/v1/accidents/${a.id}/report-steps/${city.id}/transitions`, {
      transition: 'report',
      version: city.version,
      reportedAt: iso(new Date(occurred.getTime() + 10 * 60_000)), // the county learned of it only after 30 minutes
    });
    expect(before.statusCode).toBe(400);
    expect(before.json().details[0]).toMatchObject({ path: 'reportedAt', code: 'ACCIDENT.REPORTED_OUT_OF_RANGE' });
    const roads = await makeAccount(t, {
      roles: ['inspector'],
      scope: { kind: 'region', regionCode: tree.county.code, sectorCodes: ['road_transport'] },
    });
    const mine = await roads.post('/api/v1/accidents', body(occurred, { sector: 'coal_mine' }));
    expect(mine.statusCode).toBe(403);
    const road = await roads.post('/api/v1/accidents', body(occurred, { sector: 'road_traffic', categoryCode: '02' }));
    expect(road.statusCode, road.body).toBe(201);
  });

  it('marks a step concealed (瞒报) only with a reason and evidence, and keeps the finding', async () => {
    const a = await report();
    const province = stepOf(a, 'province');
    const url = `/api/v1/accidents/${a.id}/report-steps/${province.id}/transitions`;
    const bare = await inspector.post(url, {
      transition: 'mark_irregularity',
      version: province.version,
      irregularity: 'concealed',
      comment: '经查证属实',
    });
    expect(bare.statusCode).toBe(400);
    expect(bare.json().code).toBe('CASE.EVIDENCE_REQUIRED');
    const photo = await uploadPhoto(inspector, 'other');
    const res = await inspector.post(url, {
      transition: 'mark_irregularity',
      version: province.version,
      irregularity: 'concealed',
      comment: '经查证属实',
      evidenceIds: [photo],
    });
    expect(res.statusCode, res.body).toBe(200);
    const after = res.json() as Detail;
    expect(after.irregularities).toEqual(['concealed']);
    expect(stepOf(after, 'province').irregularities).toMatchObject([{ kind: 'concealed' }]);
  });
});

describe('the investigation (Art. 19–32)', () => {
  it('runs from team to closing: extension capped at 60 days, appraisal excluded, report sections, approval, four no-lets-go', async () => {
    let a = await report();
    const occurred = new Date(
      (await t.database.db.select().from(cases).where(eq(cases.id, a.id)))[0]!.createdAt.getTime(),
    );
    expect(occurred).toBeTruthy();
    const base = new Date(a.investigationDetail.deadline!).getTime();
    const next = async (res: Awaited<ReturnType<typeof investigate>>) => {
      expect(res.statusCode, res.body).toBe(200);
      a = res.json() as Detail;
      return a;
    };
    // The county does not investigate a 较大 accident (Art. 19): the move is not the county's to take.
    const county = await investigate(a, 'set_team', { fields: { teamLeader: '王五', teamMembers: ['赵六'] } }, office);
    expect(county.statusCode).toBe(403);
    expect(county.json().code).toBe('CASE.RELATION_NOT_ALLOWED');
    // Each move writes only its own fields.
    const sneaky = await investigate(a, 'set_team', {
      fields: { teamLeader: '王五', teamMembers: ['赵六'], appraisalDays: 300 },
    });
    expect(sneaky.statusCode).toBe(400);
    expect(sneaky.json().details[0]).toMatchObject({ path: 'fields.appraisalDays', code: 'VALIDATION.UNKNOWN_FIELD' });
    await next(await investigate(a, 'set_team', { fields: { teamLeader: '王五', teamMembers: ['赵六', '钱七'] } }));
    const tooLong = await investigate(a, 'extend', {
      comment: '需补充调查',
      fields: { extensionDays: 61, extensionApprovedBy: '市政府' },
    });
    expect(tooLong.statusCode).toBe(400);
    expect(tooLong.json().details[0]).toMatchObject({
      path: 'fields.extensionDays',
      code: 'ACCIDENT.EXTENSION_TOO_LONG',
    });
    await next(
      await investigate(a, 'extend', {
        comment: '需补充调查',
        fields: { extensionDays: 30, extensionApprovedBy: '市政府' },
      }),
    );
    expect(new Date(a.investigationDetail.deadline!).getTime()).toBe(base + 30 * DAY);
    const again = await investigate(a, 'extend', {
      comment: '再延期',
      fields: { extensionDays: 31, extensionApprovedBy: '市政府' },
    });
    expect(again.json().details[0]).toMatchObject({ code: 'ACCIDENT.EXTENSION_TOO_LONG' }); // 30 + 31 > 60
    await next(await investigate(a, 'record_appraisal', { comment: '钢梁材质鉴定', fields: { appraisalDays: 10 } }));
    expect(new Date(a.investigationDetail.deadline!).getTime()).toBe(base + 40 * DAY);
    const partial = await investigate(a, 'submit_report', { fields: { unitOverview: '某厂概况' } });
    expect(partial.statusCode).toBe(400);
    expect(partial.json().code).toBe('CASE.FIELDS_REQUIRED');
    const sections = {
      unitOverview: '概况',
      courseAndRescue: '经过',
      casualtiesAndLoss: '3人死亡',
      causeAndNature: '违章吊装，生产安全责任事故',
      responsibility: '建议追究厂长责任',
      preventionMeasures: '整改吊装规程',
    };
    const submittedAt = Date.now();
    await next(await investigate(a, 'submit_report', { fields: sections }));
    expect(a.investigationDetail.state).toBe('report_submitted');
    const approvalDue = new Date(a.investigationDetail.deadline!).getTime();
    expect(approvalDue - submittedAt).toBeGreaterThanOrEqual(15 * DAY - 5_000); // 批复 within 15 days (Art. 32)
    expect(approvalDue - submittedAt).toBeLessThanOrEqual(15 * DAY + 5_000);
    // The government approves (批复, Art. 32): its leader, not the investigators.
    const byOffice = await investigate(a, 'approve', { fields: { approvalDocument: '晋市政函〔2026〕12号' } });
    expect(byOffice.json().code).toBe('CASE.ROLE_NOT_ALLOWED');
    await next(await investigate(a, 'approve', { fields: { approvalDocument: '晋市政函〔2026〕12号' } }, cityLeader));
    const early = await investigate(a, 'close', { fields: { noLetsGo: { cause: true, measures: true } } });
    expect(early.statusCode).toBe(409);
    expect(early.json().message).toBe('“四不放过”尚未全部落实：责任人员未处理不放过、有关人员未受到教育不放过。');
    await next(
      await investigate(a, 'record_no_lets_go', {
        fields: { noLetsGo: { cause: true, responsible_persons: true, measures: true } },
      }),
    );
    expect(a.investigationDetail.openNoLetsGo).toEqual(['education']);
    await next(await investigate(a, 'close', { fields: { noLetsGo: { education: true } } }));
    expect([a.investigationDetail.state, a.state]).toEqual(['closed', 'closed']);
  });

  it('takes the limits of the government that investigates, which may shorten the decree’s but not lengthen them', async () => {
    const put = await office.put(`/api/v1/accident-settings/${tree.county.code}`, {
      warningPercent: 80,
      investigationLimits: { ordinary: { reportDays: 30, maxExtensionDays: 30, approvalDays: 15 } },
      vetoRules: [],
    });
    expect(put.statusCode, put.body).toBe(200);
    const occurred = ago(HOUR);
    // 一般: the county investigates under its own 30 days; 较大: the city, which keeps Decree 493's 60 (Art. 19, 29).
    const ordinary = await report({ deaths: 1, seriousInjuries: 0, directLossCny: 0 }, occurred);
    expect(ordinary.investigationDetail.deadline).toBe(iso(new Date(occurred.getTime() + 30 * DAY)));
    const large = await report({}, occurred);
    expect(large.investigationDetail.deadline).toBe(iso(new Date(occurred.getTime() + 60 * DAY)));
    const longer = await office.put(`/api/v1/accident-settings/${tree.county.code}`, {
      warningPercent: 80,
      investigationLimits: {
        ordinary: { reportDays: 61, maxExtensionDays: 60, approvalDays: 16 },
        extraordinary: { reportDays: 60, maxExtensionDays: 60, approvalDays: 30 },
      },
    });
    expect(longer.statusCode).toBe(400);
    expect(longer.json().details.map((d: { path: string }) => d.path)).toEqual([
      'investigationLimits.ordinary.reportDays',
      'investigationLimits.ordinary.approvalDays',
    ]);
    const reset = await office.put(`/api/v1/accident-settings/${tree.county.code}`, { warningPercent: 80 });
    expect(reset.statusCode).toBe(200);
    expect(
      (await inspector.put(`/api/v1/accident-settings/${tree.county.code}`, { warningPercent: 80 })).statusCode,
    ).toBe(403);
    const audit = await t.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'accident_settings.put'), eq(auditLog.entityId, tree.county.code)));
    expect(audit).toHaveLength(2); // the refused one wrote nothing
  });
});
