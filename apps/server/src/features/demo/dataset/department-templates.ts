import { childSectorCodes } from '../../sectors/catalogue';
import { CITY_ROW, type CountyRow } from './region-table';

export type DepartmentKind = 'department' | 'safety_committee_office';

/**
 * The departments each region has and the sectors each supervises (三管三必须), as templates applied to the city
 * and every county-level region. Names follow local practice: a district's bureaus carry the city name
 * (晋城市城区…), its police and the zone's market regulator are branches (分局) of the city bureau, the city has a
 * fire-rescue 支队 and each county a 大队.
 */
export interface DepartmentTemplate {
  slug: string;
  kind: DepartmentKind;
  /** Name at city level; the county name is built from `countyName` or this suffix. */
  cityName: string;
  countyName?: (county: CountyRow) => string;
  sectors: ReadonlyArray<string>;
  /** Also present in the development zone (which keeps a slim set; the city's departments cover the rest). */
  inZone?: boolean;
  /** Present only in these county-level regions (default: all). */
  onlyIn?: ReadonlyArray<string>;
}

const CHENGQU = '140502';

/** Prefix for a county-level department name: districts carry the city name (晋城市城区应急管理局). */
export function countyPrefix(county: CountyRow): string {
  return county.code === CHENGQU ? `${CITY_ROW.name}${county.name}` : county.name;
}

/** Police units of a district or the zone are branches (分局) of the city bureau. */
function policeName(county: CountyRow): string {
  if (county.code === CHENGQU) return '晋城市公安局城区分局';
  if (county.isDevelopmentZone) return '晋城市公安局经济技术开发区分局';
  return `${county.name}公安局`;
}

export const DEPARTMENT_TEMPLATES: ReadonlyArray<DepartmentTemplate> = [
  {
    slug: 'safety_committee_office',
    kind: 'safety_committee_office',
    cityName: '安全生产委员会办公室',
    sectors: [],
    inZone: true,
  },
  {
    slug: 'emergency_management',
    kind: 'department',
    cityName: '应急管理局',
    sectors: [
      'non_coal_mine',
      'hazardous_chemicals',
      'fireworks',
      'industry_trade',
      ...childSectorCodes('industry_trade'),
    ],
    inZone: true,
  },
  { slug: 'energy', kind: 'department', cityName: '能源局', sectors: ['coal_mine', 'electric_power'] },
  {
    slug: 'housing_construction',
    kind: 'department',
    cityName: '住房和城乡建设局',
    sectors: ['construction', 'urban_gas'],
    inZone: true,
  },
  { slug: 'transport', kind: 'department', cityName: '交通运输局', sectors: ['road_transport', 'waterway_transport'] },
  {
    slug: 'market_regulation',
    kind: 'department',
    cityName: '市场监督管理局',
    countyName: (county) =>
      county.isDevelopmentZone ? '晋城市市场监督管理局经济技术开发区分局' : `${countyPrefix(county)}市场监督管理局`,
    sectors: ['special_equipment', 'tourist_sites'],
    inZone: true,
  },
  {
    slug: 'fire_rescue',
    kind: 'department',
    cityName: '消防救援支队',
    countyName: (county) => `${countyPrefix(county)}消防救援大队`,
    sectors: ['fire_safety', 'crowded_places'],
    inZone: true,
  },
  { slug: 'culture_tourism', kind: 'department', cityName: '文化和旅游局', sectors: ['tourist_sites'] },
  {
    slug: 'public_security',
    kind: 'department',
    cityName: '公安局',
    countyName: policeName,
    // Police: fireworks transport and discharge, purchase/transport/use of civil explosives, school-bus road safety.
    sectors: ['fireworks', 'civil_explosives', 'school_bus'],
    inZone: true,
  },
  { slug: 'education', kind: 'department', cityName: '教育局', sectors: ['school_bus'] },
  {
    slug: 'agriculture',
    kind: 'department',
    cityName: '农业农村局',
    sectors: ['agricultural_machinery', 'fishing_vessels'],
  },
  {
    slug: 'forestry',
    kind: 'department',
    cityName: '林业局',
    sectors: ['forest_fire'],
    onlyIn: ['140521', '140522', '140524', '140525', '140581'],
  },
  {
    slug: 'industry_it',
    kind: 'department',
    cityName: '工业和信息化局',
    // Production and sale of civil explosives; the police cover purchase, transport, storage and blasting.
    sectors: ['civil_explosives'],
  },
];
