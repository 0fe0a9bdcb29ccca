import { describe, expect, it } from 'vitest';
import { makeAccount, makeTree, TEST_PASSWORD, testApp, uniqueNumber } from '../../../test/harness';

const t = await testApp();

type Entry = {
  id: string;
  at: string;
  actorId: string | null;
  actorName: string | null;
  action: string;
  diff: unknown;
};
const itemsOf = (res: { json: () => { items: Entry[] } }) => res.json().items;

/** A county admin that creates one account, and an admin of another tree that creates one too. */
async function setup() {
  const [tree, other] = [await makeTree(t), await makeTree(t)];
  const admin = await makeAccount(t, { roles: ['admin'], scope: { kind: 'region', regionCode: tree.county.code } });
  const stranger = await makeAccount(t, { roles: ['admin'], scope: { kind: 'region', regionCode: other.county.code } });
  const create = async (by: typeof admin, regionCode: string) => {
    const username = `audited${await uniqueNumber(t)}`;
    const res = await by.post('/api/v1/accounts', {
      ...{ username, displayName: '审计对象', roles: ['inspector'], password: TEST_PASSWORD },
      scope: { kind: 'region', regionCode },
    });
    expect(res.statusCode).toBe(201);
    return res.json().id as string;
  };
  return {
    tree,
    admin,
    stranger,
    mine: await create(admin, tree.towns[0].code),
    theirs: await create(stranger, other.county.code),
  };
}

describe('GET /audit', () => {
  it('lists entries of actors in scope with the actor name and no secrets', async () => {
    const { admin, mine } = await setup();
    const res = await admin.get(`/api/v1/audit?entity=account&entityId=${mine}`);
    expect(res.statusCode).toBe(200);
    expect(res.json().total).toBe(1);
    const [entry] = itemsOf(res);
    expect(entry).toMatchObject({ actorId: admin.id, action: 'account.create', entity: 'account', entityId: mine });
    expect(entry!.actorName).toMatch(/^测试用户/);
    expect(entry!.diff).toMatchObject({ displayName: { from: null, to: '审计对象' } });
    expect(JSON.stringify(entry!.diff)).not.toMatch(/passwordHash|argon2/);
  });

  it('hides entries of actors outside the scope and entries without an actor from a non-root admin', async () => {
    const { tree, admin, stranger, theirs } = await setup();
    expect((await admin.get(`/api/v1/audit?entityId=${theirs}`)).json().total).toBe(0);
    expect((await admin.get(`/api/v1/audit?actorId=${stranger.id}`)).json().total).toBe(0);
    // The test tree was built by the system (no actor): only an admin of a whole region tree sees that.
    expect((await admin.get(`/api/v1/audit?entity=region&entityId=${tree.county.code}`)).json().total).toBe(0);
    const root = await makeAccount(t, { roles: ['admin'], scope: { kind: 'region', regionCode: tree.province.code } });
    const system = itemsOf(await root.get(`/api/v1/audit?entity=region&entityId=${tree.county.code}`));
    expect(system).toHaveLength(1);
    expect(system[0]).toMatchObject({ actorId: null, actorName: null, action: 'region.create' });
  });

  it('filters by actor, sorts by time and pages', async () => {
    const { admin } = await setup();
    await admin.patch(`/api/v1/accounts/${admin.id}`, { displayName: '改名一' });
    await admin.patch(`/api/v1/accounts/${admin.id}`, { displayName: '改名二' });
    const newest = await admin.get(`/api/v1/audit?actorId=${admin.id}`);
    const entries = itemsOf(newest);
    expect(entries.every((e) => e.actorId === admin.id)).toBe(true);
    expect(entries.map((e) => e.action)).toEqual([
      'account.update',
      'account.update',
      'account.create',
      'auth.sign_in',
    ]);
    const oldest = itemsOf(await admin.get(`/api/v1/audit?actorId=${admin.id}&sort=at`));
    expect(oldest.map((e) => e.id)).toEqual(entries.map((e) => e.id).reverse());
    const page = await admin.get(`/api/v1/audit?actorId=${admin.id}&page=2&pageSize=1`);
    expect(page.json()).toMatchObject({ total: 4, page: 2, pageSize: 1 });
    expect(itemsOf(page).map((e) => e.id)).toEqual([entries[1]!.id]);
  });

  it('refuses bad filters with field details', async () => {
    const { admin } = await setup();
    const res = await admin.get('/api/v1/audit?actorId=nobody&sort=-id');
    expect(res.statusCode).toBe(400);
    expect(res.json().details).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ path: 'query.actorId', code: 'VALIDATION.INVALID_FORMAT' }),
        expect.objectContaining({
          path: 'query.sort',
          code: 'VALIDATION.INVALID_VALUE',
          message: '排序的取值不在允许范围内。',
        }),
      ]),
    );
    admin.locale = 'en';
    const unknown = await admin.get('/api/v1/audit?who=me');
    expect(unknown.json()).toMatchObject({ code: 'REQUEST.VALIDATION', message: 'The request has invalid fields.' });
  });

  it('is for admins only', async () => {
    const { tree } = await setup();
    const leader = await makeAccount(t, {
      roles: ['leader'],
      scope: { kind: 'region', regionCode: tree.province.code },
    });
    const res = await leader.get('/api/v1/audit');
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('AUTH.FORBIDDEN');
    expect((await leader.post('/api/v1/audit/verify')).statusCode).toBe(403);
  });
});

describe('POST /audit/verify', () => {
  it('verifies the chain for an admin of a whole region tree and refuses other admins', async () => {
    const { tree, admin } = await setup();
    const root = await makeAccount(t, { roles: ['admin'], scope: { kind: 'region', regionCode: tree.province.code } });
    const res = await root.post('/api/v1/audit/verify');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ ok: true, brokenAt: null, reason: null });
    expect(res.json().count).toBeGreaterThan(10);
    const county = await admin.post('/api/v1/audit/verify');
    expect(county.statusCode).toBe(403);
    expect(county.json().code).toBe('AUTH.FORBIDDEN');
    const narrowed = await makeAccount(t, {
      roles: ['admin'],
      scope: { kind: 'region', regionCode: tree.province.code, sectorCodes: ['fireworks'] },
    });
    expect((await narrowed.post('/api/v1/audit/verify')).statusCode).toBe(403);
  });
});
