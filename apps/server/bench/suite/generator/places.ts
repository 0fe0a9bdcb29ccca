import { makeUscc } from '@redline/domain';
import type pg from 'pg';
import type { Scale } from '../scale';
import { type CopyTimer, copyRows } from './copy';
import type { Prng } from './prng';

export const PROVINCE = '140000';

export type Region = { code: string; path: string; countyCode: string };
export type Grid = { code: string; villageCode: string; path: string; town: number };
export type Enterprise = { id: string; townIndex: number; gridCode: string | null; sectorCode: string };

/** The regions, grids and enterprises the hazards are spread over. */
export type Places = {
  counties: Region[];
  towns: Region[];
  villages: Region[];
  /** Villages of each town, by town index. */
  townVillages: number[][];
  grids: Grid[];
  /** Grids of each town, by town index. */
  townGrids: Grid[][];
  enterprises: Enterprise[];
};

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/**
 * The region tree with GB/T 2260-shaped codes under Shanxi (140000): cities 1401…, counties spread round-robin over
 * the cities (140101, 140102, …), towns over the counties (9 digits, 1xx = 镇), villages under towns (12 digits).
 */
export async function generatePlaces(
  pool: pg.Pool,
  timer: CopyTimer,
  scale: Scale,
  rng: Prng,
  sectorCodes: string[],
  at: Date,
): Promise<Places> {
  const regionRows: unknown[][] = [];
  const region = (code: string, name: string, level: string, parent: string | null, path: string) =>
    regionRows.push([code, name, level, parent, path, false, at, at]);
  region(PROVINCE, '山西省', 'province', null, `/${PROVINCE}/`);
  const cityPaths: string[] = [];
  for (let c = 0; c < scale.cities; c++) {
    const code = `14${pad(c + 1, 2)}00`;
    cityPaths.push(`/${PROVINCE}/${code}/`);
    region(code, `测试市${pad(c + 1, 2)}`, 'city', PROVINCE, cityPaths[c]!);
  }
  const counties: Region[] = [];
  const perCity = new Array<number>(scale.cities).fill(0);
  for (let k = 0; k < scale.counties; k++) {
    const c = k % scale.cities;
    perCity[c] = perCity[c]! + 1;
    const code = `14${pad(c + 1, 2)}${pad(perCity[c]!, 2)}`;
    const path = `${cityPaths[c]}${code}/`;
    counties.push({ code, path, countyCode: code });
    region(code, `测试县${code}`, 'county', `14${pad(c + 1, 2)}00`, path);
  }
  const towns: Region[] = [];
  const perCounty = new Array<number>(scale.counties).fill(0);
  for (let t = 0; t < scale.towns; t++) {
    const county = counties[t % scale.counties]!;
    perCounty[t % scale.counties] = perCounty[t % scale.counties]! + 1;
    const code = `${county.code}${100 + perCounty[t % scale.counties]!}`;
    const path = `${county.path}${code}/`;
    towns.push({ code, path, countyCode: county.code });
    region(code, `测试镇${code}`, 'town', county.code, path);
  }
  const villages: Region[] = [];
  const townVillages: number[][] = towns.map(() => []);
  towns.forEach((town, t) => {
    for (let v = 0; v < scale.villagesPerTown; v++) {
      const code = `${town.code}${200 + v + 1}`;
      townVillages[t]!.push(villages.length);
      villages.push({ code, path: `${town.path}${code}/`, countyCode: town.countyCode });
      region(code, `测试村${code}`, 'village', town.code, `${town.path}${code}/`);
    }
  });
  await copyRows(
    pool,
    timer,
    'regions',
    ['code', 'name', 'level', 'parent_code', 'path', 'is_development_zone', 'created_at', 'updated_at'],
    regionRows,
  );

  // Grids round-robin over the villages, so every town has its share.
  const grids: Grid[] = [];
  const townGrids: Grid[][] = towns.map(() => []);
  for (let g = 0; g < scale.grids; g++) {
    const v = g % villages.length;
    const town = Math.floor(v / scale.villagesPerTown);
    const village = villages[v]!;
    const grid = {
      code: `G${village.code}-${pad(Math.floor(g / villages.length) + 1, 2)}`,
      villageCode: village.code,
      path: village.path,
      town,
    };
    grids.push(grid);
    townGrids[town]!.push(grid);
  }
  await copyRows(
    pool,
    timer,
    'grids',
    ['code', 'name', 'village_code', 'region_path', 'created_at', 'updated_at'],
    grids.map((g) => [g.code, `网格${g.code}`, g.villageCode, g.path, at, at]),
  );

  // Enterprises: registered at a town, half of them in one of its grids; valid GB 32100 credit codes.
  const enterprises: Enterprise[] = [];
  const rows: unknown[][] = [];
  const flush = async () => {
    await copyRows(pool, timer, 'enterprises', ENTERPRISE_COLUMNS, rows);
    rows.length = 0;
  };
  for (let e = 0; e < scale.enterprises; e++) {
    const townIndex = rng.int(0, towns.length - 1);
    const town = towns[townIndex]!;
    const gridCode = rng.chance(0.5) ? rng.pick(townGrids[townIndex]!).code : null;
    const sectorCode = rng.pick(sectorCodes);
    const sectors = rng.chance(0.2) ? [sectorCode, rng.pick(sectorCodes)] : [sectorCode];
    const id = rng.uuid();
    enterprises.push({ id, townIndex, gridCode, sectorCode });
    rows.push([
      id,
      makeUscc(`91${town.countyCode}${pad(e, 9)}`),
      `${town.code.slice(4)}测试${e}号企业有限公司`,
      town.code,
      town.path,
      gridCode,
      `测试路${e}号`,
      110.5 + rng.next() * 3,
      34.6 + rng.next() * 5.5,
      [...new Set(sectors)],
      rng.int(1, 2000),
      rng.chance(0.03) ? 'suspended' : 'operating',
      at,
      at,
    ]);
    if (rows.length === 50_000) await flush();
  }
  await flush();
  return { counties, towns, villages, townVillages, grids, townGrids, enterprises };
}

const ENTERPRISE_COLUMNS = [
  'id',
  'uscc',
  'name',
  'region_code',
  'region_path',
  'grid_code',
  'address',
  'lng',
  'lat',
  'sector_codes',
  'employees',
  'status',
  'created_at',
  'updated_at',
];
