import { index, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { createdAt, id, updatedAt } from '../../db/columns';
import { departments } from '../departments/schema';
import { enterprises } from '../enterprises/schema';
import { regions } from '../regions/schema';

export const people = pgTable(
  'people',
  {
    id: id(),
    name: text('name').notNull(),
    mobile: text('mobile'),
    title: text('title'),
    regionCode: text('region_code')
      .notNull()
      .references(() => regions.code),
    regionPath: text('region_path').notNull(),
    departmentId: uuid('department_id').references(() => departments.id),
    enterpriseId: uuid('enterprise_id').references(() => enterprises.id),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('people_region_path_idx').on(t.regionPath.op('text_pattern_ops')),
    index('people_mobile_idx').on(t.mobile),
    index('people_enterprise_idx').on(t.enterpriseId),
  ],
);
