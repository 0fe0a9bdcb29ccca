/**
 * What a camera wrote about a photo, as read from its EXIF block (issue 3 §2 "Evidence"). Both may be absent or false:
 * they are the camera's word, shown beside the server's receive time, never instead of it.
 */

/** China Standard Time: Asia/Shanghai has been UTC+8 all year since 1991 (no daylight saving). */
const SHANGHAI_OFFSET = '+08:00';

const DATE_TIME = /^(\d{4})[:-](\d{2})[:-](\d{2})[ T](\d{2}):(\d{2}):(\d{2})/;
const OFFSET = /^([+-])(\d{2}):(\d{2})$/;

/**
 * The instant of EXIF `DateTimeOriginal` ("YYYY:MM:DD HH:MM:SS", the camera's local wall-clock time). The offset is
 * `OffsetTimeOriginal` ("+08:00") when the camera wrote one; without it the time is taken as Asia/Shanghai. A blank,
 * zeroed ("0000:00:00 00:00:00") or impossible date (2026:02:30) gives null.
 */
export function exifTakenAt(dateTime: unknown, offset?: unknown): Date | null {
  if (typeof dateTime !== 'string') return null;
  const m = DATE_TIME.exec(dateTime.trim());
  if (!m) return null;
  const [year, month, day, hour, minute, second] = m.slice(1).map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  if (year < 1900 || month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || second > 59) return null;
  const wall = Date.UTC(year, month - 1, day, hour, minute, second);
  if (new Date(wall).getUTCDate() !== day) return null; // 30 February and the like
  const o = OFFSET.exec(typeof offset === 'string' && OFFSET.test(offset.trim()) ? offset.trim() : SHANGHAI_OFFSET)!;
  const minutes = (o[1] === '-' ? -1 : 1) * (Number(o[2]) * 60 + Number(o[3]));
  if (Math.abs(minutes) > 14 * 60) return null;
  return new Date(wall - minutes * 60_000);
}

/**
 * The EXIF GPS position in decimal degrees, as the camera recorded it: WGS-84 (GPSMapDatum is WGS-84 on phones), not
 * converted to GCJ-02. Null unless both are finite numbers in range; (0, 0), which cameras write without a fix, is null.
 */
export function exifPosition(lat: unknown, lng: unknown): { lat: number; lng: number } | null {
  if (typeof lat !== 'number' || typeof lng !== 'number') return null;
  if (!Number.isFinite(lat) || !Number.isFinite(lng)) return null;
  if (Math.abs(lat) > 90 || Math.abs(lng) > 180) return null;
  if (lat === 0 && lng === 0) return null;
  return { lat, lng };
}
