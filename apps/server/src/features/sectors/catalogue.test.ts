import { describe, expect, it } from 'vitest';
import { childSectorCodes, isSectorCode, SECTOR_CATALOGUE } from './catalogue';

describe('SECTOR_CATALOGUE', () => {
  it('has unique snake_case codes', () => {
    const codes = SECTOR_CATALOGUE.map((sector) => sector.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of codes) expect(code).toMatch(/^[a-z][a-z0-9_]{1,63}$/);
  });

  it('has unique sort orders and non-empty names in both languages', () => {
    expect(new Set(SECTOR_CATALOGUE.map((sector) => sector.sortOrder)).size).toBe(SECTOR_CATALOGUE.length);
    for (const sector of SECTOR_CATALOGUE) {
      expect(sector.nameZh.length).toBeGreaterThan(0);
      expect(sector.nameEn.length).toBeGreaterThan(0);
    }
  });

  it('lists every parent before its children, one level deep', () => {
    const seen = new Set<string>();
    for (const sector of SECTOR_CATALOGUE) {
      if (sector.parentCode !== undefined) {
        expect(seen.has(sector.parentCode)).toBe(true);
        const parent = SECTOR_CATALOGUE.find((candidate) => candidate.code === sector.parentCode);
        expect(parent?.parentCode).toBeUndefined();
      }
      seen.add(sector.code);
    }
  });

  it('groups the eight 工贸 sub-sectors under industry_trade', () => {
    expect(childSectorCodes('industry_trade')).toEqual([
      'metallurgy',
      'non_ferrous',
      'building_materials',
      'machinery',
      'light_industry',
      'textiles',
      'tobacco',
      'commerce',
    ]);
    expect(childSectorCodes('coal_mine')).toEqual([]);
  });

  it('recognises catalogue codes only', () => {
    expect(isSectorCode('coal_mine')).toBe(true);
    expect(isSectorCode('urban_gas')).toBe(true);
    expect(isSectorCode('coal')).toBe(false);
  });
});
