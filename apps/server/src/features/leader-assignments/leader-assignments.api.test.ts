import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeAccount, makeEnterprise, makeTree, type TestApp, type Tree, testApp } from '../../../test/harness';
import { leaderAssignments } from '../accounts/schema';
import { auditLog } from '../audit/schema';

let t: TestApp;
let tree: Tree;
let other: Tree;
type Client = Awaited<ReturnType<typeof makeAccount>>;
let admin: Client;
let leader: Client;
let enterprise: { id: string; name: string };
let outsideEnterprise: { id: string };

const regionScope = (regionCode: string) => ({ kind: 'region' as const, regionCode });
const url = '/api/v1/leader-assignments';
const storedFor = (accountId: string) =>
  t.database.db.select().from(leaderAssignments).where(eq(leaderAssignments.accountId, accountId));

beforeAll(async () => {
  t = await testApp();
  tree = await makeTree(t);
  other = await makeTree(t);
  admin = await makeAccount(t, { roles: ['admin'], scope: regionScope(tree.county.code) });
  leader = await makeAccount(t, { roles: ['leader'], scope: regionScope(tree.county.code) });
  enterprise = await makeEnterprise(t, { regionCode: tree.villages[0].code, gridCode: tree.grids[0].code });
  outsideEnterprise = await makeEnterprise(t, { regionCode: other.villages[0].code });
});

describe('POST /leader-assignments', () => {
  it('assigns a sector, a region and an enterprise, naming each, with audit entries', async () => {
    const sector = await admin.post(url, {
      accountId: leader.id,
      kind: 'sector',
      ref: 'coal_mine',
      relation: 'in_charge',
    });
    expect(sector.statusCode).toBe(201);
    expect(sector.json()).toEqual({
      id: expect.any(String),
      accountId: leader.id,
      kind: 'sector',
      ref: 'coal_mine',
      refName: '煤矿',
      relation: 'in_charge',
    });
    const region = await admin.post(url, {
      accountId: leader.id,
      kind: 'region',
      ref: tree.towns[0].code,
      relation: 'liaison',
    });
    expect(region.json()).toMatchObject({ refName: tree.towns[0].name, relation: 'liaison' });
    const company = await admin.post(url, {
      accountId: leader.id,
      kind: 'enterprise',
      ref: enterprise.id,
      relation: 'liaison',
    });
    expect(company.json()).toMatchObject({ kind: 'enterprise', ref: enterprise.id, refName: enterprise.name });
    const audit = await t.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'leader_assignment.create'), eq(auditLog.entityId, company.json().id)));
    expect(audit.map((a) => a.actorId)).toEqual([admin.id]);
    const again = await admin.post(url, {
      accountId: leader.id,
      kind: 'sector',
      ref: 'coal_mine',
      relation: 'in_charge',
    });
    expect(again.statusCode).toBe(409);
  });

  it('refuses an account that is not a leader, explained in English, writing nothing', async () => {
    const inspector = await makeAccount(t, { roles: ['inspector'], scope: regionScope(tree.county.code) });
    admin.locale = 'en';
    const res = await admin.post(url, {
      accountId: inspector.id,
      kind: 'sector',
      ref: 'coal_mine',
      relation: 'in_charge',
    });
    admin.locale = 'zh-CN';
    expect(res.statusCode).toBe(400);
    expect(res.json().details).toEqual([
      {
        path: 'accountId',
        code: 'LEADER.NOT_A_LEADER',
        message: 'The account does not hold the leader role, so it cannot be given assignments.',
      },
    ]);
    expect(await storedFor(inspector.id)).toEqual([]);
  });

  it('treats a leader outside scope as unknown and refuses targets outside scope with 403', async () => {
    const outsider = await makeAccount(t, { roles: ['leader'], scope: regionScope(other.county.code) });
    const res = await admin.post(url, {
      accountId: outsider.id,
      kind: 'sector',
      ref: 'fireworks',
      relation: 'in_charge',
    });
    expect(res.json().details).toEqual([
      { path: 'accountId', code: 'VALIDATION.UNKNOWN_REFERENCE', message: '账号引用的记录不存在。' },
    ]);
    const fresh = await makeAccount(t, { roles: ['leader'], scope: regionScope(tree.county.code) });
    const region = await admin.post(url, {
      accountId: fresh.id,
      kind: 'region',
      ref: other.county.code,
      relation: 'liaison',
    });
    expect(region.statusCode).toBe(403);
    expect(region.json().code).toBe('SCOPE.OUT_OF_SCOPE');
    const company = await admin.post(url, {
      accountId: fresh.id,
      kind: 'enterprise',
      ref: outsideEnterprise.id,
      relation: 'liaison',
    });
    expect(company.statusCode).toBe(403);
    expect(await storedFor(fresh.id)).toEqual([]);
    expect(await storedFor(outsider.id)).toEqual([]);
  });

  it('names unknown targets and malformed fields, writing nothing', async () => {
    const fresh = await makeAccount(t, { roles: ['leader'], scope: regionScope(tree.county.code) });
    for (const [kind, ref] of [
      ['sector', 'no_such_sector'],
      ['region', '999999'],
      ['enterprise', 'not-a-uuid'],
      ['enterprise', '00000000-0000-4000-8000-000000000000'],
    ]) {
      const res = await admin.post(url, { accountId: fresh.id, kind, ref, relation: 'liaison' });
      expect(res.statusCode).toBe(400);
      expect(res.json().details).toEqual([
        expect.objectContaining({ path: 'ref', code: 'VALIDATION.UNKNOWN_REFERENCE' }),
      ]);
    }
    const shape = await admin.post(url, { accountId: 'x', kind: 'grid', ref: '', relation: 'boss' });
    expect(shape.json().details.map((d: { path: string }) => d.path)).toEqual(['accountId', 'kind', 'ref', 'relation']);
    expect(await storedFor(fresh.id)).toEqual([]);
  });

  it('is for administrators only', async () => {
    const res = await leader.post(url, {
      accountId: leader.id,
      kind: 'sector',
      ref: 'urban_gas',
      relation: 'in_charge',
    });
    expect(res.statusCode).toBe(403);
    expect((await storedFor(leader.id)).some((a) => a.ref === 'urban_gas')).toBe(false);
  });
});

