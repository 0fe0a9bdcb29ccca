import { sql } from 'drizzle-orm';
import { bigint, doublePrecision, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { createdAt, id } from '../../db/columns';
import { cases } from '../cases/schema';

/**
 * A photo kept as evidence. Uploaded first (unattached, owned by its uploader), then attached to a case by the report
 * or the transition that cites it: `case_id`, `cycle` and `event_id` are set then and never change. The type is
 * decided from the bytes; `sha256` finds the same file used on another case. EXIF time and place are what the
 * camera wrote (may be absent or false); `received_at` is the server's clock.
 */
export const evidence = pgTable(
  'evidence',
  {
    id: id(),
    caseId: uuid('case_id').references(() => cases.id),
    cycle: integer('cycle'),
    eventId: bigint('event_id', { mode: 'bigint' }),
    phase: text('phase', { enum: ['before', 'after', 'other'] }).notNull(),
    uploaderAccountId: uuid('uploader_account_id'),
    storageKey: text('storage_key').notNull(),
    thumbnailKey: text('thumbnail_key'),
    originalName: text('original_name'),
    mediaType: text('media_type').notNull(),
    sizeBytes: integer('size_bytes').notNull(),
    sha256: text('sha256').notNull(),
    width: integer('width'),
    height: integer('height'),
    exifTakenAt: timestamp('exif_taken_at', { withTimezone: true }),
    exifLng: doublePrecision('exif_lng'),
    exifLat: doublePrecision('exif_lat'),
    receivedAt: timestamp('received_at', { withTimezone: true, precision: 3 }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    index('evidence_case_idx').on(t.caseId, t.cycle).where(sql`${t.caseId} is not null`),
    index('evidence_sha256_idx').on(t.sha256),
    index('evidence_unattached_idx').on(t.uploaderAccountId, t.createdAt).where(sql`${t.caseId} is null`),
  ],
);
