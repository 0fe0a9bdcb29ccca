/**
 * Evidence photos (issue 3 §2 "Evidence"): JPEG, PNG or WebP, at most 10 MB each, the type decided by the first bytes
 * of the file and never by its name or the Content-Type the client claims.
 */
export const EVIDENCE_MEDIA_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const;
export type EvidenceMediaType = (typeof EVIDENCE_MEDIA_TYPES)[number];

/** 10 MiB: a file of exactly this size is accepted, one byte more is refused. */
export const EVIDENCE_MAX_BYTES = 10 * 1024 * 1024;

/** How many leading bytes `sniffImageType` needs to decide (the WebP signature ends at byte 12). */
export const SNIFF_LENGTH = 12;

export const EVIDENCE_EXTENSIONS: Record<EvidenceMediaType, string> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/webp': 'webp',
};

const startsWith = (bytes: Uint8Array, signature: readonly number[], at = 0) =>
  bytes.length >= at + signature.length && signature.every((b, i) => bytes[at + i] === b);

const JPEG = [0xff, 0xd8, 0xff] as const;
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] as const;
const RIFF = [0x52, 0x49, 0x46, 0x46] as const; // "RIFF", then a 4-byte little-endian size
const WEBP = [0x57, 0x45, 0x42, 0x50] as const; // "WEBP" at offset 8

/**
 * The image type of a file from its first bytes (pass at least SNIFF_LENGTH when the file has them): JPEG `FF D8 FF`,
 * PNG `89 50 4E 47 0D 0A 1A 0A`, WebP `RIFF????WEBP`. Anything else, or too few bytes, is null.
 */
export function sniffImageType(head: Uint8Array): EvidenceMediaType | null {
  if (startsWith(head, JPEG)) return 'image/jpeg';
  if (startsWith(head, PNG)) return 'image/png';
  if (startsWith(head, RIFF) && startsWith(head, WEBP, 8)) return 'image/webp';
  return null;
}