describe('GET /leader-assignments', () => {
  it("lists an account's assignments with names in the caller's language", async () => {
    leader.locale = 'en';
    const res = await leader.get(`${url}?accountId=${leader.id}`);
    leader.locale = 'zh-CN';
    expect(res.statusCode).toBe(200);
    expect(res.json().map((a: { kind: string; refName: string }) => [a.kind, a.refName])).toEqual([
      ['enterprise', enterprise.name],
      ['region', tree.towns[0].name],
      ['sector', 'Coal mines'],
    ]);
  });

  it('shows nothing of accounts outside scope and refuses bad filters', async () => {
    const otherAdmin = await makeAccount(t, { roles: ['admin'], scope: regionScope(other.county.code) });
    expect((await otherAdmin.get(`${url}?accountId=${leader.id}`)).json()).toEqual([]);
    const worker = await makeAccount(t, {
      roles: ['grid_worker'],
      scope: { kind: 'grids', gridCodes: [tree.grids[0].code] },
    });
    expect((await worker.get(url)).json()).toEqual([]);
    const bad = await admin.get(`${url}?accountId=nope&kind=sector`);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().details.map((d: { path: string }) => d.path)).toEqual(['query.accountId', 'query.kind']);
  });
});

describe('DELETE /leader-assignments/:id', () => {
  it('removes an assignment in scope with an audit entry; 404 outside scope, 403 for other roles', async () => {
    const [first] = (await leader.get(`${url}?accountId=${leader.id}`)).json() as { id: string }[];
    const otherAdmin = await makeAccount(t, { roles: ['admin'], scope: regionScope(other.county.code) });
    expect((await otherAdmin.delete(`${url}/${first!.id}`)).statusCode).toBe(404);
    expect((await leader.delete(`${url}/${first!.id}`)).statusCode).toBe(403);
    expect((await admin.delete(`${url}/not-a-uuid`)).statusCode).toBe(400);
    expect((await storedFor(leader.id)).map((a) => a.id)).toContain(first!.id);
    const res = await admin.delete(`${url}/${first!.id}`);
    expect(res.statusCode).toBe(204);
    expect((await storedFor(leader.id)).map((a) => a.id)).not.toContain(first!.id);
    const audit = await t.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'leader_assignment.delete'), eq(auditLog.entityId, first!.id)));
    expect(audit.map((a) => a.actorId)).toEqual([admin.id]);
    expect((await admin.delete(`${url}/${first!.id}`)).statusCode).toBe(404);
  });
});
