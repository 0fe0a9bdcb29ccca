import { sql } from 'drizzle-orm';
import { bigint, doublePrecision, index, integer, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { createdAt, id, updatedAt } from '../../db/columns';
import { grids, regions } from '../regions/schema';

export const enterprises = pgTable(
  'enterprises',
  {
    id: id(),
    uscc: text('uscc').notNull(),
    name: text('name').notNull(),
    regionCode: text('region_code')
      .notNull()
      .references(() => regions.code),
    regionPath: text('region_path').notNull(),
    gridCode: text('grid_code').references(() => grids.code),
    address: text('address'),
    /** GCJ-02 */
    lng: doublePrecision('lng'),
    lat: doublePrecision('lat'),
    sectorCodes: text('sector_codes').array().notNull().default(sql`'{}'::text[]`),
    industryCode: text('industry_code'),
    employees: integer('employees'),
    principalName: text('principal_name'),
    principalMobile: text('principal_mobile'),
    safetyManagerName: text('safety_manager_name'),
    safetyManagerMobile: text('safety_manager_mobile'),
    status: text('status', { enum: ['operating', 'suspended', 'closed'] })
      .notNull()
      .default('operating'),
    tags: text('tags').array().notNull().default(sql`'{}'::text[]`),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('enterprises_uscc_uq').on(t.uscc),
    index('enterprises_region_path_idx').on(t.regionPath.op('text_pattern_ops'), t.name),
    index('enterprises_grid_idx').on(t.gridCode),
    index('enterprises_sectors_idx').using('gin', t.sectorCodes),
    index('enterprises_name_trgm_idx').using('gin', t.name.op('gin_trgm_ops')),
    // The default order of every list: the first pages of a large scope walk this index instead of sorting.
    index('enterprises_name_id_idx').on(t.name, t.id),
  ],
);

/**
 * Enterprises per region, kept by statement-level triggers on `enterprises` (migration 0001), so the total of an
 * unfiltered list over a region subtree is a sum over a few hundred counters instead of a count over 300k rows.
 */
export const regionEnterpriseCounts = pgTable(
  'region_enterprise_counts',
  {
    regionCode: text('region_code')
      .primaryKey()
      .references(() => regions.code),
    regionPath: text('region_path').notNull(),
    n: bigint('n', { mode: 'number' }).notNull(),
  },
  (t) => [index('region_enterprise_counts_path_idx').on(t.regionPath.op('text_pattern_ops'))],
);
