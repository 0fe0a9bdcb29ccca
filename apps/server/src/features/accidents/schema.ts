import {
  bigserial,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { createdAt, id, updatedAt } from '../../db/columns';
import { cases } from '../cases/schema';
import { regions } from '../regions/schema';

/** Numeric columns come back as text; amounts here are CNY to the fen or denominators with decimals. */
const amount = (name: string) => numeric(name, { precision: 18, scale: 2, mode: 'number' });

/**
 * What an accident case is beyond the kernel's columns, as columns because statistics filter and group by them:
 * when it happened (to the minute, stored as an instant), when the county-level department learned of it, its
 * statistical sector (ACCIDENT_SECTORS), GB 6441 category and GB/T 4754 industry. Casualties live in versions.
 */
export const accidents = pgTable(
  'accidents',
  {
    caseId: uuid('case_id')
      .primaryKey()
      .references(() => cases.id),
    occurredAt: timestamp('occurred_at', { withTimezone: true, precision: 3 }).notNull(),
    learnedAt: timestamp('learned_at', { withTimezone: true, precision: 3 }).notNull(),
    sector: text('sector').notNull(),
    categoryCode: text('category_code').notNull(),
    industryCode: text('industry_code'),
    regionPath: text('region_path').notNull(),
  },
  (t) => [
    index('accidents_occurred_idx').on(t.occurredAt),
    index('accidents_region_path_idx').on(t.regionPath.op('text_pattern_ops'), t.occurredAt),
  ],
);

/**
 * The casualty figures as first reported (seq 1) and as each supplementary report (补报, Decree 493 Art. 13) changed
 * them, in force from `effective_at`: the figures as of a date are the last version in force by then.
 */
export const accidentVersions = pgTable(
  'accident_versions',
  {
    id: bigserial('id', { mode: 'bigint' }).primaryKey(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    seq: integer('seq').notNull(),
    effectiveAt: timestamp('effective_at', { withTimezone: true, precision: 3 }).notNull(),
    deaths: integer('deaths').notNull(),
    missing: integer('missing').notNull(),
    seriousInjuries: integer('serious_injuries').notNull(),
    minorInjuries: integer('minor_injuries').notNull(),
    directLossCny: amount('direct_loss_cny').notNull(),
    note: text('note'),
    actorId: uuid('actor_id'),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('accident_versions_seq_uq').on(t.caseId, t.seq),
    index('accident_versions_case_idx').on(t.caseId, t.effectiveAt),
  ],
);

/** A region's control indicators for a year: death caps (total and per statistical sector) and the denominators. */
export const controlIndicators = pgTable(
  'control_indicators',
  {
    regionCode: text('region_code')
      .notNull()
      .references(() => regions.code),
    year: integer('year').notNull(),
    deathCap: integer('death_cap'),
    sectorCaps: jsonb('sector_caps').$type<Record<string, number>>().notNull().default({}),
    gdpYi: amount('gdp_yi'),
    employees: integer('employees'),
    motorVehicles: integer('motor_vehicles'),
    coalOutputMt: amount('coal_output_mt'),
    updatedAt: updatedAt(),
  },
  (t) => [primaryKey({ columns: [t.regionCode, t.year] })],
);

/**
 * A region's accident settings: the warning threshold, investigation limits per grade (overriding Decree 493's),
 * and the one-vote-veto rules. A region without a row uses the nearest region above it, then the defaults.
 */
export const accidentSettings = pgTable(
  'accident_settings',
  {
    id: id(),
    regionCode: text('region_code')
      .notNull()
      .references(() => regions.code),
    regionPath: text('region_path').notNull(),
    warningPercent: integer('warning_percent').notNull(),
    investigationLimits: jsonb('investigation_limits').$type<Record<string, unknown>>().notNull().default({}),
    vetoRules: jsonb('veto_rules').$type<unknown[]>().notNull().default([]),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex('accident_settings_region_uq').on(t.regionCode)],
);
