import { index, integer, jsonb, numeric, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAt, id, updatedAt } from '../../db/columns';
import { accounts } from '../accounts/schema';
import { enterprises } from '../enterprises/schema';
import { evidence } from '../evidence/schema';
import { regions } from '../regions/schema';

/** Removed from the register (kept for the records and runs that cite it); every read skips archived rows. */
const archivedAt = () => timestamp('archived_at', { withTimezone: true });

/**
 * An enterprise's risk register in the hierarchy of domain-reference.md §4.5: risk unit (安全风险分析单元, grouped by
 * its analysis object) → risk event → control measure. Each row carries its enterprise and region path, so every
 * read is scoped like the enterprise itself.
 */
export const riskUnits = pgTable(
  'risk_units',
  {
    id: id(),
    enterpriseId: uuid('enterprise_id')
      .notNull()
      .references(() => enterprises.id),
    regionPath: text('region_path').notNull(),
    /** 安全风险分析对象: the installation, area or process the unit belongs to. */
    objectName: text('object_name').notNull(),
    name: text('name').notNull(),
    kind: text('kind', { enum: ['facility', 'activity'] }).notNull(),
    department: text('department'),
    responsiblePerson: text('responsible_person'),
    locationText: text('location_text'),
    hazardFactors: text('hazard_factors').array().notNull().default([]),
    /** GB 6441 accident types the unit may cause (codes 01–20). */
    accidentTypes: text('accident_types').array().notNull().default([]),
    libraryKey: text('library_key'),
    /** The area of the four-colour map the unit lies in. */
    areaId: uuid('area_id').references(() => riskAreas.id),
    archivedAt: archivedAt(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('risk_units_area_idx').on(t.areaId),
    index('risk_units_enterprise_idx').on(t.enterpriseId),
    index('risk_units_region_idx').on(t.regionPath.op('text_pattern_ops')),
  ],
);

const score = (name: string) => numeric(name, { precision: 10, scale: 2, mode: 'number' });

/** A risk event with its inherent (固有) assessment and, once measures are in place, its residual (残余) one. */
export const riskEvents = pgTable(
  'risk_events',
  {
    id: id(),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => riskUnits.id),
    enterpriseId: uuid('enterprise_id')
      .notNull()
      .references(() => enterprises.id),
    regionPath: text('region_path').notNull(),
    name: text('name').notNull(),
    inherent: jsonb('inherent').$type<Record<string, unknown>>().notNull(),
    inherentScore: score('inherent_score').notNull(),
    inherentLevel: text('inherent_level').notNull(),
    residual: jsonb('residual').$type<Record<string, unknown>>(),
    residualScore: score('residual_score'),
    residualLevel: text('residual_level'),
    libraryKey: text('library_key'),
    archivedAt: archivedAt(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('risk_events_unit_idx').on(t.unitId),
    index('risk_events_enterprise_idx').on(t.enterpriseId),
    index('risk_events_region_idx').on(t.regionPath.op('text_pattern_ops')),
  ],
);

/** A control measure of an event, with what a check looks at, its schedule and the post that checks it. */
export const riskMeasures = pgTable(
  'risk_measures',
  {
    id: id(),
    eventId: uuid('event_id')
      .notNull()
      .references(() => riskEvents.id),
    enterpriseId: uuid('enterprise_id')
      .notNull()
      .references(() => enterprises.id),
    regionPath: text('region_path').notNull(),
    description: text('description').notNull(),
    classify: text('classify').notNull(),
    checkContent: text('check_content'),
    schedule: jsonb('schedule').$type<Record<string, unknown>>(),
    post: text('post'),
    libraryKey: text('library_key'),
    archivedAt: archivedAt(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('risk_measures_event_idx').on(t.eventId), index('risk_measures_enterprise_idx').on(t.enterpriseId)],
);

/**
 * An area of the enterprise's four-colour map: a closed polygon on its site plan, in plan coordinates (0–1 of the
 * plan's width and height, so the drawing survives a re-scaled image). Its colour is the highest risk of its units.
 */
export const riskAreas = pgTable(
  'risk_areas',
  {
    id: id(),
    enterpriseId: uuid('enterprise_id')
      .notNull()
      .references(() => enterprises.id),
    regionPath: text('region_path').notNull(),
    name: text('name').notNull(),
    polygon: jsonb('polygon').$type<[number, number][]>().notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('risk_areas_enterprise_idx').on(t.enterpriseId)],
);

/** The site plan (厂区平面图) the four-colour map is drawn on: an uploaded image, one per enterprise. */
export const riskSitePlans = pgTable('risk_site_plans', {
  enterpriseId: uuid('enterprise_id')
    .primaryKey()
    .references(() => enterprises.id),
  regionPath: text('region_path').notNull(),
  evidenceId: uuid('evidence_id')
    .notNull()
    .references(() => evidence.id),
  width: integer('width').notNull(),
  height: integer('height').notNull(),
  updatedAt: updatedAt(),
});

/** A department's (or the enterprise's own) comment on a register, or on one unit of it. */
export const riskComments = pgTable(
  'risk_comments',
  {
    id: id(),
    enterpriseId: uuid('enterprise_id')
      .notNull()
      .references(() => enterprises.id),
    regionPath: text('region_path').notNull(),
    unitId: uuid('unit_id').references(() => riskUnits.id),
    authorId: uuid('author_id')
      .notNull()
      .references(() => accounts.id),
    body: text('body').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('risk_comments_enterprise_idx').on(t.enterpriseId, t.createdAt)],
);

/**
 * A region's risk grading: LEC and matrix thresholds and the control level of each risk level. A region without a
 * row uses the nearest region above it, then the defaults of domain-reference.md §4.
 */
export const riskSettings = pgTable(
  'risk_settings',
  {
    id: id(),
    regionCode: text('region_code')
      .notNull()
      .references(() => regions.code),
    regionPath: text('region_path').notNull(),
    settings: jsonb('settings').$type<Record<string, unknown>>().notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex('risk_settings_region_uq').on(t.regionCode)],
);
