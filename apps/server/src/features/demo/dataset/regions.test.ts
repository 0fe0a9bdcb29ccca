import { townTypeOf, validateRegionCode } from '@redline/domain';
import { describe, expect, it } from 'vitest';
import { DEMO_CITY_CODE, DEMO_PROVINCE_CODE, type DemoRegion, findRegion, findTown, grids, regions } from './regions';

const byLevel = (level: DemoRegion['level']): DemoRegion[] => regions.filter((region) => region.level === level);
const childrenOf = (code: string): DemoRegion[] => regions.filter((region) => region.parentCode === code);

describe('demo regions', () => {
  it('has one province (山西省) and one city (晋城市) with the real GB/T 2260 codes', () => {
    expect(byLevel('province')).toEqual([{ code: '140000', name: '山西省', level: 'province', parentCode: null }]);
    expect(byLevel('city')).toEqual([{ code: '140500', name: '晋城市', level: 'city', parentCode: '140000' }]);
    expect([DEMO_PROVINCE_CODE, DEMO_CITY_CODE]).toEqual(['140000', '140500']);
  });

  it('has the six counties and the development zone under the city', () => {
    const counties = byLevel('county');
    expect(counties.map((county) => `${county.code} ${county.name}`)).toEqual([
      '140502 城区',
      '140521 沁水县',
      '140522 阳城县',
      '140524 陵川县',
      '140525 泽州县',
      '140581 高平市',
      '140571 晋城经济技术开发区',
    ]);
    expect(counties.every((county) => county.parentCode === DEMO_CITY_CODE)).toBe(true);
    expect(counties.filter((county) => county.isDevelopmentZone).map((county) => county.code)).toEqual(['140571']);
  });

  it('gives every code the shape of its level', () => {
    const shapes: Record<DemoRegion['level'], RegExp> = {
      province: /^\d{2}0000$/,
      city: /^\d{4}00$/,
      county: /^\d{6}$/,
      town: /^\d{9}$/,
      village: /^\d{12}$/,
    };
    for (const region of regions) {
      expect(region.code, region.name).toMatch(shapes[region.level]);
      expect(validateRegionCode(region.code, region.level).ok, region.code).toBe(true);
    }
  });

  it('lists unique codes, parents before children, each child code extending its parent', () => {
    const seen = new Set<string>();
    for (const region of regions) {
      expect(seen.has(region.code), region.code).toBe(false);
      if (region.parentCode !== null) {
        expect(seen.has(region.parentCode), `${region.code} after its parent`).toBe(true);
        if (region.level === 'town' || region.level === 'village') {
          expect(region.code.startsWith(region.parentCode)).toBe(true);
        }
      }
      seen.add(region.code);
    }
  });

  it('names towns by their GB/T 10114 type digit: 0xx 街道, 1xx 镇, 2xx 乡', () => {
    const suffix = { subdistrict: '街道', town: '镇', township: '乡' } as const;
    for (const town of byLevel('town')) {
      const type = townTypeOf(town.code);
      expect(type === 'subdistrict' || type === 'town' || type === 'township', town.code).toBe(true);
      if (type === 'subdistrict' || type === 'town' || type === 'township')
        expect(town.name.endsWith(suffix[type])).toBe(true);
    }
  });

  it('numbers communities 001–199 and villages 200–399', () => {
    for (const village of byLevel('village')) {
      const n = Number(village.code.slice(9));
      if (village.name.endsWith('社区')) expect(n >= 1 && n <= 199, village.code).toBe(true);
      else expect(village.name.endsWith('村') && n >= 200 && n <= 399, village.code).toBe(true);
    }
  });

  it('has 3–5 towns per county-level region and 2–4 villages per town', () => {
    for (const county of byLevel('county')) expect(childrenOf(county.code).length).toBeGreaterThanOrEqual(3);
    for (const county of byLevel('county')) expect(childrenOf(county.code).length).toBeLessThanOrEqual(5);
    for (const town of byLevel('town')) {
      expect([2, 3, 4], town.name).toContain(childrenOf(town.code).length);
    }
  });

  it('finds regions and towns by code', () => {
    expect(findRegion('140525108')?.name).toBe('巴公镇');
    expect(findTown('140525108')?.county.name).toBe('泽州县');
    expect(findRegion('999999')).toBeUndefined();
    expect(findTown('140525')).toBeUndefined();
  });
});

describe('demo grids', () => {
  it('places 1–3 grids in every village, each with a unique `<village>-NN` code', () => {
    const codes = new Set(grids.map((grid) => grid.code));
    expect(codes.size).toBe(grids.length);
    for (const village of byLevel('village')) {
      const own = grids.filter((grid) => grid.villageCode === village.code);
      expect(own.length).toBeGreaterThanOrEqual(1);
      expect(own.length).toBeLessThanOrEqual(3);
      own.forEach((grid, index) => {
        expect(grid.code).toBe(`${village.code}-${String(index + 1).padStart(2, '0')}`);
        expect(grid.name).toBe(`${village.name}第${index + 1}网格`);
      });
    }
  });

  it('refers only to existing villages', () => {
    for (const grid of grids) expect(findRegion(grid.villageCode)?.level, grid.code).toBe('village');
  });
});
