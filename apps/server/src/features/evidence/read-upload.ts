import crypto from 'node:crypto';
import type { MultipartFile } from '@fastify/multipart';
import { EVIDENCE_MAX_BYTES, type EvidenceMediaType, SNIFF_LENGTH, sniffImageType } from '@redline/domain';
import type { FastifyRequest } from 'fastify';
import { AppError, invalid } from '../../http/errors';

/** A photo read from a multipart upload: its bytes (at most EVIDENCE_MAX_BYTES), their hash and the sniffed type. */
export type ImageUpload = {
  bytes: Buffer;
  sha256: string;
  mediaType: EvidenceMediaType;
  /** The name the client gave, for display only (the type never comes from it). */
  originalName: string | null;
  /** The text fields of the form, for the route's contract. */
  fields: Record<string, string>;
};

export const tooLarge = () => new AppError('EVIDENCE.TOO_LARGE', { maxMb: EVIDENCE_MAX_BYTES / 1024 / 1024 });
const unsupported = () => new AppError('EVIDENCE.UNSUPPORTED_TYPE');

/** Room for the multipart framing and the small text fields around a file of the largest size. */
const FORM_OVERHEAD = 64 * 1024;

/**
 * Reads the one image of the form while it arrives. The type is decided by the first bytes (a PDF named photo.jpg is
 * refused as soon as its first 12 bytes are in) and the size is counted as it streams: one byte over the limit stops
 * the read and answers 413, so no more than EVIDENCE_MAX_BYTES is ever held.
 */
async function readImagePart(part: MultipartFile): Promise<Omit<ImageUpload, 'fields'>> {
  const stream = part.file;
  const hash = crypto.createHash('sha256');
  const chunks: Buffer[] = [];
  let size = 0;
  let mediaType: EvidenceMediaType | null = null;
  let failure: AppError | null = null;
  const stop = (error: AppError) => {
    failure ??= error;
    stream.destroy(error);
  };
  stream.once('limit', () => stop(tooLarge()));
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      size += chunk.length;
      if (size > EVIDENCE_MAX_BYTES) throw tooLarge();
      hash.update(chunk);
      chunks.push(chunk);
      if (!mediaType && size >= SNIFF_LENGTH) {
        mediaType = sniffImageType(Buffer.concat(chunks).subarray(0, SNIFF_LENGTH));
        if (!mediaType) throw unsupported();
      }
    }
  } catch (error) {
    stream.destroy();
    throw failure ?? (error instanceof AppError ? error : multipartError(error));
  }
  if (failure) throw failure;
  if (stream.truncated) throw tooLarge();
  const bytes = Buffer.concat(chunks, size);
  mediaType ??= sniffImageType(bytes);
  if (!mediaType) throw unsupported();
  return { bytes, sha256: hash.digest('hex'), mediaType, originalName: part.filename || null };
}

/** The plugin's and busboy's failures, as the API's codes. */
function multipartError(error: unknown): AppError {
  const code = (error as { code?: string })?.code;
  if (code === 'FST_REQ_FILE_TOO_LARGE') return tooLarge();
  if (code === 'FST_INVALID_MULTIPART_CONTENT_TYPE') return new AppError('REQUEST.UNSUPPORTED_MEDIA_TYPE');
  if (code === 'FST_FILES_LIMIT') return invalid({ path: 'file', code: 'VALIDATION.TOO_MANY', params: { max: 1 } });
  if (code === 'FST_PARTS_LIMIT' || code === 'FST_FIELDS_LIMIT') return new AppError('REQUEST.TOO_LARGE');
  return invalid({ path: 'body', code: 'VALIDATION.INVALID' });
}

/**
 * Reads a multipart/form-data upload with one file part named `fileField` and a few short text fields. A missing
 * file answers EVIDENCE.FILE_REQUIRED; a file part of another name, or a second file, answers REQUEST.VALIDATION.
 */
export async function readImageUpload(req: FastifyRequest, fileField = 'file'): Promise<ImageUpload> {
  if (!req.isMultipart()) throw new AppError('REQUEST.UNSUPPORTED_MEDIA_TYPE');
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > EVIDENCE_MAX_BYTES + FORM_OVERHEAD) throw tooLarge();
  const fields: Record<string, string> = {};
  let image: Omit<ImageUpload, 'fields'> | undefined;
  const parts = req.parts({
    limits: { fileSize: EVIDENCE_MAX_BYTES, files: 1, fields: 8, fieldSize: 1024, parts: 9, headerPairs: 50 },
  });
  try {
    for await (const part of parts) {
      if (part.type === 'file') {
        if (part.fieldname !== fileField) {
          part.file.resume();
          throw invalid({ path: part.fieldname, code: 'VALIDATION.UNKNOWN_FIELD' });
        }
        image = await readImagePart(part);
      } else {
        if (part.valueTruncated)
          throw invalid({ path: part.fieldname, code: 'VALIDATION.TOO_LONG', params: { max: 1024 } });
        fields[part.fieldname] = String(part.value);
      }
    }
  } catch (error) {
    throw error instanceof AppError ? error : multipartError(error);
  }
  if (!image) throw new AppError('EVIDENCE.FILE_REQUIRED');
  return { ...image, fields };
}
