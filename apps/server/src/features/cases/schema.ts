import { sql } from 'drizzle-orm';
import {
  bigint,
  bigserial,
  boolean,
  date,
  doublePrecision,
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
import { enterprises } from '../enterprises/schema';
import { regions } from '../regions/schema';

/**
 * A case of any type (hazard first): anything with an owner and a deadline. `version` is the optimistic-concurrency
 * counter a transition must name; `cycle` starts at 1 and grows on reopen, so earlier cycles' events stay as they were.
 */
export const cases = pgTable(
  'cases',
  {
    id: id(),
    type: text('type').notNull(),
    number: text('number').notNull().unique(),
    title: text('title').notNull(),
    regionCode: text('region_code')
      .notNull()
      .references(() => regions.code),
    regionPath: text('region_path').notNull(),
    gridCode: text('grid_code'),
    enterpriseId: uuid('enterprise_id').references(() => enterprises.id),
    sectorCode: text('sector_code'),
    ownerUnit: text('owner_unit'),
    ownerAccountId: uuid('owner_account_id'),
    supervisorUnit: text('supervisor_unit'),
    state: text('state').notNull(),
    version: integer('version').notNull().default(1),
    level: text('level'),
    source: text('source'),
    deadline: timestamp('deadline', { withTimezone: true, precision: 3 }),
    cycle: integer('cycle').notNull().default(1),
    fields: jsonb('fields').$type<Record<string, unknown>>().notNull().default({}),
    /** Where: free text and GCJ-02 coordinates (any case type may carry a place). */
    locationText: text('location_text'),
    lng: doublePrecision('lng'),
    lat: doublePrecision('lat'),
    reporterAccountId: uuid('reporter_account_id'),
    /** Listed supervision (挂牌督办): the unit that lists it and when; the listed deadline is the case deadline. */
    listedUnit: text('listed_unit'),
    listedAt: timestamp('listed_at', { withTimezone: true, precision: 3 }),
    /** The case this one was merged into (a merged case is final). */
    mergedIntoId: uuid('merged_into_id'),
    /** A case linked to another, e.g. a resumption review to its hazard. */
    parentId: uuid('parent_id'),
    /**
     * Write-off facts, kept by a trigger on `case_events` (migration 0008) from the timeline, for the statistics cells:
     * how many write-offs it has had, the latest one's time, and whether that one's rectification was completed on
     * time (the rule of `rectifiedRows` in hazard-reports/statistics.ts).
     */
    writeOffs: integer('write_offs').notNull().default(0),
    writtenOffAt: timestamp('written_off_at', { withTimezone: true, precision: 3 }),
    writtenOffOnTime: boolean('written_off_on_time'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('cases_region_path_idx').on(t.regionPath.op('text_pattern_ops')),
    index('cases_type_state_idx').on(t.type, t.state),
    index('cases_deadline_idx').on(t.deadline).where(sql`${t.deadline} is not null`),
    index('cases_enterprise_idx').on(t.enterpriseId),
    index('cases_parent_idx').on(t.parentId).where(sql`${t.parentId} is not null`),
    index('cases_created_idx').on(t.type, t.createdAt),
    // The duplicate search of a report: open hazards within a box around its point (the other branch, the same
    // enterprise, is cases_enterprise_idx), so the two branches are a BitmapOr of two small index reads.
    index('cases_lat_lng_idx').on(t.lat, t.lng).where(sql`${t.lat} is not null`),
    // The search box: a number by its beginning, a title by three or more characters anywhere in it.
    index('cases_number_prefix_idx').on(t.number.op('text_pattern_ops')),
    index('cases_title_trgm_idx').using('gin', t.title.op('gin_trgm_ops')),
    // A county's hazard list, newest first, with or without a state (issue 7): the county is the third segment of
    // the region path, and `hazardsUnder` says a county subtree as that equality, so these indexes serve it in order.
    index('cases_county_recent_idx')
      .on(sql`split_part(${t.regionPath}, '/', 4)`, t.createdAt.desc().nullsFirst(), t.id)
      .where(sql`${t.type} = 'hazard'`),
    index('cases_county_state_recent_idx')
      .on(sql`split_part(${t.regionPath}, '/', 4)`, t.state, t.createdAt.desc().nullsFirst(), t.id)
      .where(sql`${t.type} = 'hazard'`),
    // Statistics: the "overdue now" of open hazards whose deadline falls today, the only part of it the cells cannot
    // know in advance.
    index('cases_open_deadline_idx')
      .on(t.deadline)
      .where(
        sql`${t.type} = 'hazard' and ${t.state} not in ('written_off', 'rejected', 'merged') and ${t.deadline} is not null`,
      ),
  ],
);

/**
 * Every write-off of a hazard that was written off again later (a reopen), with the next one's time, kept by the
 * trigger on `case_events` (migration 0008). A period counts a hazard once, at its last write-off in the period: the
 * cells count each hazard at its latest write-off, and these rows add the hazards whose last write-off in the period
 * is followed by another one after it (none when the period ends today).
 */
export const hazardWriteOffPairs = pgTable(
  'hazard_write_off_pairs',
  {
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    at: timestamp('at', { withTimezone: true, precision: 3 }).notNull(),
    nextAt: timestamp('next_at', { withTimezone: true, precision: 3 }).notNull(),
    /** Whether the rectification this write-off accepted was completed on time (the rule of `rectifiedRows`). */
    onTime: boolean('on_time').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.caseId, t.at] }),
    index('hazard_write_off_pairs_at_idx').on(t.at),
    index('hazard_write_off_pairs_next_idx').on(t.nextAt),
  ],
);

