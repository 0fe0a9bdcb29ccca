import { inArray } from 'drizzle-orm';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeAccount, makeEnterprise, makeTree, type TestApp, testApp } from '../../../test/harness';
import { auditLog } from '../audit/schema';
import { loadDemoRiskMap } from './load-risk-map';

let t: TestApp;
let enterpriseId: string;
let owner: Awaited<ReturnType<typeof makeAccount>>;

beforeAll(async () => {
  t = await testApp();
  const tree = await makeTree(t);
  enterpriseId = (await makeEnterprise(t, { regionCode: tree.villages[0].code })).id;
  owner = await makeAccount(t, { roles: ['enterprise_user'], scope: { kind: 'enterprise', enterpriseId } });
  const copied = await owner.post(`/api/v1/enterprises/${enterpriseId}/risk-register/library`, {
    sector: 'hazardous_chemicals_storage',
  });
  expect(copied.statusCode, copied.body).toBe(201);
  for (const objectName of ['装卸站台', '办公楼']) {
    const res = await owner.post(`/api/v1/enterprises/${enterpriseId}/risk-units`, {
      objectName,
      name: `${objectName}作业`,
      kind: 'activity',
    });
    expect(res.statusCode, res.body).toBe(201);
  }
});

describe('the demo four-colour map', () => {
  it('draws a site plan and one area per analysis object holding its units, through the audited services', async () => {
    const loaded = await loadDemoRiskMap(t.database.db, t.deps, enterpriseId);
    const map = (await owner.get(`/api/v1/enterprises/${enterpriseId}/risk-map`)).json();
    const objects = [...new Set<string>(map.units.map((u: { objectName: string }) => u.objectName))];
    expect(objects).toEqual(expect.arrayContaining(['装卸站台', '办公楼']));
    expect(loaded).toMatchObject({ areas: objects.length, units: map.units.length });
    expect(map.sitePlan).toEqual({ evidenceId: loaded.evidenceId, width: 1600, height: 1000 });
    expect(map.areas.map((a: { name: string }) => a.name).sort()).toEqual(objects.sort());
    for (const area of map.areas) {
      const own = map.units.filter((u: { objectName: string }) => u.objectName === area.name);
      expect([...area.unitIds].sort()).toEqual(own.map((u: { id: string }) => u.id).sort());
    }
    expect(map.units.every((u: { areaId: string | null }) => u.areaId !== null)).toBe(true);
    // The library's storage units carry assessed events, so that area has a colour.
    expect(map.areas.some((a: { colour: string | null }) => a.colour !== null)).toBe(true);

    const file = await owner.get(`/api/v1/enterprises/${enterpriseId}/risk-map/site-plan/file`);
    expect(file.headers['content-type']).toBe('image/png');
    expect(await sharp(file.rawPayload).metadata()).toMatchObject({ width: 1600, height: 1000 });
    const ids = map.areas.map((a: { id: string }) => a.id);
    const audits = await t.database.db.select().from(auditLog).where(inArray(auditLog.entityId, ids));
    expect(audits.map((a) => [a.action, a.requestId])).toEqual(ids.map(() => ['risk_area.create', 'demo-load']));
  });
});
