import { index, jsonb, numeric, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { createdAt, id, updatedAt } from '../../db/columns';
import { enterprises } from '../enterprises/schema';

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
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
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
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('risk_events_unit_idx').on(t.unitId), index('risk_events_enterprise_idx').on(t.enterpriseId)],
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
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('risk_measures_event_idx').on(t.eventId), index('risk_measures_enterprise_idx').on(t.enterpriseId)],
);