export const HAZARD_STAT_CELL_KINDS = ['created', 'written_off', 'created_month', 'written_off_month', 'open'] as const;

/**
 * Hazard statistics cells (decision 007), kept by a statement-level trigger on `cases` (migration 0008): for every
 * region from the province down to the town (codes of at most 9 digits) that a hazard lies under, the hazard's
 * contribution to one cell per kind and local day —
 * - `created`, on the day it was reported: reported, found, found and written off, planned and spent funds;
 * - `written_off`, on the day of its latest write-off: rectified, on time (see hazard_write_off_pairs for the earlier);
 * - `open`, while open, on its deadline's day ('infinity' without one): open, major, major and listed;
 * and `created_month`, `written_off_month`: the first two again by month (`day` the 1st), so that a period of many
 * months reads a cell per month and a cell per day only for its partial months.
 * The cockpit sums cells instead of scanning the hazards; an API test and `npm run bench` check the sums against the
 * plain GROUP BY.
 */
export const hazardStatCells = pgTable(
  'hazard_stat_cells',
  {
    regionCode: text('region_code')
      .notNull()
      .references(() => regions.code),
    /** The region's parent (null for a top-level region): a by-region table reads the cells of the root's children. */
    parentCode: text('parent_code'),
    kind: text('kind', { enum: HAZARD_STAT_CELL_KINDS }).notNull(),
    day: date('day').notNull(),
    reported: integer('reported').notNull().default(0),
    found: integer('found').notNull().default(0),
    foundRectified: integer('found_rectified').notNull().default(0),
    fundsPlanned: numeric('funds_planned').notNull().default('0'),
    fundsSpent: numeric('funds_spent').notNull().default('0'),
    rectified: integer('rectified').notNull().default(0),
    onTime: integer('on_time').notNull().default(0),
    open: integer('open').notNull().default(0),
    majorOpen: integer('major_open').notNull().default(0),
    majorListed: integer('major_listed').notNull().default(0),
    /** A delta the trigger appended, not yet folded into the settled cell (see foldCounterDeltas). */
    pending: boolean('pending').notNull().default(false),
  },
  // The cockpit reads cells by (region, kind, day) and by (parent, kind, day) through covering indexes that carry
  // every figure (INCLUDE), so a read never visits the table: hazard_stat_cells_region_cover and _parent_cover,
  // created by migration 0014 in SQL because drizzle cannot declare INCLUDE.
  (t) => [
    uniqueIndex('hazard_stat_cells_settled_key').on(t.regionCode, t.kind, t.day).where(sql`not ${t.pending}`),
    index('hazard_stat_cells_pending_idx').on(t.pending).where(sql`${t.pending}`),
  ],
);

/**
 * Cases per type, region, state and level, kept by statement-level triggers on `cases` (migration 0004), so the total
 * of a list that is only a region subtree, optionally narrowed by states and level, is a sum over counters instead of
 * a count over a million rows. `level` is '' for a case without one.
 */
