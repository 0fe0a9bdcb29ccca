import { index, pgTable, primaryKey, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAt, id, updatedAt } from '../../db/columns';
import { regions } from '../regions/schema';
import { sectors } from '../sectors/schema';

export const departments = pgTable(
  'departments',
  {
    id: id(),
    name: text('name').notNull(),
    regionCode: text('region_code')
      .notNull()
      .references(() => regions.code),
    regionPath: text('region_path').notNull(),
    kind: text('kind', { enum: ['department', 'safety_committee_office'] }).notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('departments_region_name_uq').on(t.regionCode, t.name),
    index('departments_region_path_idx').on(t.regionPath.op('text_pattern_ops')),
  ],
);

/** The sector duty map (三管三必须): the department supervises the sector in the department's region. */
export const departmentSectors = pgTable(
  'department_sectors',
  {
    departmentId: uuid('department_id')
      .notNull()
      .references(() => departments.id, { onDelete: 'cascade' }),
    sectorCode: text('sector_code')
      .notNull()
      .references(() => sectors.code),
  },
  (t) => [
    primaryKey({ columns: [t.departmentId, t.sectorCode] }),
    index('department_sectors_sector_idx').on(t.sectorCode),
  ],
);
