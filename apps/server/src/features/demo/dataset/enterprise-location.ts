import type { LocationSetting } from './enterprise-profiles';
import { COUNTY_PARK_NAMES, ROAD_NAMES } from './name-parts';
import type { Rng } from './prng';
import { CITY_ROW, COUNTY_ROWS, type CountyRow, type TownRow } from './region-table';
import { gridCode } from './regions';

/** Bounding box of 晋城市 (about 111°55′–113°37′ E, 35°11′–36°04′ N); GCJ-02 shifts it by well under 0.01°. */
export const JINCHENG_BOUNDS = { minLng: 111.9, maxLng: 113.65, minLat: 35.15, maxLat: 36.1 } as const;

/** Relative share of demo enterprises per county-level region. */
const COUNTY_WEIGHTS: Readonly<Record<string, number>> = {
  '140502': 3,
  '140521': 3,
  '140522': 3,
  '140524': 2,
  '140525': 4,
  '140581': 3,
  '140571': 2,
};

export interface EnterpriseLocation {
  county: CountyRow;
  /** Town name without 街道/镇/乡, or null when the enterprise is registered at county level. */
  townShortName: string | null;
  regionCode: string;
  gridCode: string | null;
  address: string;
  lng: number;
  lat: number;
}

const round6 = (value: number): number => Math.round(value * 1e6) / 1e6;
const clamp = (value: number, min: number, max: number): number => Math.min(max, Math.max(min, value));

const isSubdistrict = (town: TownRow): boolean => town.name.endsWith('街道');

function townsFor(county: CountyRow, setting: LocationSetting): ReadonlyArray<TownRow> {
  return setting === 'rural' ? county.towns.filter((town) => !isSubdistrict(town)) : county.towns;
}

/**
 * Where an enterprise sits: 10 % at county level (in the county's industrial park; never for urban kinds), else in
 * a town, and then 85 % inside one of its grids. Rural kinds avoid sub-districts and prefer villages to communities.
 */
export function pickLocation(
  rng: Rng,
  countyCodes: ReadonlyArray<string> | undefined,
  setting: LocationSetting = 'any',
): EnterpriseLocation {
  const eligible = COUNTY_ROWS.filter(
    (row) => (countyCodes === undefined || countyCodes.includes(row.code)) && townsFor(row, setting).length > 0,
  );
  const county = rng.weighted(eligible, (row) => COUNTY_WEIGHTS[row.code] ?? 1);
  const countyAddress = `山西省${CITY_ROW.name}${county.name}`;
  const number = `${rng.int(1, 188)}号`;

  if (setting !== 'urban' && rng.chance(0.1)) {
    return {
      county,
      townShortName: null,
      regionCode: county.code,
      gridCode: null,
      address: `${countyAddress}${COUNTY_PARK_NAMES[county.code] ?? '工业园区'}${number}`,
      ...scatter(rng, county.lng, county.lat, 0.04),
    };
  }

  const town = rng.pick(townsFor(county, setting));
  const townShortName = town.name.replace(/(街道|镇|乡)$/, '');
  let grid: string | null = null;
  let place = isSubdistrict(town) ? `${rng.pick(ROAD_NAMES)}${number}` : `${townShortName}工业区${number}`;
  if (rng.chance(0.85)) {
    const villages = town.villages.filter(([, name]) => setting !== 'rural' || name.endsWith('村'));
    const [suffix, villageName, gridCount] = rng.pick(villages.length > 0 ? villages : town.villages);
    grid = gridCode(town.code + suffix, rng.int(1, gridCount));
    place = villageName.endsWith('社区') ? `${villageName}${rng.pick(ROAD_NAMES)}${number}` : `${villageName}${number}`;
  }
  return {
    county,
    townShortName,
    regionCode: town.code,
    gridCode: grid,
    address: `${countyAddress}${town.name}${place}`,
    ...scatter(rng, town.lng, town.lat, 0.025),
  };
}

function scatter(rng: Rng, lng: number, lat: number, spread: number): { lng: number; lat: number } {
  const b = JINCHENG_BOUNDS;
  return {
    lng: round6(clamp(lng + (rng.next() * 2 - 1) * spread, b.minLng, b.maxLng)),
    lat: round6(clamp(lat + (rng.next() * 2 - 1) * spread * 0.8, b.minLat, b.maxLat)),
  };
}
