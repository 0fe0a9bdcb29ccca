import { validateUscc } from '@redline/domain';
import { describe, expect, it } from 'vitest';
import { childSectorCodes, isSectorCode } from '../../sectors/catalogue';
import { JINCHENG_BOUNDS } from './enterprise-location';
import { generateEnterprises } from './enterprises';
import { findRegion, grids } from './regions';

const CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** GB 32100 check character, recomputed independently of the code under test. */
function expectedCheck(first17: string): string {
  const sum = [...first17].reduce((acc, char, i) => acc + CHARSET.indexOf(char) * (WEIGHTS[i] ?? 0), 0);
  return CHARSET.charAt((31 - (sum % 31)) % 31);
}

/** GB/T 4754-2017 divisions (section + 2 digits) that fit each primary sector. */
const DIVISIONS: Record<string, string[]> = {
  coal_mine: ['B06'],
  non_coal_mine: ['B08', 'B10'],
  hazardous_chemicals: ['C25', 'C26', 'F51', 'F52'],
  fireworks: ['C26', 'F51'],
  urban_gas: ['D45'],
  road_transport: ['G54'],
  waterway_transport: ['G55'],
  construction: ['E47', 'E48'],
  special_equipment: ['C34', 'E49'],
  metallurgy: ['C31'],
  non_ferrous: ['C32'],
  building_materials: ['C30'],
  machinery: ['C33', 'C34', 'C35'],
  light_industry: ['C13', 'C14', 'C15', 'C22'],
  textiles: ['C17', 'C18'],
  tobacco: ['C16'],
  commerce: ['F52', 'G59'],
  crowded_places: ['H61', 'H62', 'Q84', 'R90'],
  tourist_sites: ['N78', 'R90'],
  school_bus: ['G54'],
  forest_fire: ['A02'],
  civil_explosives: ['B11', 'C26'],
  electric_power: ['D44'],
  fishing_vessels: ['A04'],
  agricultural_machinery: ['A05'],
};

const enterprises = generateEnterprises();
const gridsByCode = new Map(grids.map((grid) => [grid.code, grid]));

