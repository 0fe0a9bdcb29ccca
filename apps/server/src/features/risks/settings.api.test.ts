import { DEFAULT_RISK_SETTINGS } from '@redline/domain';
import { and, count, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from '../../../test/api-client';
import { makeAccount, makeEnterprise, makeTree, type TestApp, type Tree, testApp } from '../../../test/harness';
import { auditLog } from '../audit/schema';
import { riskSettings } from './schema';

let t: TestApp;
let tree: Tree;
let office: ApiClient;
let townOffice: ApiClient;
let admin: ApiClient;

/** Stricter than the defaults, and a score exactly on a threshold takes the band below (domain-reference.md §4.2). */
const CUSTOM = {
  lec: { major: 500, large: 300, ordinary: 100, boundary: 'below' },
  matrix: { major: 20, large: 12, ordinary: 6, boundary: 'above' },
  controlMapping: { major: 'company', large: 'company', ordinary: 'workshop', low: 'team' },
};

beforeAll(async () => {
  t = await testApp();
  tree = await makeTree(t);
  [office, townOffice, admin] = await Promise.all([
    makeAccount(t, { roles: ['safety_office'], scope: { kind: 'region', regionCode: tree.county.code } }),
    makeAccount(t, { roles: ['safety_office'], scope: { kind: 'region', regionCode: tree.towns[1].code } }),
    makeAccount(t, { roles: ['admin'], scope: { kind: 'region', regionCode: tree.county.code } }),
  ]);
});

const settingsOf = async (client: ApiClient, code: string) => {
  const res = await client.get(`/api/v1/regions/${code}/risk-settings`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
};

const rowsOf = async (code: string) =>
  (await t.database.db.select({ n: count() }).from(riskSettings).where(eq(riskSettings.regionCode, code)))[0]!.n;

describe('risk settings per region', () => {
  it('uses the defaults of §4 until a region above sets its own, then inherits the nearest', async () => {
    const before = await settingsOf(office, tree.villages[0].code);
    expect(before).toMatchObject({ ...DEFAULT_RISK_SETTINGS, from: null, fromName: null });

    const put = await office.put(`/api/v1/regions/${tree.county.code}/risk-settings`, CUSTOM);
    expect(put.statusCode, put.body).toBe(200);
    expect(put.json()).toMatchObject({ ...CUSTOM, regionCode: tree.county.code, from: tree.county.code });
    const audits = await t.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, tree.county.code), eq(auditLog.action, 'risk_settings.put')));
    expect(audits).toHaveLength(1);

    expect(await settingsOf(office, tree.villages[0].code)).toMatchObject({
      ...CUSTOM,
      regionCode: tree.villages[0].code,
      from: tree.county.code,
      fromName: tree.county.name,
    });

    // A town's own settings win below it; the other town still inherits the county's.
    const own = { ...CUSTOM, matrix: { major: 16, large: 9, ordinary: 4, boundary: 'above' } };
    expect((await townOffice.put(`/api/v1/regions/${tree.towns[1].code}/risk-settings`, own)).statusCode).toBe(200);
    expect(await settingsOf(office, tree.villages[1].code)).toMatchObject({
      matrix: own.matrix,
      from: tree.towns[1].code,
    });
    expect(await settingsOf(office, tree.villages[0].code)).toMatchObject({ from: tree.county.code });
  });

  it('refuses thresholds that do not fall strictly or are not positive, on the field at fault, writing nothing', async () => {
    const auditsBefore = (
      await t.database.db.select({ n: count() }).from(auditLog).where(eq(auditLog.entityId, tree.towns[0].code))
    )[0]!.n;
    const res = await office.put(`/api/v1/regions/${tree.towns[0].code}/risk-settings`, {
      ...CUSTOM,
      lec: { major: 320, large: 320, ordinary: 70, boundary: 'above' },
      matrix: { major: 20, large: 15, ordinary: 0, boundary: 'above' },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().details.map((d: { path: string; code: string }) => [d.path, d.code])).toEqual([
      ['lec.major', 'RISK.THRESHOLDS_INVALID'],
      ['matrix.ordinary', 'RISK.THRESHOLDS_INVALID'],
    ]);
    expect(res.json().details[0].message).toBe('分级阈值须从重大到一般依次递减且大于 0。');
    expect(await rowsOf(tree.towns[0].code)).toBe(0);
    const auditsAfter = (
      await t.database.db.select({ n: count() }).from(auditLog).where(eq(auditLog.entityId, tree.towns[0].code))
    )[0]!.n;
    expect(auditsAfter).toBe(auditsBefore);

    const unknownLevel = await office.put(`/api/v1/regions/${tree.towns[0].code}/risk-settings`, {
      ...CUSTOM,
      controlMapping: { ...CUSTOM.controlMapping, low: 'nobody' },
    });
    expect(unknownLevel.statusCode).toBe(400);
    expect(unknownLevel.json().details[0].path).toBe('controlMapping.low');
  });

  it('lets only the safety office and administrators set them, inside their scope', async () => {
    const inspector = await makeAccount(t, {
      roles: ['inspector'],
      scope: { kind: 'region', regionCode: tree.county.code },
    });
    expect((await inspector.put(`/api/v1/regions/${tree.county.code}/risk-settings`, CUSTOM)).statusCode).toBe(403);
    // The town's office does not see the county nor the other town: they do not exist for it.
    expect((await townOffice.put(`/api/v1/regions/${tree.county.code}/risk-settings`, CUSTOM)).statusCode).toBe(404);
    expect((await townOffice.put(`/api/v1/regions/${tree.towns[0].code}/risk-settings`, CUSTOM)).statusCode).toBe(404);
    expect((await townOffice.get(`/api/v1/regions/${tree.county.code}/risk-settings`)).statusCode).toBe(404);
    expect((await office.put(`/api/v1/regions/${tree.province.code}/risk-settings`, CUSTOM)).statusCode).toBe(404);
    expect(await rowsOf(tree.towns[0].code)).toBe(0);
  });
});

