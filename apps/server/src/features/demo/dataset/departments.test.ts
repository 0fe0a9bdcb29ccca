import { describe, expect, it } from 'vitest';
import { isSectorCode, SECTOR_CATALOGUE } from '../../sectors/catalogue';
import { departmentKey, departments, sectorDuties, sectorsOfDepartment } from './departments';
import { findRegion, regions } from './regions';

const departmentKeys = new Set(departments.map((department) => department.key));
const regionOf = (key: string): string | undefined => departments.find((d) => d.key === key)?.regionCode;
const supervisors = (regionCode: string, sectorCode: string): string[] =>
  sectorDuties
    .filter((duty) => duty.sectorCode === sectorCode && regionOf(duty.departmentKey) === regionCode)
    .map((duty) => departments.find((department) => department.key === duty.departmentKey)?.name ?? '?');

describe('demo departments', () => {
  it('have unique keys and sit in the city or a county-level region that exists', () => {
    expect(departmentKeys.size).toBe(departments.length);
    for (const department of departments) {
      const level = findRegion(department.regionCode)?.level;
      expect(level === 'city' || level === 'county', department.key).toBe(true);
      expect(department.key.startsWith(`${department.regionCode}-`)).toBe(true);
    }
  });

  it('give the city and every county-level region exactly one 安委办', () => {
    const withOffice = regions.filter((region) => region.level === 'city' || region.level === 'county');
    for (const region of withOffice) {
      const offices = departments.filter((d) => d.regionCode === region.code && d.kind === 'safety_committee_office');
      expect(offices.length, region.name).toBe(1);
    }
  });

  it('use the real naming of district, county and zone units', () => {
    const names = new Set(departments.map((department) => department.name));
    for (const name of [
      '晋城市应急管理局',
      '晋城市消防救援支队',
      '泽州县消防救援大队',
      '晋城市城区应急管理局',
      '晋城市公安局城区分局',
      '高平市能源局',
      '晋城市市场监督管理局经济技术开发区分局',
      '晋城市安全生产委员会办公室',
    ]) {
      expect(names.has(name), name).toBe(true);
    }
  });
});

describe('sector duty map (三管三必须)', () => {
  it('references existing departments and catalogue sectors, without duplicates', () => {
    const lines = new Set<string>();
    for (const duty of sectorDuties) {
      expect(departmentKeys.has(duty.departmentKey), duty.departmentKey).toBe(true);
      expect(isSectorCode(duty.sectorCode), duty.sectorCode).toBe(true);
      lines.add(`${duty.departmentKey}|${duty.sectorCode}`);
    }
    expect(lines.size).toBe(sectorDuties.length);
  });

  it('gives every catalogue sector a supervising department at city level', () => {
    for (const sector of SECTOR_CATALOGUE)
      expect(supervisors('140500', sector.code).length, sector.code).toBeGreaterThan(0);
  });

  it('assigns sectors to the departments that supervise them in practice', () => {
    expect(supervisors('140525', 'hazardous_chemicals')).toEqual(['泽州县应急管理局']);
    expect(supervisors('140525', 'industry_trade')).toEqual(['泽州县应急管理局']);
    expect(supervisors('140525', 'metallurgy')).toEqual(['泽州县应急管理局']);
    expect(supervisors('140525', 'coal_mine')).toEqual(['泽州县能源局']);
    expect(supervisors('140525', 'construction')).toEqual(['泽州县住房和城乡建设局']);
    expect(supervisors('140525', 'urban_gas')).toEqual(['泽州县住房和城乡建设局']);
    expect(supervisors('140525', 'road_transport')).toEqual(['泽州县交通运输局']);
    expect(supervisors('140525', 'special_equipment')).toEqual(['泽州县市场监督管理局']);
    expect(supervisors('140525', 'fire_safety')).toEqual(['泽州县消防救援大队']);
    expect(supervisors('140525', 'school_bus')).toEqual(['泽州县公安局', '泽州县教育局']);
    expect(supervisors('140500', 'civil_explosives')).toEqual(['晋城市公安局', '晋城市工业和信息化局']);
  });

  it('keeps the 安委办 free of sector duties (it coordinates)', () => {
    for (const department of departments.filter((d) => d.kind === 'safety_committee_office')) {
      expect(sectorsOfDepartment(department.key)).toEqual([]);
    }
  });

  it('leaves the development zone a slim set; the city covers the rest', () => {
    expect(supervisors('140571', 'hazardous_chemicals')).toEqual(['晋城经济技术开发区应急管理局']);
    expect(supervisors('140571', 'road_transport')).toEqual([]);
    expect(departmentKey('140571', 'energy')).toBe('140571-energy');
    expect(departmentKeys.has('140571-energy')).toBe(false);
  });
});