describe('generateEnterprises', () => {
  it('is deterministic for a seed, differs across seeds, and a shorter run is a prefix', () => {
    expect(generateEnterprises()).toEqual(enterprises);
    expect(generateEnterprises(500, 20261122)).toEqual(enterprises);
    expect(generateEnterprises(20)).toEqual(enterprises.slice(0, 20));
    expect(generateEnterprises(20, 1)).not.toEqual(enterprises.slice(0, 20));
  });

  it('returns 500 enterprises with unique, valid credit codes of their county', () => {
    expect(enterprises).toHaveLength(500);
    expect(new Set(enterprises.map((e) => e.uscc)).size).toBe(500);
    for (const { uscc, regionCode } of enterprises) {
      expect(uscc).toMatch(/^91\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/);
      expect(uscc.slice(2, 8)).toBe(regionCode.slice(0, 6));
      expect(uscc.charAt(17), uscc).toBe(expectedCheck(uscc.slice(0, 17)));
      expect(validateUscc(uscc)).toEqual({ ok: true, value: uscc });
    }
  });

  it('gives unique names that carry the sector-specific suffix and a local prefix', () => {
    expect(new Set(enterprises.map((e) => e.name)).size).toBe(500);
    for (const { name } of enterprises)
      expect(name).toMatch(/^(晋城市|沁水县|阳城县|陵川县|泽州县|高平市)\S+(有限公司|医院)$/);
  });

  it('places each enterprise in an existing town or county, and its grid inside that region', () => {
    for (const e of enterprises) {
      const level = findRegion(e.regionCode)?.level;
      expect(level === 'town' || level === 'county', e.regionCode).toBe(true);
      if (e.gridCode === null) continue;
      expect(level).toBe('town');
      const grid = gridsByCode.get(e.gridCode);
      expect(grid, e.gridCode).toBeDefined();
      expect(findRegion(grid?.villageCode ?? '')?.parentCode).toBe(e.regionCode);
      expect(e.address).toContain(findRegion(grid?.villageCode ?? '')?.name ?? '?');
    }
    expect(enterprises.filter((e) => e.gridCode !== null).length).toBeGreaterThan(350);
  });

  it('keeps mines and heavy industry out of urban sub-districts, and hotels and shops out of county parks', () => {
    const rural = ['coal_mine', 'non_coal_mine', 'metallurgy', 'building_materials', 'civil_explosives', 'fireworks'];
    for (const e of enterprises.filter((x) => rural.includes(x.sectorCodes[0] ?? ''))) {
      expect(findRegion(e.regionCode)?.name.endsWith('街道'), e.name).toBe(false);
    }
    for (const e of enterprises.filter((x) => x.sectorCodes[0] === 'crowded_places')) {
      expect(findRegion(e.regionCode)?.level, e.name).toBe('town');
    }
  });

  it('puts coordinates inside 晋城市', () => {
    for (const { lng, lat } of enterprises) {
      expect(lng).toBeGreaterThanOrEqual(JINCHENG_BOUNDS.minLng);
      expect(lng).toBeLessThanOrEqual(JINCHENG_BOUNDS.maxLng);
      expect(lat).toBeGreaterThanOrEqual(JINCHENG_BOUNDS.minLat);
      expect(lat).toBeLessThanOrEqual(JINCHENG_BOUNDS.maxLat);
    }
  });

  it('uses 1–2 catalogue sectors and an industry class that fits the primary one', () => {
    for (const { sectorCodes, industryCode, name } of enterprises) {
      expect(sectorCodes.length === 1 || sectorCodes.length === 2).toBe(true);
      expect(new Set(sectorCodes).size).toBe(sectorCodes.length);
      for (const code of sectorCodes) expect(isSectorCode(code), code).toBe(true);
      expect(industryCode).toMatch(/^[A-T]\d{4}$/);
      expect(DIVISIONS[sectorCodes[0] ?? '']?.includes(industryCode?.slice(0, 3) ?? ''), name).toBe(true);
    }
  });

  it('covers every county-level region and the main sectors of the city', () => {
    const counties = new Set(enterprises.map((e) => e.regionCode.slice(0, 6)));
    expect([...counties].sort()).toEqual(['140502', '140521', '140522', '140524', '140525', '140571', '140581']);
    const primaries = new Set(enterprises.map((e) => e.sectorCodes[0]));
    for (const code of ['coal_mine', 'hazardous_chemicals', 'construction', 'road_transport', 'urban_gas']) {
      expect(primaries.has(code), code).toBe(true);
    }
    expect(childSectorCodes('industry_trade').some((code) => primaries.has(code))).toBe(true);
  });

  it('fills people, mobiles, size, status and tags plausibly', () => {
    for (const e of enterprises) {
      expect(e.principalName).toMatch(/^\p{Script=Han}{2,3}$/u);
      expect(e.safetyManagerName).not.toBe(e.principalName);
      expect(e.principalMobile).toMatch(/^1[358]\d{9}$/);
      expect(e.safetyManagerMobile).toMatch(/^1[358]\d{9}$/);
      expect(Number.isInteger(e.employees) && e.employees > 0).toBe(true);
      expect(e.address.startsWith('山西省晋城市')).toBe(true);
      for (const tag of e.tags) {
        expect(['above_designated_size', 'major_hazard_source', 'key_supervision', 'small_micro']).toContain(tag);
      }
      if (e.tags.includes('small_micro')) expect(e.employees).toBeLessThan(300);
    }
    const operating = enterprises.filter((e) => e.status === 'operating').length;
    expect(operating).toBeGreaterThan(425);
    expect(enterprises.some((e) => e.status === 'suspended')).toBe(true);
  });
});
