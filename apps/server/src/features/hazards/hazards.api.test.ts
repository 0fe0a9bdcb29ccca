import { and, count, eq, inArray } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from '../../../test/api-client';
import {
  makeAccount,
  makeEnterprise,
  makeTree,
  systemWho,
  type TestApp,
  type Tree,
  testApp,
} from '../../../test/harness';
import { uploadPhoto } from '../../../test/photos';
import { auditLog } from '../audit/schema';
import { caseEvents, cases, caseWatchers } from '../cases/schema';
import { insertDepartment } from '../departments/service';
import { enterprises } from '../enterprises/schema';
import { notifications } from '../notifications/schema';

let t: TestApp;
let tree: Tree;
let grid: ApiClient & { id: string };
let town: ApiClient & { id: string };
let town2: ApiClient & { id: string };
let owner: ApiClient & { id: string };
let county: ApiClient & { id: string };
let inspector: ApiClient & { id: string };
let outsider: ApiClient & { id: string };
let otherEnterprise: ApiClient & { id: string };
let enterpriseId: string;
let departmentId: string;

const DAY = 86_400_000;
const future = (days: number) => new Date(Date.now() + days * DAY).toISOString();
const FIVE = { measures: '更换破损护栏', responsiblePerson: '张三', funds: 5000, contingencyPlan: '设置警戒区' };
const REPORT = {
  currentCondition: '储罐区防火堤破损',
  causes: '年久失修',
  harmAndDifficultyAnalysis: '危害大,需停产整改',
};
const PLAN = {
  objectives: '消除防火堤缺陷',
  materials: '混凝土',
  responsibleOrganisation: '设备部',
  rectificationRequirements: '按设计修复',
  safetyMeasures: '停用储罐',
};

beforeAll(async () => {
  t = await testApp();
  tree = await makeTree(t);
  const otherTree = await makeTree(t);
  const enterprise = await makeEnterprise(t, { regionCode: tree.villages[0].code, gridCode: tree.grids[0].code });
  const other = await makeEnterprise(t, { regionCode: tree.villages[0].code, gridCode: tree.grids[0].code });
  enterpriseId = enterprise.id;
  const department = await t.database.db.transaction((tx) =>
    insertDepartment(
      tx,
      systemWho(),
      { name: `应急管理局${tree.county.code}`, regionCode: tree.county.code, kind: 'department', sectorCodes: [] },
      null,
    ),
  );
  departmentId = department.id;
  [grid, town, town2, owner, county, inspector, outsider, otherEnterprise] = await Promise.all([
    makeAccount(t, { roles: ['grid_worker'], scope: { kind: 'grids', gridCodes: [tree.grids[0].code] } }),
    makeAccount(t, { roles: ['town_officer'], scope: { kind: 'region', regionCode: tree.towns[0].code } }),
    makeAccount(t, { roles: ['town_officer'], scope: { kind: 'region', regionCode: tree.towns[0].code } }),
    makeAccount(t, { roles: ['enterprise_user'], scope: { kind: 'enterprise', enterpriseId } }),
    makeAccount(t, { roles: ['safety_office'], scope: { kind: 'region', regionCode: tree.county.code } }),
    makeAccount(t, {
      roles: ['inspector'],
      scope: { kind: 'region', regionCode: tree.county.code },
      departmentId: department.id,
    }),
    makeAccount(t, { roles: ['town_officer'], scope: { kind: 'region', regionCode: otherTree.towns[0].code } }),
    makeAccount(t, { roles: ['enterprise_user'], scope: { kind: 'enterprise', enterpriseId: other.id } }),
  ]);
});

type Detail = { id: string; version: number; state: string; [k: string]: unknown };

