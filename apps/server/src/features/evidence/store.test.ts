import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { text } from 'node:stream/consumers';
import { afterAll, describe, expect, it } from 'vitest';
import { assertStoreKey, fileEvidenceStore } from './store';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'redline-evidence-store-'));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

describe('fileEvidenceStore', () => {
  const store = fileEvidenceStore(root);

  it('writes a key as a file under its root and reads it back as a stream', async () => {
    await store.put('2026/03/ab/one.jpg', Buffer.from('photo bytes'), 'image/jpeg');
    expect(fs.readFileSync(path.join(root, '2026', '03', 'ab', 'one.jpg'), 'utf8')).toBe('photo bytes');
    const stream = await store.get('2026/03/ab/one.jpg');
    expect(stream).not.toBeNull();
    expect(await text(stream!)).toBe('photo bytes');
    // No temporary file is left beside it.
    expect(fs.readdirSync(path.join(root, '2026', '03', 'ab'))).toEqual(['one.jpg']);
  });

  it('answers null for a key it does not have, and deletes idempotently', async () => {
    expect(await store.get('2026/03/ab/none.jpg')).toBeNull();
    await store.put('2026/03/cd/two.jpg', Buffer.from('x'), 'image/jpeg');
    await store.delete('2026/03/cd/two.jpg');
    await store.delete('2026/03/cd/two.jpg');
    expect(await store.get('2026/03/cd/two.jpg')).toBeNull();
  });

  it('refuses keys that could leave its root', async () => {
    for (const key of [
      '../escape.jpg',
      '2026/../../escape.jpg',
      '/etc/passwd',
      'a//b.jpg',
      '',
      'a/./b.jpg',
      'a\\b.jpg',
    ]) {
      expect(() => assertStoreKey(key), key).toThrow(/invalid evidence store key/);
    }
    await expect(store.put('../escape.jpg', Buffer.from('x'), 'image/jpeg')).rejects.toThrow(/invalid/);
    expect(fs.existsSync(path.join(root, '..', 'escape.jpg'))).toBe(false);
  });
});
