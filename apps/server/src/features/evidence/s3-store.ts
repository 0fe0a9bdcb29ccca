import crypto from 'node:crypto';
import { Readable } from 'node:stream';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import { AwsClient } from 'aws4fetch';
import { assertStoreKey, type EvidenceStore } from './store';

export type S3Options = {
  /** e.g. https://s3.cn-north-1.amazonaws.com.cn or http://minio.internal:9000 (path-style: <endpoint>/<bucket>/<key>) */
  endpoint: string;
  bucket: string;
  region: string;
  accessKeyId: string;
  secretAccessKey: string;
};

export class S3StoreError extends Error {}

/** The signing client (AWS Signature Version 4, service `s3`), shared by the store and its signature test. */
export const s3Client = (options: Pick<S3Options, 'region' | 'accessKeyId' | 'secretAccessKey'>) =>
  new AwsClient({
    accessKeyId: options.accessKeyId,
    secretAccessKey: options.secretAccessKey,
    region: options.region,
    service: 's3',
    retries: 2,
  });

/**
 * An S3-compatible bucket over plain HTTP (fetch + SigV4, no SDK). A PUT names the SHA-256 of its body in
 * `x-amz-content-sha256`, so the server refuses a body damaged on the way.
 */
export function s3EvidenceStore(options: S3Options): EvidenceStore {
  const client = s3Client(options);
  const base = `${options.endpoint.replace(/\/+$/, '')}/${encodeURIComponent(options.bucket)}`;
  const urlOf = (key: string) => {
    assertStoreKey(key);
    return `${base}/${key.split('/').map(encodeURIComponent).join('/')}`;
  };
  const fail = async (what: string, key: string, res: Response) => {
    const text = await res.text().catch(() => '');
    const code = /<Code>([^<]+)<\/Code>/.exec(text)?.[1] ?? '';
    return new S3StoreError(`S3 ${what} ${key}: HTTP ${res.status} ${code}`.trim());
  };
  return {
    location: `${options.endpoint} bucket ${options.bucket}`,
    async put(key, bytes, mediaType) {
      const res = await client.fetch(urlOf(key), {
        method: 'PUT',
        body: bytes,
        headers: {
          'content-type': mediaType,
          'x-amz-content-sha256': crypto.createHash('sha256').update(bytes).digest('hex'),
        },
      });
      if (!res.ok) throw await fail('PUT', key, res);
      await res.body?.cancel();
    },
    async get(key) {
      const res = await client.fetch(urlOf(key), { method: 'GET' });
      if (res.status === 404) {
        await res.body?.cancel();
        return null;
      }
      if (!res.ok || !res.body) throw await fail('GET', key, res);
      return Readable.fromWeb(res.body as WebReadableStream<Uint8Array>);
    },
    async delete(key) {
      const res = await client.fetch(urlOf(key), { method: 'DELETE' });
      if (!res.ok && res.status !== 404) throw await fail('DELETE', key, res);
      await res.body?.cancel();
    },
  };
}
