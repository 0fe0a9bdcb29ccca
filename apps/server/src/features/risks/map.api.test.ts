import { count, eq, inArray } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from '../../../test/api-client';
import { makeAccount, makeEnterprise, makeTree, type TestApp, testApp } from '../../../test/harness';
import { randomJpeg, uploadPhoto } from '../../../test/photos';
import { auditLog } from '../audit/schema';
import { riskAreas, riskUnits } from './schema';

let t: TestApp;
let enterpriseId: string;
let owner: ApiClient & { id: string };
let other: ApiClient & { id: string };
let inspector: ApiClient & { id: string };
/** Units of the enterprise: tank (重大 inherent, 一般 residual), pump (重大), office (低), gate (no event). */
const u = { tank: '', pump: '', office: '', gate: '' };
let foreignUnit: string;

const square = (x: number, y: number, s = 0.2): [number, number][] => [
  [x, y],
  [x + s, y],
  [x + s, y + s],
  [x, y + s],
  [x, y],
];

async function addUnit(client: ApiClient, enterprise: string, name: string) {
  const res = await client.post(`/api/v1/enterprises/${enterprise}/risk-units`, {
    objectName: '储罐区',
    name,
    kind: 'facility',
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id as string;
}

async function addEvent(unitId: string, inherent: object, residual?: object) {
  const res = await owner.post(`/api/v1/risk-units/${unitId}/events`, { name: '泄漏', inherent, residual });
  expect(res.statusCode, res.body).toBe(201);
}

const areaCount = async () =>
  (await t.database.db.select({ n: count() }).from(riskAreas).where(eq(riskAreas.enterpriseId, enterpriseId)))[0]!.n;

const map = async (client: ApiClient) => {
  const res = await client.get(`/api/v1/enterprises/${enterpriseId}/risk-map`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
};

beforeAll(async () => {
  t = await testApp();
  const tree = await makeTree(t);
  const place = { regionCode: tree.villages[0].code, gridCode: tree.grids[0].code };
  const [enterprise, second] = [await makeEnterprise(t, place), await makeEnterprise(t, place)];
  enterpriseId = enterprise.id;
  [owner, other, inspector] = await Promise.all([
    makeAccount(t, { roles: ['enterprise_user'], scope: { kind: 'enterprise', enterpriseId } }),
    makeAccount(t, { roles: ['enterprise_user'], scope: { kind: 'enterprise', enterpriseId: second.id } }),
    makeAccount(t, { roles: ['inspector'], scope: { kind: 'region', regionCode: tree.county.code } }),
  ]);
  for (const key of Object.keys(u) as Array<keyof typeof u>) u[key] = await addUnit(owner, enterpriseId, key);
  // LEC D = 540 重大 inherent, residual D = 90 一般 (§4.2): the tank counts at its residual level.
  await addEvent(u.tank, { method: 'lec', l: 6, e: 6, c: 15 }, { method: 'lec', l: 1, e: 6, c: 15 });
  await addEvent(u.pump, { method: 'matrix', likelihood: 5, severity: 4 }); // R = 20: 重大 (§4.3)
  await addEvent(u.office, { method: 'matrix', likelihood: 1, severity: 2 }); // R = 2: 低
  foreignUnit = await addUnit(other, second.id, '别家储罐');
});

describe('the four-colour map (四色分布图, domain-reference.md §4.1)', () => {
  let areaId: string;

  it('stores the uploaded site plan with the image’s size; departments read the map and the image', async () => {
    const bytes = await randomJpeg(120, 80);
    const evidenceId = await uploadPhoto(owner, 'other', bytes);
    const res = await owner.put(`/api/v1/enterprises/${enterpriseId}/risk-map/site-plan`, { evidenceId });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ evidenceId, width: 120, height: 80 });

    const read = await map(inspector);
    expect(read.sitePlan).toEqual({ evidenceId, width: 120, height: 80 });
    expect(read.areas).toEqual([]);
    expect(read.units.map((x: { areaId: string | null }) => x.areaId)).toEqual([null, null, null, null]);
    // The upload is its uploader's; the inspector reads the image through the map.
    expect((await inspector.get(`/api/v1/evidence/${evidenceId}/file`)).statusCode).toBe(404);
    const file = await inspector.get(`/api/v1/enterprises/${enterpriseId}/risk-map/site-plan/file`);
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toBe('image/jpeg');
    expect(file.rawPayload.equals(bytes)).toBe(true);
  });

  it('refuses an image the enterprise may not use (someone else’s upload) and keeps the plan', async () => {
    const before = (await map(owner)).sitePlan;
    const foreign = await uploadPhoto(other, 'other');
    const res = await owner.put(`/api/v1/enterprises/${enterpriseId}/risk-map/site-plan`, { evidenceId: foreign });
    expect(res.statusCode).toBe(400);
    expect(res.json().details[0]).toMatchObject({ path: 'evidenceId', code: 'RISK.SITE_PLAN_NOT_USABLE' });
    expect((await map(owner)).sitePlan).toEqual(before);
  });

  it('colours an area by the highest risk of its units, an event at its residual level once assessed', async () => {
    const res = await owner.post(`/api/v1/enterprises/${enterpriseId}/risk-areas`, {
      name: '罐区',
      polygon: square(0.1, 0.1),
      unitIds: [u.tank],
    });
    expect(res.statusCode, res.body).toBe(201);
    areaId = res.json().id;
    let area = (await map(inspector)).areas[0];
    // Inherent 重大 but residual 一般: yellow, not red.
    expect(area).toMatchObject({ name: '罐区', unitIds: [u.tank], level: 'ordinary', colour: 'yellow' });

    const patched = await owner.patch(`/api/v1/risk-areas/${areaId}`, { unitIds: [u.tank, u.pump, u.office] });
    expect(patched.statusCode, patched.body).toBe(200);
    area = (await map(inspector)).areas[0];
    expect(area).toMatchObject({ level: 'major', colour: 'red' });
    expect([...area.unitIds].sort()).toEqual([u.tank, u.pump, u.office].sort());
  });

  it('keeps a unit in one area: placing it in a new area takes it out of the old one', async () => {
    const res = await owner.post(`/api/v1/enterprises/${enterpriseId}/risk-areas`, {
      name: '泵房',
      polygon: square(0.5, 0.5, 0.3),
      unitIds: [u.pump],
    });
    expect(res.statusCode, res.body).toBe(201);
    const m = await map(owner);
    const byName = Object.fromEntries(m.areas.map((a: { name: string }) => [a.name, a]));
    expect(byName.泵房).toMatchObject({ unitIds: [u.pump], colour: 'red' });
    expect([...byName.罐区.unitIds].sort()).toEqual([u.tank, u.office].sort());
    expect(byName.罐区.colour).toBe('yellow');
    const gate = m.units.find((x: { id: string }) => x.id === u.gate);
    expect(gate).toMatchObject({ areaId: null, level: null }); // not yet placed
  });

  it.each([
    ['not closed', square(0.1, 0.1).slice(0, 4), 'RISK.POLYGON_NOT_CLOSED'],
    [
      'too few points',
      [
        [0.1, 0.1],
        [0.2, 0.2],
        [0.1, 0.1],
      ],
      'RISK.POLYGON_TOO_FEW_POINTS',
    ],
    [
      'self-crossing (a bow tie)',
      [
        [0.1, 0.1],
        [0.3, 0.3],
        [0.3, 0.1],
        [0.1, 0.3],
        [0.1, 0.1],
      ],
      'RISK.POLYGON_SELF_CROSSING',
    ],
    ['outside the plan', square(0.9, 0.9), 'RISK.POLYGON_OUT_OF_PLAN'],
  ])('refuses an outline %s at polygon and writes nothing', async (_name, polygon, code) => {
    const before = await areaCount();
    const res = await owner.post(`/api/v1/enterprises/${enterpriseId}/risk-areas`, {
      name: '坏区域',
      polygon,
      unitIds: [u.gate],
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().details).toEqual([expect.objectContaining({ path: 'polygon', code })]);
    expect(await areaCount()).toBe(before);
    const [gate] = await t.database.db.select().from(riskUnits).where(eq(riskUnits.id, u.gate));
    expect(gate!.areaId).toBeNull();
  });

  it('refuses another enterprise’s unit with a field error, on create and on change, and writes nothing', async () => {
    const before = await areaCount();
    const res = await owner.post(`/api/v1/enterprises/${enterpriseId}/risk-areas`, {
      name: '混入',
      polygon: square(0.6, 0.1),
      unitIds: [u.gate, foreignUnit],
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().details).toEqual([
      expect.objectContaining({
        path: 'unitIds.1',
        code: 'RISK.UNIT_NOT_IN_REGISTER',
        message: `风险单元 ${foreignUnit} 不属于本企业的风险清单。`,
      }),
    ]);
    expect(await areaCount()).toBe(before);
    const patch = await owner.patch(`/api/v1/risk-areas/${areaId}`, { unitIds: [foreignUnit] });
    expect(patch.statusCode).toBe(400);
    const [foreign] = await t.database.db.select().from(riskUnits).where(eq(riskUnits.id, foreignUnit));
    expect(foreign!.areaId).toBeNull();
    expect((await map(owner)).areas.find((a: { id: string }) => a.id === areaId).unitIds).toHaveLength(2);
  });

  it('keeps maps apart: another enterprise’s account finds nothing; an inspector reads but may not write', async () => {
    const base = `/api/v1/enterprises/${enterpriseId}`;
    const area = { name: 'x', polygon: square(0.1, 0.6), unitIds: [] };
    expect((await other.get(`${base}/risk-map`)).statusCode).toBe(404);
    expect((await other.get(`${base}/risk-map/site-plan/file`)).statusCode).toBe(404);
    const own = await uploadPhoto(other, 'other');
    expect((await other.put(`${base}/risk-map/site-plan`, { evidenceId: own })).statusCode).toBe(404);
    expect((await other.post(`${base}/risk-areas`, area)).statusCode).toBe(404);
    expect((await other.patch(`/api/v1/risk-areas/${areaId}`, { name: 'y' })).statusCode).toBe(404);
    expect((await other.delete(`/api/v1/risk-areas/${areaId}`)).statusCode).toBe(404);

    expect((await inspector.post(`${base}/risk-areas`, area)).statusCode).toBe(403);
    expect((await inspector.patch(`/api/v1/risk-areas/${areaId}`, { name: 'y' })).statusCode).toBe(403);
    expect((await inspector.delete(`/api/v1/risk-areas/${areaId}`)).statusCode).toBe(403);
    const mine = await uploadPhoto(inspector, 'other');
    expect((await inspector.put(`${base}/risk-map/site-plan`, { evidenceId: mine })).statusCode).toBe(403);
    expect((await map(owner)).areas.map((a: { name: string }) => a.name).sort()).toEqual(['泵房', '罐区']);
  });

  it('deletes an area, leaving its units in the register not yet placed; every write is audited', async () => {
    const before = (await map(owner)).areas.find((a: { id: string }) => a.id === areaId).unitIds as string[];
    const res = await owner.delete(`/api/v1/risk-areas/${areaId}`);
    expect(res.statusCode).toBe(204);
    const m = await map(owner);
    expect(m.areas.map((a: { name: string }) => a.name)).toEqual(['泵房']);
    const units = await t.database.db.select().from(riskUnits).where(inArray(riskUnits.id, before));
    expect(units.map((x) => x.areaId)).toEqual([null, null]);

    const audits = await t.database.db
      .select()
      .from(auditLog)
      .where(inArray(auditLog.entityId, [areaId, enterpriseId]))
      .orderBy(auditLog.id);
    expect(audits.map((a) => a.action).filter((a) => a.startsWith('risk_'))).toEqual([
      'risk_site_plan.set',
      'risk_area.create',
      'risk_area.update',
      'risk_area.delete',
    ]);
    expect(audits.every((a) => a.actorId === owner.id || !a.action.startsWith('risk_'))).toBe(true);
  });
});