describe('grading with the region’s settings (domain-reference.md §4.2)', () => {
  it('grades new events under the custom LEC thresholds; events graded before keep their level', async () => {
    // A tree of its own: its county's settings start at the defaults.
    const own = await makeTree(t);
    const scope = { kind: 'region' as const, regionCode: own.county.code };
    const [setter, keeper] = await Promise.all([
      makeAccount(t, { roles: ['safety_office'], scope }),
      makeAccount(t, { roles: ['admin'], scope }),
    ]);
    const firm = await makeEnterprise(t, { regionCode: own.villages[0].code, gridCode: own.grids[0].code });
    const unit = (
      await keeper.post(`/api/v1/enterprises/${firm.id}/risk-units`, {
        objectName: '罐区',
        name: '2 号罐',
        kind: 'facility',
      })
    ).json();
    const addEvent = async (name: string, l: number, e: number, c: number) => {
      const res = await keeper.post(`/api/v1/risk-units/${unit.id}/events`, {
        name,
        inherent: { method: 'lec', l, e, c },
      });
      expect(res.statusCode, res.body).toBe(201);
      return res.json();
    };
    // D = 1 × 10 × 40 = 400: under the defaults D ≥ 320 is 重大 (§4.2).
    expect((await addEvent('before', 1, 10, 40)).inherentLevel).toBe('major');

    expect((await setter.put(`/api/v1/regions/${own.county.code}/risk-settings`, CUSTOM)).statusCode).toBe(200);
    // Under the county's thresholds 400 falls between 300 and 500: 较大. D = 10 × 2 × 15 = 300 sits on the 较大
    // threshold, and the county puts a boundary score in the band below: 一般. D = 540 is still 重大.
    expect((await addEvent('after', 1, 10, 40)).inherentLevel).toBe('large');
    expect((await addEvent('boundary', 10, 2, 15)).inherentLevel).toBe('ordinary');
    expect((await addEvent('high', 6, 6, 15)).inherentLevel).toBe('major');

    const reg = (await keeper.get(`/api/v1/enterprises/${firm.id}/risk-register`)).json();
    const levels = Object.fromEntries(
      reg.units[0].events.map((e: { name: string; level: string }) => [e.name, e.level]),
    );
    expect(levels).toEqual({ before: 'major', after: 'large', boundary: 'ordinary', high: 'major' });
    // The register's control levels follow the region's mapping (§4.4): 重大 by the company and every level below.
    expect(reg.units[0].controlLevels).toEqual(['company', 'workshop', 'team', 'post']);
    // The enterprise's own account cannot read its county (outside its scope), so the register tells its forms the
    // grading in force, and where it comes from.
    const ownAccount = await makeAccount(t, {
      roles: ['enterprise_user'],
      scope: { kind: 'enterprise', enterpriseId: firm.id },
    });
    expect((await ownAccount.get(`/api/v1/regions/${own.county.code}/risk-settings`)).statusCode).toBe(404);
    const seen = (await ownAccount.get(`/api/v1/enterprises/${firm.id}/risk-register`)).json();
    expect(seen.grading).toMatchObject({
      lec: CUSTOM.lec,
      matrix: CUSTOM.matrix,
      from: own.county.code,
      fromName: own.county.name,
    });

    const settings = await settingsOf(admin, tree.county.code);
    expect(settings.from).toBe(tree.county.code); // the other tree's settings are its own
  });

  it('controls a unit at the level the region maps its risk to', async () => {
    const firm = await makeEnterprise(t, { regionCode: tree.villages[0].code, gridCode: tree.grids[0].code });
    const unit = (
      await admin.post(`/api/v1/enterprises/${firm.id}/risk-units`, {
        objectName: '罐区',
        name: '3 号罐',
        kind: 'facility',
      })
    ).json();
    // R = 3 × 4 = 12: 较大 under the county's matrix thresholds (12 ≥ 12), which the county controls at company level.
    const event = await admin.post(`/api/v1/risk-units/${unit.id}/events`, {
      name: '泄漏',
      inherent: { method: 'matrix', likelihood: 3, severity: 4 },
    });
    expect(event.json().inherentLevel).toBe('large');
    const reg = (await admin.get(`/api/v1/enterprises/${firm.id}/risk-register`)).json();
    expect(reg.units[0]).toMatchObject({ level: 'large', controlLevels: ['company', 'workshop', 'team', 'post'] });
  });
});
