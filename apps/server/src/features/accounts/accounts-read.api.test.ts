import { describe, expect, it } from 'vitest';
import { makeAccount, makeTree, testApp } from '../../../test/harness';

const t = await testApp();

/** A county admin, three accounts in its county and one in another tree. */
async function setup() {
  const [tree, other] = [await makeTree(t), await makeTree(t)];
  const admin = await makeAccount(t, { roles: ['admin'], scope: { kind: 'region', regionCode: tree.county.code } });
  const town = await makeAccount(t, {
    roles: ['town_officer'],
    scope: { kind: 'region', regionCode: tree.towns[0].code },
  });
  const grid = await makeAccount(t, {
    roles: ['grid_worker'],
    scope: { kind: 'grids', gridCodes: [tree.grids[1].code] },
  });
  const outside = await makeAccount(t, {
    roles: ['town_officer'],
    scope: { kind: 'region', regionCode: other.towns[0].code },
  });
  return { tree, admin, town, grid, outside };
}

const ids = (res: { json: () => { items: { id: string }[] } }) => res.json().items.map((a) => a.id);

describe('GET /accounts', () => {
  it("lists the accounts in the admin's subtree with filters, sorting and paging", async () => {
    const { admin, town, grid, outside } = await setup();
    const all = await admin.get('/api/v1/accounts?pageSize=200');
    expect(all.statusCode).toBe(200);
    expect(all.json().total).toBe(3);
    expect(ids(all).sort()).toEqual([admin.id, town.id, grid.id].sort());
    expect(ids(all)).not.toContain(outside.id);
    expect(all.json().items[0]).not.toHaveProperty('passwordHash');

    expect(ids(await admin.get('/api/v1/accounts?role=grid_worker'))).toEqual([grid.id]);
    expect(ids(await admin.get(`/api/v1/accounts?q=${town.username.slice(-6)}`))).toContain(town.id);
    expect(ids(await admin.get(`/api/v1/accounts?q=${outside.username}`))).toEqual([]);
    expect((await admin.get('/api/v1/accounts?status=disabled')).json().total).toBe(0);

    const asc = ids(await admin.get('/api/v1/accounts?sort=username'));
    const desc = ids(await admin.get('/api/v1/accounts?sort=-username'));
    expect(desc).toEqual([...asc].reverse());
    const page2 = await admin.get('/api/v1/accounts?sort=username&page=2&pageSize=2');
    expect(page2.json()).toMatchObject({ total: 3, page: 2, pageSize: 2 });
    expect(ids(page2)).toEqual([asc[2]]);
  });

  it('refuses unknown filters and bad values with field details', async () => {
    const { admin } = await setup();
    const res = await admin.get('/api/v1/accounts?role=king&sort=password&colour=red');
    expect(res.statusCode).toBe(400);
    expect(
      res
        .json()
        .details.map((d: { path: string }) => d.path)
        .sort(),
    ).toEqual(['query.colour', 'query.role', 'query.sort']);
    admin.locale = 'en';
    const unknown = await admin.get('/api/v1/accounts?colour=red');
    expect(unknown.json().details).toEqual([
      { path: 'query.colour', code: 'VALIDATION.UNKNOWN_FIELD', message: 'Unknown field query.colour.' },
    ]);
  });
});

describe('GET /accounts/:id', () => {
  it('shows an account in scope and hides one outside it', async () => {
    const { tree, admin, town, outside } = await setup();
    const res = await admin.get(`/api/v1/accounts/${town.id}`);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      id: town.id,
      username: town.username,
      roles: ['town_officer'],
      status: 'active',
      scope: { kind: 'region', regionCode: tree.towns[0].code, regionName: tree.towns[0].name, sectorCodes: [] },
    });
    expect(res.json().lastSignInAt).not.toBeNull();
    const hidden = await admin.get(`/api/v1/accounts/${outside.id}`);
    expect(hidden.statusCode).toBe(404);
    expect(hidden.json().code).toBe('NOT_FOUND');
    expect((await admin.get('/api/v1/accounts/not-a-uuid')).json().details[0]).toMatchObject({
      path: 'params.id',
      code: 'VALIDATION.INVALID_FORMAT',
    });
  });

  it('is for admins only, even for their own account', async () => {
    const { town } = await setup();
    const res = await town.get(`/api/v1/accounts/${town.id}`);
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('AUTH.FORBIDDEN');
  });
});
