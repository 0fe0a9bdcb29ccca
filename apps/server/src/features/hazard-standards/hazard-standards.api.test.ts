import { HAZARD_STANDARDS } from '@redline/domain';
import { beforeAll, describe, expect, it } from 'vitest';
import { ApiClient } from '../../../test/api-client';
import { makeAccount, makeTree, type TestApp, testApp } from '../../../test/harness';
import { SECTOR_CATALOGUE } from '../sectors/catalogue';

// The catalogue of domain-reference §3 (major-hazard determination standards), served to pick a determination basis.

let t: TestApp;
let grid: Awaited<ReturnType<typeof makeAccount>>;

beforeAll(async () => {
  t = await testApp();
  const tree = await makeTree(t);
  grid = await makeAccount(t, {
    roles: ['grid_worker'],
    scope: { kind: 'region', regionCode: tree.villages[0]!.code },
  });
});

describe('GET /hazard-standards', () => {
  it('answers the whole catalogue to any signed-in account, each standard with its criteria', async () => {
    const res = await grid.get('/api/v1/hazard-standards');
    expect(res.statusCode).toBe(200);
    const list: Array<{ code: string; criteria: Array<{ article: string; zh: string; en: string }> }> = res.json();
    expect(list.map((s) => s.code)).toEqual(HAZARD_STANDARDS.map((s) => s.code));
    expect(list.find((s) => s.code === 'coal_mine_2020')).toMatchObject({
      title: '《煤矿重大事故隐患判定标准》',
      documentNumber: '应急管理部令第4号',
      inForce: '2021-01-01',
      sectorCodes: ['coal_mine'],
    });
    for (const standard of list) expect(standard.criteria.length, standard.code).toBeGreaterThanOrEqual(3);
  });

  it('names only sectors of the sector catalogue', () => {
    const sectors = new Set(SECTOR_CATALOGUE.map((s) => s.code));
    for (const standard of HAZARD_STANDARDS) {
      for (const code of standard.sectorCodes) expect(sectors.has(code), `${standard.code}: ${code}`).toBe(true);
    }
  });

  it('filters by sector, with the standards that prevail for hazchem, fire, gas and special equipment (§3)', async () => {
    const res = await grid.get('/api/v1/hazard-standards?sector=metallurgy');
    expect(res.statusCode).toBe(200);
    expect(res.json().map((s: { code: string }) => s.code)).toEqual([
      'industry_trade_2023',
      'hazardous_chemicals_2017',
      'urban_gas_2023',
      'fire_gb35181_2025',
      'special_equipment_gb45067_2024',
    ]);
    const none = await grid.get('/api/v1/hazard-standards?sector=fishing_vessels');
    expect(none.statusCode).toBe(200);
    expect(none.json()).toEqual([]);
  });

  it('refuses a malformed sector and unknown parameters with REQUEST.VALIDATION', async () => {
    for (const url of ['/api/v1/hazard-standards?sector=Coal%20Mine', '/api/v1/hazard-standards?page=2']) {
      const res = await grid.get(url);
      expect(res.statusCode, url).toBe(400);
      expect(res.json().code, url).toBe('REQUEST.VALIDATION');
    }
  });

  it('needs a signed-in account', async () => {
    const res = await new ApiClient(t.app).get('/api/v1/hazard-standards');
    expect(res.statusCode).toBe(401);
    expect(res.json().code).toBe('AUTH.REQUIRED');
  });
});
