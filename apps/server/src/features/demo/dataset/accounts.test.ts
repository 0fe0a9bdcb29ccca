import { checkPassword } from '@redline/domain';
import { describe, expect, it } from 'vitest';
import { isSectorCode } from '../../sectors/catalogue';
import {
  DEMO_PASSWORD,
  DEMO_TOWN_CODE,
  demoAccounts,
  demoEnterprises,
  demoEnterpriseUscc,
  demoGridCodes,
} from './accounts';
import { departmentKey, departments, sectorsOfDepartment } from './departments';
import { findRegion, grids } from './regions';

const ROLES = [
  'admin',
  'leader',
  'safety_office',
  'inspector',
  'town_officer',
  'grid_worker',
  'enterprise_user',
  'expert',
];
const gridsByCode = new Map(grids.map((grid) => [grid.code, grid]));
const account = (username: string) => demoAccounts.find((candidate) => candidate.username === username);

/** ≥ 8 characters with at least 3 of: lower case, upper case, digit, symbol. */
function meetsPolicy(password: string): boolean {
  const classes = [/[a-z]/, /[A-Z]/, /\d/, /[^A-Za-z0-9]/].filter((pattern) => pattern.test(password)).length;
  return password.length >= 8 && classes >= 3;
}

describe('demoAccounts', () => {
  it('has exactly one account per role, with simple unique usernames', () => {
    expect(demoAccounts.flatMap((a) => a.roles).sort()).toEqual([...ROLES].sort());
    expect(demoAccounts.map((a) => a.username)).toEqual([
      'admin',
      'leader',
      'safety',
      'inspector',
      'town',
      'grid',
      'enterprise',
      'expert',
    ]);
    for (const a of demoAccounts) expect(a.username).toMatch(/^[a-zA-Z][a-zA-Z0-9_.-]{2,31}$/);
  });

  it('uses passwords that meet the policy (≥ 8 characters, 3 of 4 classes)', () => {
    expect(meetsPolicy('password')).toBe(false);
    for (const a of demoAccounts) {
      expect(a.password).toBe(DEMO_PASSWORD);
      expect(meetsPolicy(a.password), a.username).toBe(true);
      expect(checkPassword(a.password, undefined, { username: a.username }).ok, a.username).toBe(true);
    }
  });

  it('gives valid mobile numbers and display names', () => {
    for (const a of demoAccounts) {
      expect(a.mobile).toMatch(/^1[3-9]\d{9}$/);
      expect(a.displayName.length).toBeGreaterThan(0);
    }
  });

  it('scopes every account to existing regions, sectors, grids or enterprises', () => {
    const usccs = new Set(demoEnterprises.map((e) => e.uscc));
    for (const { scope, username } of demoAccounts) {
      if (scope.kind === 'region') {
        expect(findRegion(scope.regionCode), username).toBeDefined();
        for (const code of scope.sectorCodes ?? []) expect(isSectorCode(code), code).toBe(true);
      } else if (scope.kind === 'grids') {
        expect(scope.gridCodes.length).toBeGreaterThan(0);
        for (const code of scope.gridCodes) expect(gridsByCode.has(code), code).toBe(true);
      } else {
        expect(usccs.has(scope.enterpriseUscc)).toBe(true);
      }
    }
  });

  it('chains the field accounts: town officer in a 泽州县 town, two grids and the first enterprise of that town', () => {
    expect(account('town')?.scope).toEqual({ kind: 'region', regionCode: DEMO_TOWN_CODE });
    expect(findRegion(DEMO_TOWN_CODE)).toMatchObject({ name: '巴公镇', level: 'town', parentCode: '140525' });
    expect(demoGridCodes).toHaveLength(2);
    for (const code of demoGridCodes) {
      expect(findRegion(gridsByCode.get(code)?.villageCode ?? '')?.parentCode).toBe(DEMO_TOWN_CODE);
    }
    expect(account('grid')?.scope).toEqual({ kind: 'grids', gridCodes: demoGridCodes });
    const first = demoEnterprises.find((e) => e.regionCode === DEMO_TOWN_CODE);
    expect(first?.uscc).toBe(demoEnterpriseUscc);
    expect(account('enterprise')?.scope).toEqual({ kind: 'enterprise', enterpriseUscc: demoEnterpriseUscc });
  });

  it('scopes the inspector to the sectors of 泽州县应急管理局', () => {
    const scope = account('inspector')?.scope;
    expect(scope?.kind === 'region' && scope.regionCode).toBe('140525');
    const sectors = scope?.kind === 'region' ? scope.sectorCodes : undefined;
    expect(sectors).toEqual(sectorsOfDepartment(departmentKey('140525', 'emergency_management')));
    expect(sectors).toEqual(expect.arrayContaining(['hazardous_chemicals', 'industry_trade', 'non_coal_mine']));
  });

  it('lets only the inspector act for a department: 泽州县应急管理局, a department the demo loads', () => {
    const key = departmentKey('140525', 'emergency_management');
    expect(account('inspector')?.departmentKey).toBe(key);
    expect(departments.find((d) => d.key === key)).toMatchObject({ name: '泽州县应急管理局', regionCode: '140525' });
    expect(demoAccounts.filter((a) => a.departmentKey !== undefined).map((a) => a.username)).toEqual(['inspector']);
  });

  it('gives only the leader 分管/包联 assignments, all pointing at existing things', () => {
    const usccs = new Set(demoEnterprises.map((e) => e.uscc));
    expect(demoAccounts.filter((a) => a.leaderAssignments !== undefined).map((a) => a.username)).toEqual(['leader']);
    for (const assignment of account('leader')?.leaderAssignments ?? []) {
      if (assignment.kind === 'sector') expect(isSectorCode(assignment.ref), assignment.ref).toBe(true);
      if (assignment.kind === 'region') expect(findRegion(assignment.ref)).toBeDefined();
      if (assignment.kind === 'enterprise') expect(usccs.has(assignment.ref)).toBe(true);
    }
  });
});
