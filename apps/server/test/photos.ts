import crypto from 'node:crypto';
import sharp from 'sharp';
import type { ApiClient } from './api-client';

export type Part = { name: string; value: string } | { name: string; filename: string; type: string; data: Buffer };

/** A multipart/form-data body as a browser sends it. */
export function form(parts: Part[]) {
  const boundary = `----redline-${crypto.randomUUID()}`;
  const chunks: Buffer[] = [];
  for (const p of parts) {
    const file = 'data' in p;
    chunks.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="${p.name}"${file ? `; filename="${p.filename}"` : ''}\r\n` +
          `${file ? `Content-Type: ${p.type}\r\n` : ''}\r\n`,
      ),
      file ? p.data : Buffer.from(p.value),
      Buffer.from('\r\n'),
    );
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return { body: Buffer.concat(chunks), contentType: `multipart/form-data; boundary=${boundary}` };
}

/** A JPEG no other test has (random pixels, so every file hashes differently). */
export const randomJpeg = (width = 64, height = 48) =>
  sharp(crypto.randomBytes(width * height * 3), { raw: { width, height, channels: 3 } })
    .jpeg({ quality: 80 })
    .toBuffer();

/** Uploads one photo as evidence through the API and answers its id (throws unless 201). */
export async function uploadPhoto(client: ApiClient, phase: 'before' | 'after' | 'other' = 'before', bytes?: Buffer) {
  const data = bytes ?? (await randomJpeg());
  const { body, contentType } = form([
    { name: 'phase', value: phase },
    { name: 'file', filename: 'photo.jpg', type: 'image/jpeg', data },
  ]);
  const res = await client.request('POST', '/api/v1/evidence', body, { 'content-type': contentType });
  if (res.statusCode !== 201) throw new Error(`upload failed: ${res.statusCode} ${res.body}`);
  return res.json().id as string;
}
