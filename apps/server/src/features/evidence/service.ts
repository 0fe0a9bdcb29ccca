import crypto from 'node:crypto';
import type { Readable } from 'node:stream';
import type { TEvidence, TEvidencePhase } from '@redline/contracts';
import { EVIDENCE_EXTENSIONS } from '@redline/domain';
import type { Ctx } from '../../http/context';
import { AppError, notFound } from '../../http/errors';
import { appendAudit } from '../audit/append-audit';
import { whoOf } from '../audit/who';
import { inspectImage, THUMBNAIL_MEDIA_TYPE } from './inspect-image';
import { type EvidenceRow, presentEvidence } from './present';
import type { ImageUpload } from './read-upload';
import { findVisibleEvidence, reuseOf } from './repo';
import { evidence } from './schema';

/** Month folders follow the calendar in Asia/Shanghai (UTC+8 all year). */
function monthOf(at: Date): string {
  const local = new Date(at.getTime() + 8 * 3_600_000);
  return `${local.getUTCFullYear()}/${String(local.getUTCMonth() + 1).padStart(2, '0')}`;
}

/** `<yyyy>/<mm>/<first two hex digits of the SHA-256>/<id>.<ext>`, and `<id>.thumb.jpg` beside it. */
export function storageKeysOf(id: string, sha256: string, ext: string, receivedAt: Date) {
  const folder = `${monthOf(receivedAt)}/${sha256.slice(0, 2)}`;
  return { file: `${folder}/${id}.${ext}`, thumbnail: `${folder}/${id}.thumb.jpg` };
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is removed
const CONTROL = /[\u0000-\u001f\u007f]/g;
const cleanName = (name: string | null) => name?.replace(CONTROL, '').trim().slice(0, 255) || null;

const storageFailed = (error: unknown) => Object.assign(new AppError('EVIDENCE.STORAGE_FAILED'), { cause: error });

/**
 * Keeps an uploaded photo as unattached evidence of its uploader: decodes it (size, EXIF time and place, thumbnail),
 * writes the file and the thumbnail to the store, then records the row and its audit entry in one transaction. If the
 * transaction fails the two files are removed again.
 */
export async function uploadEvidence(ctx: Ctx, upload: ImageUpload, phase: TEvidencePhase): Promise<TEvidence> {
  const facts = await inspectImage(upload.bytes);
  const id = crypto.randomUUID();
  const receivedAt = ctx.now;
  const keys = storageKeysOf(id, upload.sha256, EVIDENCE_EXTENSIONS[upload.mediaType], receivedAt);
  const store = ctx.deps.evidenceStore;
  const undo = () => Promise.allSettled([store.delete(keys.file), store.delete(keys.thumbnail)]).then(() => undefined);
  try {
    await store.put(keys.file, upload.bytes, upload.mediaType);
    await store.put(keys.thumbnail, facts.thumbnail, THUMBNAIL_MEDIA_TYPE);
  } catch (error) {
    await undo();
    throw storageFailed(error);
  }
  const values = {
    id,
    caseId: null,
    cycle: null,
    eventId: null,
    phase,
    uploaderAccountId: ctx.actor.via === 'system' ? null : ctx.actor.accountId,
    storageKey: keys.file,
    thumbnailKey: keys.thumbnail,
    originalName: cleanName(upload.originalName),
    mediaType: upload.mediaType,
    sizeBytes: upload.bytes.length,
    sha256: upload.sha256,
    width: facts.width,
    height: facts.height,
    exifTakenAt: facts.exifTakenAt,
    exifLng: facts.exifLng,
    exifLat: facts.exifLat,
    receivedAt,
    createdAt: receivedAt,
  };
  let row: EvidenceRow;
  try {
    row = await ctx.db.transaction(async (tx) => {
      const [inserted] = await tx.insert(evidence).values(values).returning();
      await appendAudit(tx, whoOf(ctx), {
        action: 'evidence.upload',
        entity: 'evidence',
        entityId: id,
        after: {
          phase,
          mediaType: values.mediaType,
          sizeBytes: values.sizeBytes,
          sha256: values.sha256,
          width: values.width,
          height: values.height,
          exifTakenAt: values.exifTakenAt?.toISOString() ?? null,
          exifLat: values.exifLat,
          exifLng: values.exifLng,
          originalName: values.originalName,
          storageKey: values.storageKey,
        },
      });
      return inserted!;
    });
  } catch (error) {
    await undo();
    throw error;
  }
  const reuse = await reuseOf(ctx.db, [row.sha256], null, ctx.actor);
  return presentEvidence(row, reuse.get(row.sha256) ?? []);
}

/** One evidence item's facts, with the other cases (in the actor's scope) that have the same bytes. */
export async function getEvidence(ctx: Ctx, id: string): Promise<TEvidence> {
  const row = await findVisibleEvidence(ctx.db, ctx.actor, id);
  if (!row) throw notFound();
  const reuse = await reuseOf(ctx.db, [row.sha256], row.caseId, ctx.actor);
  return presentEvidence(row, reuse.get(row.sha256) ?? []);
}

export type EvidenceBytes = { body: Readable; mediaType: string; size: number | null; name: string };

/** The file or its thumbnail as a stream, for an actor who may see the evidence. */
export async function openEvidence(ctx: Ctx, id: string, which: 'file' | 'thumbnail'): Promise<EvidenceBytes> {
  const row = await findVisibleEvidence(ctx.db, ctx.actor, id);
  if (!row) throw notFound();
  const key = which === 'file' ? row.storageKey : row.thumbnailKey;
  if (!key) throw notFound();
  let body: Readable | null;
  try {
    body = await ctx.deps.evidenceStore.get(key);
  } catch (error) {
    throw storageFailed(error);
  }
  if (!body) throw notFound();
  return which === 'file'
    ? {
        body,
        mediaType: row.mediaType,
        size: row.sizeBytes,
        name: `${row.id}.${key.split('.').pop()}`,
      }
    : { body, mediaType: THUMBNAIL_MEDIA_TYPE, size: null, name: `${row.id}.thumb.jpg` };
}
