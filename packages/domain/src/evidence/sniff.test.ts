import { describe, expect, it } from 'vitest';
import { EVIDENCE_MAX_BYTES, SNIFF_LENGTH, sniffImageType } from './sniff';

const bytes = (...parts: Array<number[] | string>) =>
  new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? [...p].map((c) => c.charCodeAt(0)) : p)));

// Issue 3 §2 "Evidence": JPEG, PNG, WebP only, at most 10 MB, the type decided by content and not by name.
describe('sniffImageType', () => {
  it('recognises JPEG by FF D8 FF, whatever follows (JFIF, EXIF or raw)', () => {
    expect(sniffImageType(bytes([0xff, 0xd8, 0xff, 0xe0], 'JFIF\0'))).toBe('image/jpeg');
    expect(sniffImageType(bytes([0xff, 0xd8, 0xff, 0xe1], 'Exif\0'))).toBe('image/jpeg');
    expect(sniffImageType(bytes([0xff, 0xd8, 0xff]))).toBe('image/jpeg');
  });

  it('recognises PNG by its whole 8-byte signature', () => {
    expect(sniffImageType(bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]))).toBe('image/png');
    // A signature cut short or with a wrong line-ending byte (a text-mode transfer) is not PNG.
    expect(sniffImageType(bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a]))).toBeNull();
    expect(sniffImageType(bytes([0x89, 0x50, 0x4e, 0x47, 0x0a, 0x1a, 0x0a, 0x00]))).toBeNull();
  });

  it('recognises WebP as RIFF, any size, then WEBP at byte 8', () => {
    expect(sniffImageType(bytes('RIFF', [0x24, 0x08, 0x00, 0x00], 'WEBPVP8 '))).toBe('image/webp');
    // Other RIFF files (WAV audio, AVI video) are not images.
    expect(sniffImageType(bytes('RIFF', [0x24, 0x08, 0x00, 0x00], 'WAVEfmt '))).toBeNull();
    expect(sniffImageType(bytes('RIFF', [0x24, 0x08, 0x00, 0x00], 'AVI LIST'))).toBeNull();
    expect(sniffImageType(bytes('RIFF', [0, 0, 0, 0], 'WEB'))).toBeNull();
  });

  it('refuses a PDF renamed photo.jpg: the name plays no part, the bytes say %PDF', () => {
    expect(sniffImageType(bytes('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n'))).toBeNull();
  });

  it('refuses other formats, empty and short input', () => {
    expect(sniffImageType(bytes('GIF89a'))).toBeNull();
    expect(sniffImageType(bytes('PK', [3, 4]))).toBeNull(); // zip / xlsx
    expect(sniffImageType(bytes('<svg xmlns="http://www.w3.org/2000/svg">'))).toBeNull();
    expect(sniffImageType(bytes([0x00, 0x00, 0x00, 0x18], 'ftypheic'))).toBeNull(); // HEIC is not accepted
    expect(sniffImageType(new Uint8Array())).toBeNull();
    expect(sniffImageType(bytes([0xff, 0xd8]))).toBeNull();
  });

  it('needs no more than SNIFF_LENGTH bytes, and the limit is 10 MiB', () => {
    expect(SNIFF_LENGTH).toBe(12);
    expect(sniffImageType(bytes('RIFF', [1, 2, 3, 4], 'WEBP'))).toBe('image/webp');
    expect(EVIDENCE_MAX_BYTES).toBe(10 * 1024 * 1024);
  });
});
