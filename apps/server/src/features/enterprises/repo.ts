import { and, eq, getTableColumns, inArray, type SQL } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client';
import { grids, regions } from '../regions/schema';
import { sectors } from '../sectors/schema';
import type { EnterprisePlace, GridRef, PlaceLookup, RegionRef } from './place';
import { enterprises } from './schema';

/** Enterprise columns with the name of its region. */
export const enterpriseColumns = { ...getTableColumns(enterprises), regionName: regions.name };

/** Loads enterprises joined to their region; callers add the scope condition. */
export const selectEnterprises = (db: Db | Tx) =>
  db.select(enterpriseColumns).from(enterprises).innerJoin(regions, eq(regions.code, enterprises.regionCode));

/** The stored row of one enterprise, when it exists inside `scope`. */
export async function findEnterprise(db: Db | Tx, id: string, scope: SQL) {
  const [row] = await db
    .select()
    .from(enterprises)
    .where(and(eq(enterprises.id, id), scope));
  return row;
}

export async function findRegionRefs(db: Db | Tx, codes: string[]): Promise<Map<string, RegionRef>> {
  if (!codes.length) return new Map();
  const rows = await db
    .select({ code: regions.code, name: regions.name, path: regions.path })
    .from(regions)
    .where(inArray(regions.code, codes));
  return new Map(rows.map((r) => [r.code, r]));
}

export async function findGridRefs(db: Db | Tx, codes: string[]): Promise<Map<string, GridRef>> {
  if (!codes.length) return new Map();
  const rows = await db
    .select({ code: grids.code, regionPath: grids.regionPath })
    .from(grids)
    .where(inArray(grids.code, codes));
  return new Map(rows.map((g) => [g.code, g]));
}

/** Sector codes → Chinese and English names, for matching the sector column of an import as well as codes. */
export async function loadSectors(db: Db | Tx) {
  return db.select({ code: sectors.code, nameZh: sectors.nameZh, nameEn: sectors.nameEn }).from(sectors);
}

/** The references of one enterprise, loaded with three small queries (one after another: `db` may be a transaction). */
export async function loadPlaceLookup(db: Db | Tx, place: EnterprisePlace): Promise<PlaceLookup> {
  const regionRefs = await findRegionRefs(db, [place.regionCode]);
  const gridRefs = await findGridRefs(db, place.gridCode ? [place.gridCode] : []);
  const known = place.sectorCodes.length
    ? await db.select({ code: sectors.code }).from(sectors).where(inArray(sectors.code, place.sectorCodes))
    : [];
  const sectorCodes = new Set(known.map((s) => s.code));
  return { region: (c) => regionRefs.get(c), grid: (c) => gridRefs.get(c), hasSector: (c) => sectorCodes.has(c) };
}
