import { boolean, index, pgTable, text } from 'drizzle-orm/pg-core';
import { createdAt, updatedAt } from '../../db/columns';

/** Administrative regions. `path` is the chain of codes from the root (`/140000/140500/`), indexed for subtrees. */
export const regions = pgTable(
  'regions',
  {
    code: text('code').primaryKey(),
    name: text('name').notNull(),
    level: text('level', { enum: ['province', 'city', 'county', 'town', 'village'] }).notNull(),
    parentCode: text('parent_code'),
    path: text('path').notNull(),
    isDevelopmentZone: boolean('is_development_zone').notNull().default(false),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('regions_path_idx').on(t.path.op('text_pattern_ops')), index('regions_parent_idx').on(t.parentCode)],
);

export const grids = pgTable(
  'grids',
  {
    code: text('code').primaryKey(),
    name: text('name').notNull(),
    villageCode: text('village_code')
      .notNull()
      .references(() => regions.code),
    regionPath: text('region_path').notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('grids_region_path_idx').on(t.regionPath.op('text_pattern_ops')),
    index('grids_village_idx').on(t.villageCode),
  ],
);