async function report(client: ApiClient, body: Record<string, unknown> = {}) {
  const res = await client.post('/api/v1/hazards', {
    title: '配电箱门未关闭',
    source: 'grid_patrol',
    enterpriseId,
    category: 'unsafe_condition',
    hazardType: 'electrical',
    ...body,
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { hazard: Detail; duplicates: Array<{ id: string }>; evidence: unknown[] };
}

const load = async (client: ApiClient, id: string) => {
  const res = await client.get(`/api/v1/hazards/${id}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as Detail & {
    actions: Array<{ name: string }>;
    timeline: Array<{ kind: string; transition: string | null; cycle: number; toState: string }>;
    evidence: Array<{ phase: string }>;
    linkedCases: Array<{ type: string; state: string; deadline: string }>;
  };
};

const move = (client: ApiClient, h: Detail, transition: string, body: Record<string, unknown> = {}) =>
  client.post(`/api/v1/hazards/${h.id}/transitions`, { transition, version: h.version, ...body });

async function step(client: ApiClient, h: Detail, transition: string, body: Record<string, unknown> = {}) {
  const res = await move(client, h, transition, body);
  expect(res.statusCode, `${transition}: ${res.body}`).toBe(200);
  return res.json() as Detail;
}

/** A refused move leaves the case exactly as it was: same version and state, no new timeline event or audit row. */
async function expectRefused(
  client: ApiClient,
  h: Detail,
  transition: string,
  body: Record<string, unknown>,
  status: number,
  code: string,
) {
  const before = await snapshot(h.id);
  const res = await move(client, h, transition, body);
  expect(res.statusCode, res.body).toBe(status);
  expect(res.json().code).toBe(code);
  expect(res.json().message).toBeTruthy();
  expect(await snapshot(h.id)).toEqual(before);
  return res.json();
}

async function snapshot(id: string) {
  const [row] = await t.database.db.select().from(cases).where(eq(cases.id, id));
  const [events] = await t.database.db.select({ n: count() }).from(caseEvents).where(eq(caseEvents.caseId, id));
  const [audits] = await t.database.db
    .select({ n: count() })
    .from(auditLog)
    .where(and(eq(auditLog.entity, 'case'), eq(auditLog.entityId, id)));
  return { version: row!.version, state: row!.state, events: events!.n, audits: audits!.n, fields: row!.fields };
}

describe('hazard lifecycle through the API', () => {
  it('immediate path: a grid worker reports a public-place hazard, fixes it on patrol, the town writes it off', async () => {
    const before = await uploadPhoto(grid, 'before');
    const { hazard, evidence } = await report(grid, {
      enterpriseId: null,
      title: '路边井盖缺失',
      lng: 112.85,
      lat: 35.49,
      locationText: '村委会门口',
      evidenceIds: [before],
    });
    expect(hazard).toMatchObject({ state: 'reported', cycle: 1, gridCode: tree.grids[0].code });
    expect(hazard.number).toMatch(new RegExp(`^YH-${tree.county.code}-\\d{4}-\\d{6}$`));
    expect(hazard.supervisorUnit).toBe(`region:${tree.towns[0].code}`);
    expect(hazard.ownerUnit).toBe(`grid:${tree.grids[0].code}`);
    expect(hazard.deadline).not.toBeNull(); // the acceptance clock runs from the report
    expect(evidence).toHaveLength(1);
    // The town's safety office hears of the new report.
    const [notice] = await t.database.db
      .select()
      .from(notifications)
      .where(and(eq(notifications.accountId, town.id), eq(notifications.caseId, hazard.id)));
    expect(notice?.messageKey).toBe('NOTIFY.CASE_ASSIGNED');

    let h = await step(town, hazard, 'accept', { fields: { level: 'ordinary' } });
    h = await step(grid, h, 'rectify_immediately');
    expect(h.state).toBe('rectifying');
    const after = await uploadPhoto(grid, 'after');
    h = await step(grid, h, 'complete', { comment: '已加装井盖', evidenceIds: [after] });
    h = await step(town, h, 'verify');
    const detail = await load(town, h.id);
    expect(detail.state).toBe('written_off');
    expect(detail.timeline.map((e) => e.transition ?? e.kind)).toEqual([
      'created',
      'accept',
      'rectify_immediately',
      'complete',
      'verify',
    ]);
    expect(detail.evidence.map((e) => e.phase).sort()).toEqual(['after', 'before']);
    expect(detail.actions.map((a) => a.name)).toEqual(['reopen']);
  });

  it('by deadline: five assurances required, a failed verification returns it with its deadline, then verified', async () => {
    const { hazard } = await report(grid);
    let h = await step(town, hazard, 'accept', { fields: { level: 'ordinary' } });
    // Bad input, each refused with a clear code and nothing changed.
    const missing = await expectRefused(
      owner,
      h,
      'rectify_by_deadline',
      { deadline: future(10) },
      400,
      'CASE.FIELDS_REQUIRED',
    );
    // The message names the five assurances by their labels; the details list each field for the form.
    expect(missing.message).toBe('请填写：整改措施、整改责任人、整改资金（元）、应急预案与防范措施。');
    expect(missing.details.map((d: { path: string }) => d.path)).toEqual([
      'fields.measures',
      'fields.responsiblePerson',
      'fields.funds',
      'fields.contingencyPlan',
    ]);
    await expectRefused(owner, h, 'rectify_by_deadline', { fields: FIVE }, 400, 'CASE.DEADLINE_REQUIRED');
    await expectRefused(
      owner,
      h,
      'rectify_by_deadline',
      { fields: FIVE, deadline: new Date(Date.now() - DAY).toISOString() },
      400,
      'CASE.DEADLINE_IN_PAST',
    );
    await expectRefused(owner, h, 'verify', {}, 409, 'CASE.INVALID_TRANSITION');
    await expectRefused(owner, { ...h, version: h.version - 1 }, 'rectify_immediately', {}, 409, 'CASE.STALE_VERSION');
    await expectRefused(otherEnterprise, h, 'rectify_immediately', {}, 404, 'NOT_FOUND');

    const deadline = future(10);
    h = await step(owner, h, 'rectify_by_deadline', { fields: FIVE, deadline });
    expect(h).toMatchObject({ state: 'rectifying', deadline });
    await expectRefused(owner, h, 'complete', { comment: '已整改' }, 400, 'CASE.EVIDENCE_REQUIRED');
    h = await step(owner, h, 'complete', { comment: '已整改', evidenceIds: [await uploadPhoto(owner, 'after')] });
    await expectRefused(town, h, 'fail_verification', {}, 400, 'CASE.COMMENT_REQUIRED');
    await expectRefused(owner, h, 'verify', {}, 403, 'CASE.ROLE_NOT_ALLOWED');
    await expectRefused(inspector, h, 'verify', {}, 403, 'CASE.RELATION_NOT_ALLOWED'); // not the supervising unit
    h = await step(town, h, 'fail_verification', { comment: '护栏未固定' });
    expect(h).toMatchObject({ state: 'rectifying', deadline });
    h = await step(owner, h, 'complete', { comment: '已固定', evidenceIds: [await uploadPhoto(owner, 'after')] });
    h = await step(town, h, 'verify');
    expect(h.state).toBe('written_off');
  });

  it('two verifiers racing on one case: exactly one succeeds, the other gets 409 with the current state', async () => {
    const { hazard } = await report(grid);
    let h = await step(town, hazard, 'accept', { fields: { level: 'ordinary' } });
    h = await step(owner, h, 'rectify_immediately');
    h = await step(owner, h, 'complete', { comment: '已整改', evidenceIds: [await uploadPhoto(owner, 'after')] });
    const results = await Promise.all([move(town, h, 'verify'), move(town2, h, 'verify')]);
    expect(results.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    const loser = results.find((r) => r.statusCode === 409)!.json();
    expect(loser.code).toBe('CASE.STALE_VERSION');
    expect(loser.details).toMatchObject({ state: 'written_off', version: h.version + 1 });
    const verifies = await t.database.db
      .select({ n: count() })
      .from(caseEvents)
      .where(and(eq(caseEvents.caseId, h.id), eq(caseEvents.transition, 'verify')));
    expect(verifies[0]!.n).toBe(1);
  });

  it('transfer: "not ours" hands the case to the department with its own clock; the town can no longer decide', async () => {
    const { hazard } = await report(grid);
    await expectRefused(
      town,
      hazard,
      'transfer',
      { comment: '属应急局监管', fields: { transferTo: 'department:00000000-0000-4000-8000-000000000000' } },
      400,
      'HAZARD.UNKNOWN_UNIT',
    );
    let h = await step(town, hazard, 'transfer', {
      comment: '属应急局监管',
      fields: { transferTo: `department:${departmentId}` },
    });
    expect(h).toMatchObject({ state: 'transferred', supervisorUnit: `department:${departmentId}` });
    expect(new Date(h.deadline as string).getTime()).toBeGreaterThan(Date.now());
    await expectRefused(town, h, 'accept', { fields: { level: 'ordinary' } }, 403, 'CASE.RELATION_NOT_ALLOWED');
    h = await step(inspector, h, 'accept', { fields: { level: 'ordinary' } });
    expect(h.state).toBe('accepted');
  });

  it('merge: a duplicate is suggested on report; merging keeps every reporter, and only into an open hazard', async () => {
    const first = await report(grid, { title: '仓库消防通道堵塞', hazardType: 'fire' });
    const second = await report(owner, { title: '仓库消防通道被堵塞', source: 'self_inspection' });
    expect(second.duplicates.map((d) => d.id)).toContain(first.hazard.id);
    const suggested = await grid.get(
      `/api/v1/hazards/duplicates?title=${encodeURIComponent('消防通道堵塞')}&enterpriseId=${enterpriseId}`,
    );
    expect(suggested.json().map((d: { id: string }) => d.id)).toContain(first.hazard.id);

    await expectRefused(
      town,
      second.hazard,
      'merge',
      { fields: { mergedInto: second.hazard.id } },
      400,
      'HAZARD.MERGE_TARGET',
    );
    const merged = await step(town, second.hazard, 'merge', { fields: { mergedInto: first.hazard.id } });
    expect(merged).toMatchObject({ state: 'merged', mergedIntoId: first.hazard.id });
    const watchers = await t.database.db.select().from(caseWatchers).where(eq(caseWatchers.caseId, first.hazard.id));
    expect(watchers.map((w) => w.accountId).sort()).toEqual([grid.id, owner.id].sort());
    const [told] = await t.database.db
      .select()
      .from(notifications)
      .where(and(eq(notifications.accountId, owner.id), eq(notifications.caseId, second.hazard.id)));
    expect(told?.messageKey).toBe('NOTIFY.CASE_MERGED');
    expect((await load(town, first.hazard.id)).mergedHere).toEqual([
      { id: second.hazard.id, number: second.hazard.number, title: '仓库消防通道被堵塞' },
    ]);
  });

  it('major: basis, report and plan required; listed supervision; suspension and a reviewed resumption', async () => {
    const { hazard } = await report(inspector, { title: '储罐区防火堤破损', source: 'department_inspection' });
    expect(hazard.supervisorUnit).toBe(`department:${departmentId}`);
    await expectRefused(inspector, hazard, 'accept', { fields: { level: 'major' } }, 400, 'CASE.FIELDS_REQUIRED');
    await expectRefused(
      inspector,
      hazard,
      'accept',
      { fields: { level: 'major', determinationBasis: { standard: 'no_such_standard', article: '1' } } },
      400,
      'REQUEST.VALIDATION',
    );
    const basis = { standard: 'hazardous_chemicals_2017', article: '示例1' };
    let h = await step(inspector, hazard, 'accept', { fields: { level: 'major', determinationBasis: basis } });
    expect(h.level).toBe('major');
    await expectRefused(owner, h, 'rectify_immediately', {}, 400, 'CASE.FIELD_VALUE_NOT_ALLOWED');
    // Grading belongs to acceptance: the owner cannot downgrade a major hazard to rectify it at once.
    const downgrade = await expectRefused(
      owner,
      h,
      'rectify_immediately',
      { fields: { level: 'ordinary' } },
      400,
      'REQUEST.VALIDATION',
    );
    expect(downgrade.details).toEqual([
      expect.objectContaining({ path: 'fields.level', code: 'VALIDATION.UNKNOWN_FIELD' }),
    ]);
    // The page offers only what can still succeed: no immediate rectification for a major hazard.
    expect((await load(owner, h.id)).actions.map((a) => a.name)).toEqual(['rectify_by_deadline']);
    await expectRefused(
      owner,
      h,
      'rectify_by_deadline',
      { fields: FIVE, deadline: future(30) },
      400,
      'CASE.FIELDS_REQUIRED',
    );
    h = await step(owner, h, 'rectify_by_deadline', { fields: { ...FIVE, ...REPORT, ...PLAN }, deadline: future(30) });

    await expectRefused(
      town,
      h,
      'list_supervision',
      { fields: { listedUnit: `region:${tree.county.code}` }, deadline: future(20) },
      403,
      'CASE.ROLE_NOT_ALLOWED',
    );
    h = await step(county, h, 'list_supervision', {
      fields: { listedUnit: `region:${tree.county.code}` },
      deadline: future(20),
      comment: '县安委办挂牌督办',
    });
    expect(h.listed).toMatchObject({ unit: `region:${tree.county.code}` });
    const listed = await county.get(`/api/v1/hazards?listed=true&level=major&regionCode=${tree.county.code}`);
    expect(listed.json().items.map((x: Detail) => x.id)).toContain(h.id);

    h = await step(inspector, h, 'order_suspension', { comment: '责令停产整顿' });
    const status = async () =>
      (await t.database.db.select().from(enterprises).where(eq(enterprises.id, enterpriseId)))[0]!.status;
    expect(await status()).toBe('suspended');
    const photo = await uploadPhoto(owner, 'after');
    await expectRefused(
      owner,
      h,
      'complete',
      { comment: '已整改', evidenceIds: [photo] },
      409,
      'CASE.BLOCKED_BY_FIELD',
    );
    expect((await load(owner, h.id)).actions.map((a) => a.name)).toEqual(['apply_resumption']);
    h = await step(owner, h, 'apply_resumption', { comment: '整改完成,评估合格,申请复产', evidenceIds: [photo] });
    const applied = await load(inspector, h.id);
    const [review] = applied.linkedCases;
    expect(review).toMatchObject({ type: 'resumption_review', state: 'reviewing' });
    // Decree 16 Art. 23: the on-site review is due within 10 days of the application.
    const days = (new Date(review!.deadline).getTime() - Date.now()) / DAY;
    expect(days).toBeGreaterThan(9);
    expect(days).toBeLessThanOrEqual(11);
    await expectRefused(inspector, h, 'verify', {}, 409, 'CASE.BLOCKED_BY_FIELD');
    h = await step(inspector, h, 'approve_resumption', { comment: '现场复查合格' });
    expect(h.state).toBe('written_off');
    expect(await status()).toBe('operating');
    expect((await load(inspector, h.id)).linkedCases[0]?.state).toBe('approved');
  });

  it('reopen starts a new cycle and leaves the earlier cycle as it was', async () => {
    const { hazard } = await report(grid);
    let h = await step(town, hazard, 'reject', { comment: '不属于事故隐患' });
    h = await step(town, h, 'reopen', { comment: '现场复核确属隐患' });
    const detail = await load(town, h.id);
    expect(detail).toMatchObject({ state: 'reported', cycle: 2 });
    expect(detail.timeline.map((e) => [e.cycle, e.transition ?? e.kind])).toEqual([
      [1, 'created'],
      [1, 'reject'],
      [2, 'reopen'],
    ]);
  });

  it('out of scope: another town and another enterprise see nothing and cannot act', async () => {
    const { hazard } = await report(grid);
    expect((await outsider.get(`/api/v1/hazards/${hazard.id}`)).statusCode).toBe(404);
    expect((await otherEnterprise.get(`/api/v1/hazards/${hazard.id}`)).statusCode).toBe(404);
    await expectRefused(outsider, hazard, 'accept', { fields: { level: 'ordinary' } }, 404, 'NOT_FOUND');
    const prefix = String(hazard.number).slice(0, -2).toLowerCase();
    const byPrefix = await town.get(`/api/v1/hazards?q=${prefix}`);
    expect(byPrefix.json().items.map((x: Detail) => x.id)).toContain(hazard.id);
    const list = await outsider.get('/api/v1/hazards?pageSize=200');
    expect(list.json().items.map((x: Detail) => x.id)).not.toContain(hazard.id);
    const mine = await owner.get('/api/v1/hazards?pageSize=200');
    expect(
      mine.json().items.every((x: { enterprise: { id: string } | null }) => x.enterprise?.id === enterpriseId),
    ).toBe(true);
  });

  it('a grid worker reports at an enterprise registered at its town: the case lies in the grid’s village', async () => {
    const atTown = await makeEnterprise(t, { regionCode: tree.towns[0].code, gridCode: tree.grids[0].code });
    const { hazard } = await report(grid, { enterpriseId: atTown.id });
    expect(hazard).toMatchObject({ regionCode: tree.villages[0].code, gridCode: tree.grids[0].code });
    expect(hazard.ownerUnit).toBe(`enterprise:${atTown.id}`);
    const elsewhere = await town.post('/api/v1/hazards', {
      title: '不在企业所在地',
      source: 'department_inspection',
      enterpriseId: atTown.id,
      regionCode: tree.villages[1].code,
    });
    expect(elsewhere.statusCode).toBe(400);
    expect(elsewhere.json().details.map((d: { path: string }) => d.path)).toEqual(['gridCode', 'regionCode']);
  });

  it('bad reports: no place, an unknown enterprise, a grid outside the worker’s grids — 4xx and nothing written', async () => {
    const mine = inArray(cases.reporterAccountId, [town.id, grid.id]);
    const [counted] = await t.database.db.select({ n: count() }).from(cases).where(mine);
    const before = counted!.n;
    const noPlace = await town.post('/api/v1/hazards', { title: '无位置', source: 'other' });
    expect(noPlace.statusCode).toBe(400);
    expect(noPlace.json().code).toBe('HAZARD.PLACE_REQUIRED');
    const unknown = await town.post('/api/v1/hazards', {
      title: '未知企业',
      source: 'other',
      enterpriseId: '00000000-0000-4000-8000-000000000000',
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().details).toEqual([expect.objectContaining({ path: 'enterpriseId' })]);
    const elsewhere = await grid.post('/api/v1/hazards', {
      title: '别处',
      source: 'grid_patrol',
      gridCode: tree.grids[1].code,
    });
    expect([elsewhere.statusCode, elsewhere.json().code]).toEqual([403, 'SCOPE.OUT_OF_SCOPE']);
    const empty = await grid.post('/api/v1/hazards', { title: '', source: 'grid_patrol' });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().code).toBe('REQUEST.VALIDATION');
    const [recount] = await t.database.db.select({ n: count() }).from(cases).where(mine);
    expect(recount!.n).toBe(before);
  });
});
