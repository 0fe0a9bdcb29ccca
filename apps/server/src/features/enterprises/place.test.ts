import { describe, expect, it } from 'vitest';
import type { Actor, ActorScope } from '../scope/actor';
import { checkEnterprisePlace, isEnterpriseInScope } from './place';

const regions = new Map([
  ['140525', { code: '140525', name: '泽州县', path: '/140000/140500/140525/' }],
  ['140525100', { code: '140525100', name: '南村镇', path: '/140000/140500/140525/140525100/' }],
  ['140525101', { code: '140525101', name: '北义城镇', path: '/140000/140500/140525/140525101/' }],
]);
const grids = new Map([['G-1', { code: 'G-1', regionPath: '/140000/140500/140525/140525100/140525100201/' }]]);
const lookup = {
  region: (c: string) => regions.get(c),
  grid: (c: string) => grids.get(c),
  hasSector: (c: string) => c !== 'nope',
};
const actor = (scope: ActorScope): Actor => ({
  accountId: 'a',
  username: 'u',
  displayName: 'U',
  roles: ['admin'],
  departmentId: null,
  scope,
  via: 'session',
});

describe('checkEnterprisePlace', () => {
  it('accepts a grid anywhere below the region', () => {
    expect(
      checkEnterprisePlace({ regionCode: '140525', gridCode: 'G-1', sectorCodes: ['a'] }, lookup).problems,
    ).toEqual([]);
  });

  it('names each problem by field: unknown region, grid outside the region, unknown sector by position', () => {
    expect(
      checkEnterprisePlace({ regionCode: '140525101', gridCode: 'G-1', sectorCodes: ['a', 'nope'] }, lookup).problems,
    ).toEqual([
      { path: 'gridCode', code: 'ENTERPRISE.GRID_OUTSIDE_REGION' },
      { path: 'sectorCodes.1', code: 'VALIDATION.UNKNOWN_REFERENCE' },
    ]);
    expect(checkEnterprisePlace({ regionCode: '999999', gridCode: 'X', sectorCodes: [] }, lookup).problems).toEqual([
      { path: 'regionCode', code: 'VALIDATION.UNKNOWN_REFERENCE' },
      { path: 'gridCode', code: 'VALIDATION.UNKNOWN_REFERENCE' },
    ]);
  });
});

describe('isEnterpriseInScope', () => {
  const place = { regionPath: '/140000/140500/140525/140525100/', gridCode: 'G-1', sectorCodes: ['fireworks'] };
  it('follows the region, sector, grid and enterprise scopes', () => {
    const region = (regionPath: string, sectorCodes: string[] = []) =>
      actor({ kind: 'region', regionCode: 'x', regionPath, sectorCodes });
    expect(isEnterpriseInScope(region('/140000/140500/140525/'), place)).toBe(true);
    expect(isEnterpriseInScope(region('/140000/140500/140525/140525101/'), place)).toBe(false);
    expect(isEnterpriseInScope(region('/140000/', ['fireworks', 'coal_mine']), place)).toBe(true);
    expect(isEnterpriseInScope(region('/140000/', ['coal_mine']), place)).toBe(false);
    const gridScope = (gridCodes: string[]) => actor({ kind: 'grids', gridCodes, villageCodes: [], villagePaths: [] });
    expect(isEnterpriseInScope(gridScope(['G-1']), place)).toBe(true);
    expect(isEnterpriseInScope(gridScope(['G-2']), place)).toBe(false);
    expect(isEnterpriseInScope(gridScope(['G-1']), { ...place, gridCode: null })).toBe(false);
  });
});
