import type { TSector, TSectorDuty } from '@redline/contracts';
import { describe, expect, it } from 'vitest';
import { dutyRows, inheritedRegions, regionLevelOf } from './duty-map';

const sector = (code: string, active = true, parentCode: string | null = null): TSector => ({
  code,
  nameZh: code,
  nameEn: code,
  parentCode,
  sortOrder: 0,
  active,
});
const duty = (sectorCode: string, departmentId: string, regionCode: string): TSectorDuty => ({
  sectorCode,
  departmentId,
  departmentName: `dept ${departmentId}`,
  regionCode,
});

const sectors = [sector('coal_mine'), sector('fireworks'), sector('metallurgy', true, 'industry_trade')];

describe('dutyRows', () => {
  it('lists every active sector in catalogue order, with a gap where nobody supervises it', () => {
    const rows = dutyRows(sectors, [duty('fireworks', 'd1', '140525')], '140525');
    expect(rows.map((r) => r.sectorCode)).toEqual(['coal_mine', 'fireworks', 'metallurgy']);
    expect(rows[0]).toEqual({
      sectorCode: 'coal_mine',
      parentCode: null,
      departments: [],
      heldAt: null,
      inherited: false,
    });
    expect(rows[1]).toMatchObject({ departments: [{ id: 'd1', name: 'dept d1' }], heldAt: '140525', inherited: false });
    expect(rows[2]?.parentCode).toBe('industry_trade');
  });

  it('marks a duty held by a region above as inherited and keeps every department of that level', () => {
    const duties = [duty('coal_mine', 'd1', '140500'), duty('coal_mine', 'd2', '140500')];
    const [coal] = dutyRows(sectors, duties, '140571');
    expect(coal).toMatchObject({ heldAt: '140500', inherited: true });
    expect(coal?.departments.map((d) => d.id)).toEqual(['d1', 'd2']);
  });

  it('keeps an inactive sector only while it still has a duty, and a sector missing from the catalogue last', () => {
    const withInactive = [...sectors, sector('school_bus', false), sector('forest_fire', false)];
    const duties = [duty('school_bus', 'd3', '140525'), duty('mystery', 'd4', '140525')];
    const codes = dutyRows(withInactive, duties, '140525').map((r) => r.sectorCode);
    expect(codes).toEqual(['coal_mine', 'fireworks', 'metallurgy', 'school_bus', 'mystery']);
  });

  it('lists each department once even when the answer repeats it', () => {
    const [, fireworks] = dutyRows(
      sectors,
      [duty('fireworks', 'd1', '140525'), duty('fireworks', 'd1', '140525')],
      '140525',
    );
    expect(fireworks?.departments).toHaveLength(1);
  });
});

describe('inheritedRegions', () => {
  it('names each region above once', () => {
    const duties = [
      duty('coal_mine', 'd1', '140500'),
      duty('fireworks', 'd2', '140500'),
      duty('metallurgy', 'd3', '140571'),
    ];
    expect(inheritedRegions(dutyRows(sectors, duties, '140571'))).toEqual(['140500']);
  });
});

describe('regionLevelOf', () => {
  it('reads the level from the shape of the code', () => {
    expect(regionLevelOf('140000')).toBe('province');
    expect(regionLevelOf('140500')).toBe('city');
    expect(regionLevelOf('140525')).toBe('county');
    expect(regionLevelOf('140525108')).toBe('town');
    expect(regionLevelOf('140525108001')).toBe('village');
    expect(regionLevelOf('14')).toBeNull();
  });
});
