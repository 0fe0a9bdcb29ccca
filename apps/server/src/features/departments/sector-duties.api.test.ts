import { beforeAll, describe, expect, it } from 'vitest';
import { makeAccount, makeTree, systemWho, type TestApp, type Tree, testApp } from '../../../test/harness';
import { insertDepartment } from './service';

let t: TestApp;
let tree: Tree;
let other: Tree;
type Client = Awaited<ReturnType<typeof makeAccount>>;
let admin: Client;
const ids: Record<string, string> = {};
type Duty = { regionCode: string; sectorCode: string; departmentId: string; departmentName: string };

const MINE = ['coal_mine', 'fireworks', 'forest_fire'];
/** Only the lines for this file's sectors: shared province and city levels may hold other tests' duties. */
const mine = (duties: Duty[]) => duties.filter((d) => MINE.includes(d.sectorCode));
const line = (key: string, regionCode: string, sectorCode: string, departmentName: string) => ({
  regionCode,
  sectorCode,
  departmentId: ids[key],
  departmentName,
});

beforeAll(async () => {
  t = await testApp();
  tree = await makeTree(t);
  other = await makeTree(t);
  admin = await makeAccount(t, { roles: ['admin'], scope: { kind: 'region', regionCode: tree.county.code } });
  const add = async (key: string, name: string, regionCode: string, sectorCodes: string[]) => {
    const row = await t.database.db.transaction((tx) =>
      insertDepartment(tx, systemWho(), { name, regionCode, kind: 'department', sectorCodes }, null),
    );
    ids[key] = row.id;
  };
  await add('energy', '能源局', tree.county.code, ['coal_mine']);
  await add('emergency', '应急管理局', tree.county.code, ['fireworks', 'forest_fire']);
  await add('forestry', '林业局', tree.county.code, ['forest_fire']);
  await add('townOffice', '安监办', tree.towns[0].code, ['coal_mine']);
});

describe('GET /sector-duties', () => {
  it('answers, per sector, the departments at the nearest level at or above the region', async () => {
    const res = await admin.get(`/api/v1/sector-duties?regionCode=${tree.villages[0].code}`);
    expect(res.statusCode).toBe(200);
    const duties = mine(res.json());
    // Sectors in catalogue order; departments within a sector by name (collation-dependent, so not asserted).
    expect(duties.map((d) => d.sectorCode)).toEqual(['coal_mine', 'fireworks', 'forest_fire', 'forest_fire']);
    expect(duties).toEqual(
      expect.arrayContaining([
        line('townOffice', tree.towns[0].code, 'coal_mine', '安监办'),
        line('emergency', tree.county.code, 'fireworks', '应急管理局'),
        line('forestry', tree.county.code, 'forest_fire', '林业局'),
        line('emergency', tree.county.code, 'forest_fire', '应急管理局'),
      ]),
    );
  });

  it('falls back to a higher level where the nearer ones hold no duty, and filters by sector', async () => {
    const res = await admin.get(`/api/v1/sector-duties?regionCode=${tree.villages[1].code}&sectorCode=coal_mine`);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual([line('energy', tree.county.code, 'coal_mine', '能源局')]);
    const county = await admin.get(`/api/v1/sector-duties?regionCode=${tree.county.code}&sectorCode=coal_mine`);
    expect(county.json()).toEqual([line('energy', tree.county.code, 'coal_mine', '能源局')]);
  });

  it('serves a grid worker for their own village, including departments above it', async () => {
    const worker = await makeAccount(t, {
      roles: ['grid_worker'],
      scope: { kind: 'grids', gridCodes: [tree.grids[0].code] },
    });
    const res = await worker.get(`/api/v1/sector-duties?regionCode=${tree.villages[0].code}&sectorCode=fireworks`);
    expect(res.json()).toEqual([line('emergency', tree.county.code, 'fireworks', '应急管理局')]);
    expect((await worker.get(`/api/v1/sector-duties?regionCode=${tree.villages[1].code}`)).statusCode).toBe(404);
  });

  it('answers 404 for a region outside scope or unknown', async () => {
    const otherAdmin = await makeAccount(t, {
      roles: ['admin'],
      scope: { kind: 'region', regionCode: other.county.code },
    });
    const res = await otherAdmin.get(`/api/v1/sector-duties?regionCode=${tree.villages[0].code}`);
    expect(res.statusCode).toBe(404);
    expect(res.json().code).toBe('NOT_FOUND');
    expect((await admin.get('/api/v1/sector-duties?regionCode=999999999999')).statusCode).toBe(404);
  });

  it('requires a well-formed region code, explained in English on request', async () => {
    admin.locale = 'en';
    const missing = await admin.get('/api/v1/sector-duties');
    const bad = await admin.get('/api/v1/sector-duties?regionCode=12&sectorCode=Coal');
    admin.locale = 'zh-CN';
    expect(missing.statusCode).toBe(400);
    expect(missing.json().details).toEqual([
      { path: 'query.regionCode', code: 'VALIDATION.REQUIRED', message: 'Region is required.' },
    ]);
    expect(bad.json().details.map((d: { path: string }) => d.path)).toEqual(['query.regionCode', 'query.sectorCode']);
  });
});
