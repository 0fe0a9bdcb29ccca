import { z } from 'zod';
import { ZId } from './common';

export const EVIDENCE_PHASES = ['before', 'after', 'other'] as const;
/** Before-photos come with a report, after-photos with completed rectification; anything else is `other`. */
export const ZEvidencePhase = z.enum(EVIDENCE_PHASES);
export type TEvidencePhase = z.infer<typeof ZEvidencePhase>;

/** The text fields of the multipart upload (the `file` part is the photo itself). */
export const ZEvidenceUploadFields = z.strictObject({ phase: ZEvidencePhase.default('before') });

/** Another case that already has a photo with the same SHA-256 (the same file used twice is flagged). */
export const ZEvidenceReuse = z.object({ caseId: ZId, number: z.string() });
export type TEvidenceReuse = z.infer<typeof ZEvidenceReuse>;

/**
 * A photo kept as evidence. `receivedAt` is the server's clock; `exifTakenAt` and `exifLat`/`exifLng` are what the
 * camera wrote (WGS-84 as recorded, not shifted to GCJ-02) and may be absent or false. `caseId` is null until a report
 * or transition attaches the upload.
 */
export const ZEvidence = z.object({
  id: ZId,
  phase: ZEvidencePhase,
  mediaType: z.enum(['image/jpeg', 'image/png', 'image/webp']),
  sizeBytes: z.number().int(),
  sha256: z.string().describe('SHA-256 of the file, 64 lowercase hex digits'),
  width: z.number().int().nullable(),
  height: z.number().int().nullable(),
  exifTakenAt: z.string().nullable(),
  exifLng: z.number().nullable(),
  exifLat: z.number().nullable(),
  receivedAt: z.string(),
  originalName: z.string().nullable(),
  thumbnailUrl: z.string().nullable(),
  fileUrl: z.string(),
  caseId: ZId.nullable(),
  cycle: z.number().int().nullable(),
  eventId: z.string().nullable().describe('The timeline event that attached it'),
  reusedOnCases: z.array(ZEvidenceReuse),
});
export type TEvidence = z.infer<typeof ZEvidence>;
