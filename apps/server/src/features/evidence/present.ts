import type { TEvidence, TEvidenceReuse } from '@redline/contracts';
import type { evidence } from './schema';

export type EvidenceRow = typeof evidence.$inferSelect;

/** The API shape of an evidence row; the file and its thumbnail are fetched through the URLs, never by storage key. */
export const presentEvidence = (row: EvidenceRow, reusedOnCases: TEvidenceReuse[]): TEvidence => ({
  id: row.id,
  phase: row.phase,
  mediaType: row.mediaType as TEvidence['mediaType'],
  sizeBytes: row.sizeBytes,
  sha256: row.sha256,
  width: row.width,
  height: row.height,
  exifTakenAt: row.exifTakenAt?.toISOString() ?? null,
  exifLng: row.exifLng,
  exifLat: row.exifLat,
  receivedAt: row.receivedAt.toISOString(),
  originalName: row.originalName,
  thumbnailUrl: row.thumbnailKey ? `/api/v1/evidence/${row.id}/thumbnail` : null,
  fileUrl: `/api/v1/evidence/${row.id}/file`,
  caseId: row.caseId,
  cycle: row.cycle,
  eventId: row.eventId === null ? null : String(row.eventId),
  reusedOnCases,
});
