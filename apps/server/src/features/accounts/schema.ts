import { sql } from 'drizzle-orm';
import { boolean, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAt, id, updatedAt } from '../../db/columns';
import { departments } from '../departments/schema';
import { enterprises } from '../enterprises/schema';
import { people } from '../people/schema';
import { regions } from '../regions/schema';

/**
 * Accounts and their data scope. `scopePath` is the region path that anchors the scope (the region itself, the
 * village of the first grid, or the enterprise's region) so administrators see the accounts inside their subtree.
 */
export const accounts = pgTable(
  'accounts',
  {
    id: id(),
    username: text('username').notNull(),
    displayName: text('display_name').notNull(),
    mobile: text('mobile'),
    /** Where email notifications go (only when SMTP is configured). */
    email: text('email'),
    /** The department this account acts for (an inspector's bureau): its cases' supervising unit. */
    departmentId: uuid('department_id').references(() => departments.id),
    personId: uuid('person_id').references(() => people.id),
    roles: text('roles').array().notNull(),
    scopeKind: text('scope_kind', { enum: ['region', 'grids', 'enterprise'] }).notNull(),
    scopeRegionCode: text('scope_region_code').references(() => regions.code),
    scopeSectorCodes: text('scope_sector_codes').array().notNull().default(sql`'{}'::text[]`),
    scopeGridCodes: text('scope_grid_codes').array().notNull().default(sql`'{}'::text[]`),
    scopeEnterpriseId: uuid('scope_enterprise_id').references(() => enterprises.id),
    scopePath: text('scope_path').notNull(),
    passwordHash: text('password_hash').notNull(),
    mustChangePassword: boolean('must_change_password').notNull().default(false),
    status: text('status', { enum: ['active', 'disabled'] })
      .notNull()
      .default('active'),
    failedCount: integer('failed_count').notNull().default(0),
    lockedUntil: timestamp('locked_until', { withTimezone: true }),
    lastSignInAt: timestamp('last_sign_in_at', { withTimezone: true }),
    passwordChangedAt: timestamp('password_changed_at', { withTimezone: true }).notNull().defaultNow(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('accounts_username_uq').on(sql`lower(${t.username})`),
    uniqueIndex('accounts_mobile_uq').on(t.mobile),
    index('accounts_scope_path_idx').on(t.scopePath.op('text_pattern_ops')),
  ],
);

/** Server-side sessions: the cookie holds a random token; only its keyed hash is stored. */
export const sessions = pgTable(
  'sessions',
  {
    id: text('id').primaryKey(),
    accountId: uuid('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    csrfToken: text('csrf_token').notNull(),
    createdAt: createdAt(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow(),
    endedAt: timestamp('ended_at', { withTimezone: true }),
    userAgent: text('user_agent'),
    ip: text('ip'),
  },
  (t) => [index('sessions_account_idx').on(t.accountId)],
);

export const apiTokens = pgTable(
  'api_tokens',
  {
    id: id(),
    accountId: uuid('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    prefix: text('prefix').notNull(),
    tokenHash: text('token_hash').notNull(),
    createdAt: createdAt(),
    expiresAt: timestamp('expires_at', { withTimezone: true }),
    lastUsedAt: timestamp('last_used_at', { withTimezone: true }),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
  },
  (t) => [uniqueIndex('api_tokens_hash_uq').on(t.tokenHash), index('api_tokens_account_idx').on(t.accountId)],
);

/** A leader's assignments: sectors in charge (分管) and liaison regions or enterprises (包联). */
export const leaderAssignments = pgTable(
  'leader_assignments',
  {
    id: id(),
    accountId: uuid('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: ['sector', 'region', 'enterprise'] }).notNull(),
    ref: text('ref').notNull(),
    relation: text('relation', { enum: ['in_charge', 'liaison'] }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('leader_assignments_uq').on(t.accountId, t.kind, t.ref, t.relation)],
);
