import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Ctx } from '../../http/context';
import { notFound } from '../../http/errors';
import { findRegion } from '../regions/repo';
import { scopeOf } from '../scope/filters';
import { sectors } from '../sectors/schema';
import { pathCodes, pickNearestDuties } from './nearest-duties';
import { departmentSectors, departments } from './schema';

/**
 * Who supervises which sector for a region (三管三必须): for each sector, the departments holding its duty at the
 * nearest level at or above the region. The region must be in scope; the departments found may sit above it (a
 * town's coal mines are the county energy bureau's), which is the point of the lookup. Each line's `regionCode` is
 * the region of the department that holds the duty.
 */
export async function listSectorDuties(ctx: Ctx, query: { regionCode: string; sectorCode?: string }) {
  const region = await findRegion(ctx.db, query.regionCode, scopeOf.regions(ctx.actor));
  if (!region) throw notFound();
  const chain = pathCodes(region.path);
  const rows = await ctx.db
    .select({
      sectorCode: departmentSectors.sectorCode,
      departmentId: departments.id,
      departmentName: departments.name,
      regionCode: departments.regionCode,
    })
    .from(departmentSectors)
    .innerJoin(departments, eq(departments.id, departmentSectors.departmentId))
    .innerJoin(sectors, eq(sectors.code, departmentSectors.sectorCode))
    .where(
      and(
        inArray(departments.regionCode, chain),
        query.sectorCode ? eq(departmentSectors.sectorCode, query.sectorCode) : undefined,
      ),
    )
    .orderBy(asc(sectors.sortOrder), asc(sectors.code), asc(departments.name), asc(departments.id));
  const candidates = rows.map((row) => ({ ...row, depth: chain.indexOf(row.regionCode) }));
  return pickNearestDuties(candidates).map(({ regionCode, sectorCode, departmentId, departmentName }) => ({
    regionCode,
    sectorCode,
    departmentId,
    departmentName,
  }));
}
