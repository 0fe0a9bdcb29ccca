import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buffer } from 'node:stream/consumers';
import S3rver from 's3rver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../config';
import { s3Client, s3EvidenceStore } from './s3-store';
import { evidenceStoreFromConfig } from './store-config';

// A real S3-protocol server in this process (s3rver keeps the objects in a temporary folder). It checks that the
// access key exists but does not verify SigV4 signatures, so the signing is checked against AWS's published example.
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'redline-s3rver-'));
const server = new S3rver({
  address: '127.0.0.1',
  port: 0,
  silent: true,
  directory: dir,
  configureBuckets: [{ name: 'evidence' }],
});
let endpoint = '';

beforeAll(async () => {
  const { port } = await server.run();
  endpoint = `http://127.0.0.1:${port}`;
});
afterAll(async () => {
  await server.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const options = () => ({
  endpoint,
  bucket: 'evidence',
  region: 'us-east-1',
  accessKeyId: 'S3RVER',
  secretAccessKey: 'S3RVER',
});

describe('s3EvidenceStore against an S3-protocol server', () => {
  it('puts an object with its type and gets the same bytes back', async () => {
    const store = s3EvidenceStore(options());
    const bytes = crypto.randomBytes(200_000);
    await store.put('2026/03/ab/one.jpg', bytes, 'image/jpeg');
    const got = await store.get('2026/03/ab/one.jpg');
    expect(got).not.toBeNull();
    expect((await buffer(got!)).equals(bytes)).toBe(true);
    // The object sits in the bucket under the key, with the content type it was put with.
    const head = await fetch(`${endpoint}/evidence/2026/03/ab/one.jpg`, { method: 'HEAD' });
    expect(head.headers.get('content-type')).toBe('image/jpeg');
  });

  it('answers null for a missing key, and deletes', async () => {
    const store = s3EvidenceStore(options());
    expect(await store.get('2026/03/ab/missing.jpg')).toBeNull();
    await store.put('2026/03/cd/two.png', Buffer.from('png'), 'image/png');
    await store.delete('2026/03/cd/two.png');
    await store.delete('2026/03/cd/two.png');
    expect(await store.get('2026/03/cd/two.png')).toBeNull();
  });

  it('fails loudly, naming the S3 error code, when the bucket or the key id is wrong', async () => {
    await expect(
      s3EvidenceStore({ ...options(), bucket: 'no-such-bucket' }).put('a/b.jpg', Buffer.from('x'), 'image/jpeg'),
    ).rejects.toThrow(/HTTP 404 NoSuchBucket/);
    await expect(
      s3EvidenceStore({ ...options(), accessKeyId: 'WRONG' }).put('a/b.jpg', Buffer.from('x'), 'image/jpeg'),
    ).rejects.toThrow(/HTTP 403 InvalidAccessKeyId/);
  });

  it('is the store the configuration picks when EVIDENCE_S3_ENDPOINT is set', async () => {
    const store = evidenceStoreFromConfig(
      loadConfig({
        EVIDENCE_S3_ENDPOINT: endpoint,
        EVIDENCE_S3_BUCKET: 'evidence',
        EVIDENCE_S3_ACCESS_KEY_ID: 'S3RVER',
        EVIDENCE_S3_SECRET_ACCESS_KEY: 'S3RVER',
      }),
    );
    expect(store.location).toBe(`${endpoint} bucket evidence`);
    await store.put('2026/04/ef/three.webp', Buffer.from('webp'), 'image/webp');
    expect(fs.readdirSync(dir, { recursive: true }).join('\n')).toContain('three.webp');
  });
});

describe('SigV4 signing', () => {
  it("matches AWS's published example (S3 API reference, sig-v4 header-based auth, GET Object)", async () => {
    const client = s3Client({
      region: 'us-east-1',
      accessKeyId: 'AKIAIOSFODNN7EXAMPLE',
      secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
    });
    const signed = await client.sign('https://examplebucket.s3.amazonaws.com/test.txt', {
      method: 'GET',
      headers: {
        Range: 'bytes=0-9',
        'x-amz-content-sha256': 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
      },
      // aws4fetch leaves Range out of the signature by default; the example signs it, so sign every header here.
      aws: { datetime: '20130524T000000Z', allHeaders: true },
    });
    expect(signed.headers.get('authorization')).toBe(
      'AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20130524/us-east-1/s3/aws4_request, ' +
        'SignedHeaders=host;range;x-amz-content-sha256;x-amz-date, ' +
        'Signature=f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41',
    );
  });
});

describe('evidence store configuration', () => {
  it('uses <dataDir>/evidence unless S3 is configured', () => {
    const store = evidenceStoreFromConfig(loadConfig({ REDLINE_DATA_DIR: '/srv/redline' }));
    expect(store.location).toBe(path.join('/srv/redline', 'evidence'));
  });

  it('needs bucket and both keys with an endpoint, and never echoes a key', () => {
    const base = { EVIDENCE_S3_ENDPOINT: 'https://s3.example.cn' };
    expect(() => loadConfig(base)).toThrow(
      'Invalid environment variable EVIDENCE_S3_BUCKET: is required when EVIDENCE_S3_ENDPOINT is set',
    );
    expect(() => loadConfig({ ...base, EVIDENCE_S3_BUCKET: 'photos', EVIDENCE_S3_ACCESS_KEY_ID: 'AKID' })).toThrow(
      'Invalid environment variable EVIDENCE_S3_SECRET_ACCESS_KEY: is required when EVIDENCE_S3_ENDPOINT is set',
    );
    expect(() => loadConfig({ EVIDENCE_S3_ENDPOINT: 'ftp://s3.example.cn' })).toThrow(
      /^Invalid environment variable EVIDENCE_S3_ENDPOINT="ftp:\/\/s3.example.cn": /,
    );
    expect(() => loadConfig({ ...base, EVIDENCE_S3_BUCKET: 'Bad_Bucket' })).toThrow(/EVIDENCE_S3_BUCKET="Bad_Bucket"/);
  });
});
