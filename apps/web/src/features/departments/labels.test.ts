import type { TSector } from '@redline/contracts';
import { describe, expect, it } from 'vitest';
import { sectorName, sectorOptions } from './labels';

const sector = (code: string, nameZh: string, extra: Partial<TSector> = {}): TSector => ({
  code,
  nameZh,
  nameEn: code.toUpperCase(),
  parentCode: null,
  sortOrder: 0,
  active: true,
  ...extra,
});
const sectors = [
  sector('industry_trade', '工贸'),
  sector('metallurgy', '冶金', { parentCode: 'industry_trade' }),
  sector('school_bus', '校车', { active: false }),
];

describe('sectorOptions', () => {
  it('offers the active sectors in order, a sub-sector with its parent', () => {
    expect(sectorOptions(sectors, 'zh-CN')).toEqual([
      { value: 'industry_trade', label: '工贸' },
      { value: 'metallurgy', label: '冶金 · 工贸' },
    ]);
    expect(sectorOptions(sectors, 'en').map((o) => o.label)).toEqual(['INDUSTRY_TRADE', 'METALLURGY · INDUSTRY_TRADE']);
  });

  it('offers nothing while the catalogue loads', () => {
    expect(sectorOptions(undefined, 'zh-CN')).toEqual([]);
  });
});

describe('sectorName', () => {
  it('names a sector in the current language and shows an unknown code as itself', () => {
    expect(sectorName('school_bus', sectors, 'zh-CN')).toBe('校车');
    expect(sectorName('school_bus', sectors, 'en')).toBe('SCHOOL_BUS');
    expect(sectorName('mystery', sectors, 'zh-CN')).toBe('mystery');
  });
});
