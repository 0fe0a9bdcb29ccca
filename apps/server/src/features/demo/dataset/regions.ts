import { CITY_ROW, COUNTY_ROWS, type CountyRow, PROVINCE_ROW, type TownRow } from './region-table';

export type RegionLevel = 'province' | 'city' | 'county' | 'town' | 'village';

export interface DemoRegion {
  code: string;
  name: string;
  level: RegionLevel;
  parentCode: string | null;
  isDevelopmentZone?: boolean;
}

export interface DemoGrid {
  code: string;
  name: string;
  villageCode: string;
}

export const DEMO_PROVINCE_CODE = PROVINCE_ROW.code;
export const DEMO_CITY_CODE = CITY_ROW.code;

/** Grid code for the n-th grid (1-based) of a village: `<village code>-01`. */
export function gridCode(villageCode: string, n: number): string {
  return `${villageCode}-${String(n).padStart(2, '0')}`;
}

function buildRegions(): DemoRegion[] {
  const out: DemoRegion[] = [
    { code: PROVINCE_ROW.code, name: PROVINCE_ROW.name, level: 'province', parentCode: null },
    { code: CITY_ROW.code, name: CITY_ROW.name, level: 'city', parentCode: PROVINCE_ROW.code },
  ];
  for (const county of COUNTY_ROWS) {
    const countyRegion: DemoRegion = {
      code: county.code,
      name: county.name,
      level: 'county',
      parentCode: CITY_ROW.code,
    };
    if (county.isDevelopmentZone) countyRegion.isDevelopmentZone = true;
    out.push(countyRegion);
    for (const town of county.towns) {
      out.push({ code: town.code, name: town.name, level: 'town', parentCode: county.code });
      for (const [suffix, name] of town.villages) {
        out.push({ code: town.code + suffix, name, level: 'village', parentCode: town.code });
      }
    }
  }
  return out;
}

function buildGrids(): DemoGrid[] {
  const out: DemoGrid[] = [];
  for (const county of COUNTY_ROWS) {
    for (const town of county.towns) {
      for (const [suffix, name, gridCount] of town.villages) {
        const villageCode = town.code + suffix;
        for (let n = 1; n <= gridCount; n++) {
          out.push({ code: gridCode(villageCode, n), name: `${name}第${n}网格`, villageCode });
        }
      }
    }
  }
  return out;
}

/** Every demo region, parents before children (province, city, then each county with its towns and villages). */
export const regions: ReadonlyArray<DemoRegion> = buildRegions();

/** Every demo grid, 1–3 per village or community. */
export const grids: ReadonlyArray<DemoGrid> = buildGrids();

/** County-level rows (counties, the county-level city and the development zone), in table order. */
export const counties: ReadonlyArray<CountyRow> = COUNTY_ROWS;

const regionsByCode = new Map(regions.map((region) => [region.code, region]));

export function findRegion(code: string): DemoRegion | undefined {
  return regionsByCode.get(code);
}

/** The county-level row a town belongs to, with the town row itself. */
export function findTown(townCode: string): { county: CountyRow; town: TownRow } | undefined {
  for (const county of COUNTY_ROWS) {
    const town = county.towns.find((candidate) => candidate.code === townCode);
    if (town) return { county, town };
  }
  return undefined;
}
