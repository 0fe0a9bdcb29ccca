import { exifPosition, exifTakenAt } from '@redline/domain';
import exifr from 'exifr';
import sharp from 'sharp';
import { AppError } from '../../http/errors';

/** The long side of a thumbnail, in pixels. */
export const THUMBNAIL_MAX_SIDE = 320;
export const THUMBNAIL_MEDIA_TYPE = 'image/jpeg';

export type ImageFacts = {
  /** As displayed, i.e. after the EXIF orientation is applied. */
  width: number | null;
  height: number | null;
  exifTakenAt: Date | null;
  /** WGS-84 as the camera wrote it (not shifted to GCJ-02). */
  exifLat: number | null;
  exifLng: number | null;
  thumbnail: Buffer;
};

const EXIF_HEADER = Buffer.from('Exif\0\0', 'latin1');

type ExifTags = { DateTimeOriginal?: unknown; OffsetTimeOriginal?: unknown; latitude?: unknown; longitude?: unknown };

/**
 * The EXIF block libvips found (JPEG APP1, PNG eXIf, WebP EXIF chunk all come out the same), read by exifr. A damaged
 * block is no reason to refuse the photo: its facts are simply absent.
 */
async function readExif(exif: Buffer | undefined): Promise<ExifTags> {
  if (!exif?.length) return {};
  const tiff = exif.subarray(0, EXIF_HEADER.length).equals(EXIF_HEADER) ? exif.subarray(EXIF_HEADER.length) : exif;
  try {
    const tags = (await exifr.parse(tiff, {
      tiff: true,
      exif: true,
      gps: true,
      ifd1: false,
      interop: false,
      reviveValues: false,
      translateValues: false,
    })) as ExifTags | undefined;
    return tags ?? {};
  } catch {
    return {};
  }
}

/**
 * Decodes the photo once to learn its size, its EXIF time and place, and to make a thumbnail (at most 320 px on the
 * long side, JPEG, turned upright, without any metadata, so the thumbnail never carries the GPS position). A file
 * whose first bytes say image but which does not decode answers EVIDENCE.UNREADABLE.
 */
export async function inspectImage(bytes: Buffer): Promise<ImageFacts> {
  try {
    const meta = await sharp(bytes).metadata();
    const thumbnail = await sharp(bytes)
      .rotate()
      .resize({ width: THUMBNAIL_MAX_SIDE, height: THUMBNAIL_MAX_SIDE, fit: 'inside', withoutEnlargement: true })
      .flatten({ background: '#ffffff' })
      .jpeg({ quality: 78, mozjpeg: true })
      .toBuffer();
    const tags = await readExif(meta.exif);
    const position = exifPosition(tags.latitude, tags.longitude);
    return {
      width: meta.autoOrient?.width ?? meta.width ?? null,
      height: meta.autoOrient?.height ?? meta.height ?? null,
      exifTakenAt: exifTakenAt(tags.DateTimeOriginal, tags.OffsetTimeOriginal),
      exifLat: position?.lat ?? null,
      exifLng: position?.lng ?? null,
      thumbnail,
    };
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError('EVIDENCE.UNREADABLE');
  }
}
