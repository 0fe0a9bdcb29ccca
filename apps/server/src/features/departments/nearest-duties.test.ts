import { describe, expect, it } from 'vitest';
import { pathCodes, pickNearestDuties } from './nearest-duties';

const duty = (sectorCode: string, depth: number, departmentId: string) => ({ sectorCode, depth, departmentId });

describe('pickNearestDuties', () => {
  it('keeps the duty at the nearest level above the region for each sector', () => {
    const picked = pickNearestDuties([
      duty('coal_mine', 1, 'city-energy'),
      duty('coal_mine', 2, 'county-energy'),
      duty('fireworks', 1, 'city-emergency'),
    ]);
    expect(picked.map((d) => d.departmentId)).toEqual(['county-energy', 'city-emergency']);
  });

  it('falls back to a higher level when the nearer levels have no duty for the sector', () => {
    const picked = pickNearestDuties([duty('urban_gas', 0, 'province-housing'), duty('coal_mine', 3, 'town-office')]);
    expect(picked.map((d) => d.departmentId)).toEqual(['province-housing', 'town-office']);
  });

  it('keeps every department that shares the nearest level', () => {
    const picked = pickNearestDuties([
      duty('fire_safety', 2, 'county-fire'),
      duty('fire_safety', 2, 'county-emergency'),
      duty('fire_safety', 1, 'city-fire'),
    ]);
    expect(picked.map((d) => d.departmentId)).toEqual(['county-fire', 'county-emergency']);
  });

  it('answers nothing when no level has a duty', () => {
    expect(pickNearestDuties([])).toEqual([]);
  });
});

describe('pathCodes', () => {
  it('lists the codes of a region path root first', () => {
    expect(pathCodes('/140000/140500/140525/')).toEqual(['140000', '140500', '140525']);
  });
});
