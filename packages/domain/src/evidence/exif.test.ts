import { describe, expect, it } from 'vitest';
import { exifPosition, exifTakenAt } from './exif';

// Issue 3 §2 "Evidence": EXIF time and GPS read when present; the camera's local time is Asia/Shanghai unless it says.
describe('exifTakenAt', () => {
  it('reads DateTimeOriginal as Asia/Shanghai (UTC+8) when the camera wrote no offset', () => {
    expect(exifTakenAt('2026:03:05 14:30:00')?.toISOString()).toBe('2026-03-05T06:30:00.000Z');
    // Just after local midnight is the previous day in UTC.
    expect(exifTakenAt('2026:01:01 00:10:00')?.toISOString()).toBe('2025-12-31T16:10:00.000Z');
  });

  it('uses OffsetTimeOriginal when present', () => {
    expect(exifTakenAt('2026:03:05 14:30:00', '+09:00')?.toISOString()).toBe('2026-03-05T05:30:00.000Z');
    expect(exifTakenAt('2026:03:05 14:30:00', '-05:00')?.toISOString()).toBe('2026-03-05T19:30:00.000Z');
    expect(exifTakenAt('2026:03:05 14:30:00', '+00:00')?.toISOString()).toBe('2026-03-05T14:30:00.000Z');
    // An unreadable offset falls back to Asia/Shanghai rather than discarding the time.
    expect(exifTakenAt('2026:03:05 14:30:00', 'local')?.toISOString()).toBe('2026-03-05T06:30:00.000Z');
  });

  it('accepts dashes and a T as some writers do, and ignores sub-second suffixes', () => {
    expect(exifTakenAt('2026-03-05T14:30:00')?.toISOString()).toBe('2026-03-05T06:30:00.000Z');
    expect(exifTakenAt('2026:03:05 14:30:00.123')?.toISOString()).toBe('2026-03-05T06:30:00.000Z');
  });

  it('gives null for absent, blank, zeroed or impossible times', () => {
    for (const bad of [undefined, null, 42, '', '    :  :     :  :  ', '0000:00:00 00:00:00', '2026:02:30 10:00:00']) {
      expect(exifTakenAt(bad), String(bad)).toBeNull();
    }
    expect(exifTakenAt('2026:13:01 10:00:00')).toBeNull();
    expect(exifTakenAt('2026:03:05 24:00:00')).toBeNull();
    expect(exifTakenAt('2026:03:05 14:30:00', '+15:00')).toBeNull();
  });
});

describe('exifPosition', () => {
  it('keeps the camera position as read (WGS-84, no GCJ-02 shift)', () => {
    expect(exifPosition(39.907422, 116.391388)).toEqual({ lat: 39.907422, lng: 116.391388 });
    expect(exifPosition(-33.86, 151.21)).toEqual({ lat: -33.86, lng: 151.21 });
  });

  it('gives null when a coordinate is missing, out of range, not finite, or the no-fix (0, 0)', () => {
    expect(exifPosition(undefined, 116)).toBeNull();
    expect(exifPosition(39.9, '116')).toBeNull();
    expect(exifPosition(91, 116)).toBeNull();
    expect(exifPosition(39.9, 181)).toBeNull();
    expect(exifPosition(Number.NaN, 116)).toBeNull();
    expect(exifPosition(0, 0)).toBeNull();
  });
});
