import { departmentKey, sectorsOfDepartment } from './departments';
import { type DemoEnterprise, generateEnterprises } from './enterprises';
import { DEMO_CITY_CODE, DEMO_PROVINCE_CODE, grids } from './regions';

export type DemoRole =
  | 'admin'
  | 'leader'
  | 'safety_office'
  | 'inspector'
  | 'town_officer'
  | 'grid_worker'
  | 'enterprise_user'
  | 'expert';

export type DemoScope =
  | { kind: 'region'; regionCode: string; sectorCodes?: string[] }
  | { kind: 'grids'; gridCodes: string[] }
  | { kind: 'enterprise'; enterpriseUscc: string };

export interface DemoLeaderAssignment {
  kind: 'sector' | 'region' | 'enterprise';
  /** Sector code, region code or enterprise credit code. */
  ref: string;
  /** in_charge = 分管, liaison = 包联. */
  relation: 'in_charge' | 'liaison';
}

export interface DemoAccount {
  username: string;
  password: string;
  displayName: string;
  mobile: string;
  roles: DemoRole[];
  scope: DemoScope;
  /** The department the account acts for (dataset/departments.ts key): it supervises that department's cases. */
  departmentKey?: string;
  leaderAssignments?: DemoLeaderAssignment[];
}

/**
 * The one password of every demo account (documented in the README of the demo): 12 characters with upper, lower,
 * digit and symbol, so it passes the default policy (≥ 8 characters, 3 of 4 classes). Demo data only.
 */
export const DEMO_PASSWORD = 'Redline@2026';

/** 泽州县: the county the inspector works in. */
export const DEMO_COUNTY_CODE = '140525';
/** 巴公镇 (泽州县): the town of the town officer, the grid worker and the enterprise user. */
export const DEMO_TOWN_CODE = '140525108';

/** The enterprises behind the demo accounts: `generateEnterprises()` with its default count and seed. */
export const demoEnterprises: ReadonlyArray<DemoEnterprise> = generateEnterprises();

function firstEnterpriseIn(townCode: string): DemoEnterprise {
  const found = demoEnterprises.find((enterprise) => enterprise.regionCode === townCode);
  if (!found) throw new Error(`no demo enterprise in town ${townCode}`);
  return found;
}

const demoEnterprise = firstEnterpriseIn(DEMO_TOWN_CODE);

/** The enterprise the `enterprise` account belongs to: the first generated one in 巴公镇. */
export const demoEnterpriseUscc: string = demoEnterprise.uscc;

/**
 * The two grids the `grid` account patrols: the one the `enterprise` account's company lies in (so the demo's grid
 * worker, town officer and enterprise share one hazard loop) and the first other grid of 巴公镇.
 */
export const demoGridCodes: string[] = [
  ...(demoEnterprise.gridCode ? [demoEnterprise.gridCode] : []),
  ...grids
    .filter((grid) => grid.villageCode.startsWith(DEMO_TOWN_CODE) && grid.code !== demoEnterprise.gridCode)
    .map((grid) => grid.code),
].slice(0, 2);

const inspectorDepartment = departmentKey(DEMO_COUNTY_CODE, 'emergency_management');

export const demoAccounts: ReadonlyArray<DemoAccount> = [
  {
    username: 'admin',
    password: DEMO_PASSWORD,
    displayName: '系统管理员',
    mobile: '13903560001',
    roles: ['admin'],
    // The platform administrator sits at the top of the deployment's region tree (and may verify the audit chain).
    scope: { kind: 'region', regionCode: DEMO_PROVINCE_CODE },
  },
  {
    username: 'leader',
    password: DEMO_PASSWORD,
    displayName: '王卫东（副市长）',
    mobile: '13903560002',
    roles: ['leader'],
    scope: { kind: 'region', regionCode: DEMO_CITY_CODE },
    leaderAssignments: [
      { kind: 'sector', ref: 'coal_mine', relation: 'in_charge' },
      { kind: 'sector', ref: 'hazardous_chemicals', relation: 'in_charge' },
      { kind: 'sector', ref: 'non_coal_mine', relation: 'in_charge' },
      { kind: 'sector', ref: 'industry_trade', relation: 'in_charge' },
      { kind: 'sector', ref: 'fireworks', relation: 'in_charge' },
      { kind: 'region', ref: DEMO_COUNTY_CODE, relation: 'liaison' },
      { kind: 'enterprise', ref: demoEnterpriseUscc, relation: 'liaison' },
    ],
  },
  {
    username: 'safety',
    password: DEMO_PASSWORD,
    displayName: '李红梅（市安委办）',
    mobile: '13903560003',
    roles: ['safety_office'],
    scope: { kind: 'region', regionCode: DEMO_CITY_CODE },
  },
  {
    username: 'inspector',
    password: DEMO_PASSWORD,
    displayName: '张志强（泽州县应急管理局）',
    mobile: '13903560004',
    roles: ['inspector'],
    scope: { kind: 'region', regionCode: DEMO_COUNTY_CODE, sectorCodes: sectorsOfDepartment(inspectorDepartment) },
    departmentKey: inspectorDepartment,
  },
  {
    username: 'town',
    password: DEMO_PASSWORD,
    displayName: '郭晓东（巴公镇安监办）',
    mobile: '13903560005',
    roles: ['town_officer'],
    scope: { kind: 'region', regionCode: DEMO_TOWN_CODE },
  },
  {
    username: 'grid',
    password: DEMO_PASSWORD,
    displayName: '牛丽娟（网格员）',
    mobile: '13903560006',
    roles: ['grid_worker'],
    scope: { kind: 'grids', gridCodes: demoGridCodes },
  },
  {
    username: 'enterprise',
    password: DEMO_PASSWORD,
    displayName: demoEnterprise.safetyManagerName,
    mobile: demoEnterprise.safetyManagerMobile,
    roles: ['enterprise_user'],
    scope: { kind: 'enterprise', enterpriseUscc: demoEnterpriseUscc },
  },
  {
    username: 'expert',
    password: DEMO_PASSWORD,
    displayName: '陈建军（第三方专家）',
    mobile: '13903560008',
    roles: ['expert'],
    scope: { kind: 'region', regionCode: DEMO_COUNTY_CODE, sectorCodes: ['hazardous_chemicals', 'metallurgy'] },
  },
];
