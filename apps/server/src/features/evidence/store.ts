import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Readable } from 'node:stream';

/**
 * Where evidence files live: a folder (the default, under the data folder) or an S3-compatible bucket. Keys are made
 * by the server (`<yyyy>/<mm>/<sha256 prefix>/<evidence id>.<ext>`), never by a client.
 */
export interface EvidenceStore {
  /** Where the files are, for logs and the operator (never carries credentials). */
  readonly location: string;
  put(key: string, bytes: Uint8Array, mediaType: string): Promise<void>;
  /** The file as a stream, or null when there is no such key. */
  get(key: string): Promise<Readable | null>;
  /** Removes a key (absent is fine); used to undo the writes of an upload whose transaction failed. */
  delete(key: string): Promise<void>;
}

const KEY = /^[a-z0-9][a-z0-9._-]*(\/[a-z0-9][a-z0-9._-]*)*$/i;

/** Refuses anything but server-made keys: no `..`, no absolute paths, no empty segments. */
export function assertStoreKey(key: string): void {
  if (!KEY.test(key) || key.split('/').some((part) => part === '..' || part === '.')) {
    throw new Error(`invalid evidence store key ${JSON.stringify(key)}`);
  }
}

export type FileEvidenceStore = EvidenceStore & { readonly root: string };

/** Files under `root`; a write goes to a temporary name first and is renamed into place, so readers never see half. */
export function fileEvidenceStore(root: string): FileEvidenceStore {
  const fileOf = (key: string) => {
    assertStoreKey(key);
    return path.join(root, ...key.split('/'));
  };
  return {
    root,
    location: root,
    async put(key, bytes) {
      const file = fileOf(key);
      await fs.promises.mkdir(path.dirname(file), { recursive: true });
      const temporary = `${file}.${crypto.randomUUID()}.tmp`;
      try {
        await fs.promises.writeFile(temporary, bytes, { flag: 'wx', mode: 0o640 });
        await fs.promises.rename(temporary, file);
      } catch (error) {
        await fs.promises.rm(temporary, { force: true });
        throw error;
      }
    },
    async get(key) {
      try {
        const handle = await fs.promises.open(fileOf(key), 'r');
        return handle.createReadStream();
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
        throw error;
      }
    },
    async delete(key) {
      await fs.promises.rm(fileOf(key), { force: true });
    },
  };
}