export const caseRegionCounts = pgTable(
  'case_region_counts',
  {
    type: text('type').notNull(),
    regionCode: text('region_code')
      .notNull()
      .references(() => regions.code),
    regionPath: text('region_path').notNull(),
    state: text('state').notNull(),
    level: text('level').notNull(),
    n: bigint('n', { mode: 'number' }).notNull(),
    /** A delta the trigger appended, not yet folded into the settled counter (see foldCounterDeltas). */
    pending: boolean('pending').notNull().default(false),
  },
  (t) => [
    uniqueIndex('case_region_counts_settled_key')
      .on(t.type, t.regionCode, t.state, t.level)
      .where(sql`not ${t.pending}`),
    index('case_region_counts_path_idx').on(t.regionPath.op('text_pattern_ops')),
    // A list's total narrowed by state and level: one tight range instead of every counter of the subtree.
    index('case_region_counts_state_idx').on(t.type, t.state, t.level, t.regionPath.op('text_pattern_ops')),
    index('case_region_counts_pending_idx').on(t.pending).where(sql`${t.pending}`),
  ],
);

/** Who follows a case: its reporters (a merge keeps every reporter), and anyone who asked to watch. */
export const caseWatchers = pgTable(
  'case_watchers',
  {
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    accountId: uuid('account_id').notNull(),
    reason: text('reason', { enum: ['reporter', 'merged', 'watch'] }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.caseId, t.accountId] }), index('case_watchers_account_idx').on(t.accountId)],
);

/**
 * Escalation ladders as data per case type and region: the sweep uses the ladder of the nearest region at or above
 * the case's region (`region_code` null = the type's default everywhere), and DEFAULT_LADDER when none is set.
 */
export const escalationLadders = pgTable(
  'escalation_ladders',
  {
    id: id(),
    caseType: text('case_type').notNull(),
    regionCode: text('region_code').references(() => regions.code),
    regionPath: text('region_path'),
    ladder: jsonb('ladder').$type<Record<string, unknown>>().notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex('escalation_ladders_uq').on(t.caseType, sql`coalesce(${t.regionCode}, '')`)],
);

/**
 * The official holiday calendar per year (国务院办公厅 notice): holidays and the adjusted working weekend days, loaded
 * by an administrator; the years shipped with Redline are seeded.
 */
export const holidayCalendars = pgTable('holiday_calendars', {
  year: integer('year').primaryKey(),
  holidays: text('holidays').array().notNull(),
  workdays: text('workdays').array().notNull(),
  source: text('source').notNull(),
  loadedAt: timestamp('loaded_at', { withTimezone: true }).notNull().defaultNow(),
});

export const CASE_EVENT_KINDS = ['created', 'transition', 'reminder', 'overdue', 'escalation'] as const;

/**
 * The timeline. Clock events (reminder, overdue, escalation) carry an `event_key` unique per case and cycle, so a
 * sweep that runs twice, or in two processes at once, records each event once.
 */
export const caseEvents = pgTable(
  'case_events',
  {
    id: bigserial('id', { mode: 'bigint' }).primaryKey(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    cycle: integer('cycle').notNull(),
    at: timestamp('at', { withTimezone: true, precision: 3 }).notNull(),
    actorId: uuid('actor_id'),
    kind: text('kind', { enum: CASE_EVENT_KINDS }).notNull(),
    transition: text('transition'),
    fromState: text('from_state'),
    toState: text('to_state'),
    comment: text('comment'),
    data: jsonb('data').$type<Record<string, unknown>>().notNull().default({}),
    eventKey: text('event_key'),
  },
  (t) => [
    index('case_events_case_idx').on(t.caseId, t.cycle),
    uniqueIndex('case_events_key_uq').on(t.caseId, t.cycle, t.eventKey).where(sql`${t.eventKey} is not null`),
  ],
);

/** The last case number handed out per (type, county, year); numbers are allocated by an upsert in the case's tx. */
export const caseSequences = pgTable(
  'case_sequences',
  {
    type: text('type').notNull(),
    countyCode: text('county_code').notNull(),
    year: integer('year').notNull(),
    last: integer('last').notNull(),
  },
  (t) => [primaryKey({ columns: [t.type, t.countyCode, t.year] })],
);
