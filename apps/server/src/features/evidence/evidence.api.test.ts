import crypto from 'node:crypto';
import fs from 'node:fs';
import { ERROR_STATUS, type TEvidence, type TRole, type TScopeInput } from '@redline/contracts';
import { EVIDENCE_MAX_BYTES, HAZARD_WORKFLOW } from '@redline/domain';
import { and, count, eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient } from '../../../test/api-client';
import { makeTestDeps } from '../../../test/deps';
import { makeAccount, makeTree, systemWho, type TestApp, type Tree, testApp } from '../../../test/harness';
import { form, type Part } from '../../../test/photos';
import { buildApp } from '../../http/app';
import { AppError } from '../../http/errors';
import { accounts } from '../accounts/schema';
import { auditLog } from '../audit/schema';
import { createCase } from '../cases/create-case';
import { actorOf } from '../scope/resolve-scope';
import { attachEvidence, listCaseEvidence } from './attach-evidence';
import { evidence } from './schema';
import type { FileEvidenceStore } from './store';

// Issue 3 §2 "Evidence": JPEG, PNG, WebP by content, at most 10 MB, SHA-256, EXIF time and GPS, server receive time,
// thumbnails, and the same file on another case flagged.

let t: TestApp;
let tree: Tree;
let other: Tree;
let app: FastifyInstance;
let store: FileEvidenceStore;
/** The server clock of this file's app: fixed, so receivedAt can be checked exactly. */
const NOW = new Date();

beforeAll(async () => {
  t = await testApp();
  tree = await makeTree(t);
  other = await makeTree(t);
  const deps = makeTestDeps(t.database.db, () => NOW);
  store = deps.evidenceStore as FileEvidenceStore;
  app = await buildApp({ deps, pool: t.database.pool, logger: false, webDir: null });
});
afterAll(async () => {
  await app?.close();
  if (store) fs.rmSync(store.root, { recursive: true, force: true });
});

type Client = ApiClient & { id: string };

/** An account signed in to this file's app. */
async function account(roles: TRole[], scope: TScopeInput): Promise<Client> {
  const made = await makeAccount(t, { roles, scope });
  const client = new ApiClient(app);
  await client.signIn(made.username, made.password);
  return Object.assign(client, { id: made.id });
}

const gridWorker = () => account(['grid_worker'], { kind: 'grids', gridCodes: [tree.grids[0].code] });
const townOfficer = (place = tree) => account(['town_officer'], { kind: 'region', regionCode: place.county.code });

const upload = (client: ApiClient, parts: Part[]) => {
  const { body, contentType } = form(parts);
  return client.request('POST', '/api/v1/evidence', body, { 'content-type': contentType });
};

const photo = (data: Buffer, filename = 'photo.jpg', type = 'image/jpeg'): Part => ({
  name: 'file',
  filename,
  type,
  data,
});

/** A picture no other test has: random pixels, so every file hashes differently. */
async function noise(width = 800, height = 600) {
  return sharp(crypto.randomBytes(width * height * 3), { raw: { width, height, channels: 3 } });
}
const jpeg = async (width?: number, height?: number) => (await noise(width, height)).jpeg({ quality: 80 }).toBuffer();

const sha256 = (bytes: Buffer) => crypto.createHash('sha256').update(bytes).digest('hex');

const rowsOf = async (accountId: string) =>
  (await t.database.db.select({ n: count() }).from(evidence).where(eq(evidence.uploaderAccountId, accountId)))[0]!.n;
const uploadsAudited = async (accountId: string) =>
  (
    await t.database.db
      .select({ n: count() })
      .from(auditLog)
      .where(and(eq(auditLog.actorId, accountId), eq(auditLog.action, 'evidence.upload')))
  )[0]!.n;
const filesInStore = () =>
  fs.existsSync(store.root)
    ? fs.readdirSync(store.root, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).length
    : 0;

/** Nothing of a refused upload is left: no row, no audit entry, no file. */
async function expectNothingWritten(accountId: string, filesBefore: number) {
  expect(await rowsOf(accountId)).toBe(0);
  expect(await uploadsAudited(accountId)).toBe(0);
  expect(filesInStore()).toBe(filesBefore);
}

describe('POST /evidence', () => {
  it('keeps a JPEG with its hash, size, EXIF time and GPS, receive time and a smaller thumbnail (201)', async () => {
    const worker = await gridWorker();
    const bytes = await (await noise())
      .withExif({
        IFD0: { Make: 'Redline test camera' },
        IFD2: { DateTimeOriginal: '2026:03:05 14:30:00' },
        IFD3: {
          GPSLatitudeRef: 'N',
          GPSLatitude: '39/1 54/1 2672/100',
          GPSLongitudeRef: 'E',
          GPSLongitude: '116/1 23/1 2900/100',
        },
      })
      .jpeg({ quality: 85 })
      .toBuffer();
    const res = await upload(worker, [photo(bytes, '配电箱.jpg'), { name: 'phase', value: 'before' }]);
    expect(res.statusCode, res.body).toBe(201);
    const body: TEvidence = res.json();
    expect(body).toEqual({
      id: expect.any(String),
      phase: 'before',
      mediaType: 'image/jpeg',
      sizeBytes: bytes.length,
      sha256: sha256(bytes),
      width: 800,
      height: 600,
      // 14:30 on the camera's clock, no offset written: Asia/Shanghai, 06:30 UTC.
      exifTakenAt: '2026-03-05T06:30:00.000Z',
      exifLat: expect.closeTo(39 + 54 / 60 + 26.72 / 3600, 6),
      exifLng: expect.closeTo(116 + 23 / 60 + 29 / 3600, 6),
      receivedAt: NOW.toISOString(),
      originalName: '配电箱.jpg',
      thumbnailUrl: `/api/v1/evidence/${body.id}/thumbnail`,
      fileUrl: `/api/v1/evidence/${body.id}/file`,
      caseId: null,
      cycle: null,
      eventId: null,
      reusedOnCases: [],
    });

    // The row is the uploader's, unattached; the audit entry names the account and the hash.
    const [row] = await t.database.db.select().from(evidence).where(eq(evidence.id, body.id));
    expect(row).toMatchObject({ uploaderAccountId: worker.id, caseId: null, sha256: sha256(bytes) });
    expect(row!.storageKey).toMatch(new RegExp(`^\\d{4}/\\d{2}/${sha256(bytes).slice(0, 2)}/${body.id}\\.jpg$`));
    const [audit] = await t.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entity, 'evidence'), eq(auditLog.entityId, body.id)));
    expect(audit).toMatchObject({ action: 'evidence.upload', actorId: worker.id });
    expect(JSON.stringify(audit!.diff)).toContain(sha256(bytes));

    // The file comes back byte for byte, as an image the browser must not sniff, cached privately only.
    const file = await worker.get(body.fileUrl);
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toBe('image/jpeg');
    expect(file.headers['cache-control']).toMatch(/^private\b/);
    expect(file.headers['x-content-type-options']).toBe('nosniff');
    expect(sha256(file.rawPayload)).toBe(sha256(bytes));

    // The thumbnail: JPEG, 320 px on the long side, smaller than the photo, and without the EXIF position.
    const thumb = await worker.get(body.thumbnailUrl!);
    expect(thumb.statusCode).toBe(200);
    expect(thumb.headers['content-type']).toBe('image/jpeg');
    expect(thumb.headers['cache-control']).toMatch(/^private\b/);
    expect(thumb.headers['x-content-type-options']).toBe('nosniff');
    const meta = await sharp(thumb.rawPayload).metadata();
    expect({ format: meta.format, width: meta.width, height: meta.height }).toEqual({
      format: 'jpeg',
      width: 320,
      height: 240,
    });
    expect(thumb.rawPayload.length).toBeLessThan(bytes.length);
    expect(meta.exif).toBeUndefined();

    // The metadata reads back the same.
    const again = await worker.get(`/api/v1/evidence/${body.id}`);
    expect(again.statusCode).toBe(200);
    expect(again.json()).toEqual(body);
  });

  it('accepts PNG and WebP by their bytes, whatever the name and the claimed type; the phase defaults to before', async () => {
    const worker = await gridWorker();
    const png = await (await noise(400, 300)).png().toBuffer();
    const webp = await (await noise(300, 500)).webp().toBuffer();
    const a = await upload(worker, [
      photo(png, 'scan.bin', 'application/octet-stream'),
      { name: 'phase', value: 'after' },
    ]);
    expect(a.statusCode, a.body).toBe(201);
    expect(a.json()).toMatchObject({
      mediaType: 'image/png',
      phase: 'after',
      width: 400,
      height: 300,
      sha256: sha256(png),
    });
    expect(a.json()).toMatchObject({ exifTakenAt: null, exifLat: null, exifLng: null });
    const b = await upload(worker, [photo(webp, 'photo.jpg', 'image/jpeg')]);
    expect(b.statusCode, b.body).toBe(201);
    expect(b.json()).toMatchObject({ mediaType: 'image/webp', phase: 'before', width: 300, height: 500 });
    const file = await worker.get(b.json().fileUrl);
    expect(file.headers['content-type']).toBe('image/webp');
    const thumb = await sharp((await worker.get(b.json().thumbnailUrl)).rawPayload).metadata();
    expect([thumb.width, thumb.height]).toEqual([192, 320]);
    expect(await rowsOf(worker.id)).toBe(2);
    expect(await uploadsAudited(worker.id)).toBe(2);
  });

  it('refuses a PDF renamed photo.jpg with 415 EVIDENCE.UNSUPPORTED_TYPE and writes nothing', async () => {
    const worker = await gridWorker();
    const files = filesInStore();
    const pdf = Buffer.from(
      '%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n',
    );
    const res = await upload(worker, [photo(pdf, 'photo.jpg', 'image/jpeg')]);
    expect(res.statusCode).toBe(415);
    expect(ERROR_STATUS['EVIDENCE.UNSUPPORTED_TYPE']).toBe(415);
    expect(res.json()).toMatchObject({ code: 'EVIDENCE.UNSUPPORTED_TYPE', message: '仅支持 JPEG、PNG、WebP 图片。' });
    // GIF and an empty file are refused the same way.
    const gif = await upload(worker, [photo(Buffer.from('GIF89a\x01\x00\x01\x00\x00\x00\x00;'), 'a.gif', 'image/gif')]);
    expect(gif.json().code).toBe('EVIDENCE.UNSUPPORTED_TYPE');
    const empty = await upload(worker, [photo(Buffer.alloc(0))]);
    expect(empty.json().code).toBe('EVIDENCE.UNSUPPORTED_TYPE');
    await expectNothingWritten(worker.id, files);
  });

  it('refuses a file one byte over 10 MiB while it streams (413 EVIDENCE.TOO_LARGE) and an 11 MB one, writing nothing', async () => {
    const worker = await gridWorker();
    const files = filesInStore();
    // JPEG magic bytes, so only the size can refuse it. The declared length is under the early check: the stream
    // itself must be cut.
    const over = Buffer.alloc(EVIDENCE_MAX_BYTES + 1, 0x55);
    over.set([0xff, 0xd8, 0xff, 0xe0]);
    const res = await upload(worker, [photo(over)]);
    expect(res.statusCode).toBe(413);
    expect(res.json()).toMatchObject({ code: 'EVIDENCE.TOO_LARGE', message: '图片不能超过 10 MB。' });
    const eleven = Buffer.alloc(11 * 1024 * 1024, 0x55);
    eleven.set([0xff, 0xd8, 0xff, 0xe0]);
    const big = await upload(worker, [photo(eleven)]);
    expect(big.statusCode).toBe(413);
    expect(big.json().code).toBe('EVIDENCE.TOO_LARGE');
    await expectNothingWritten(worker.id, files);
  });

  it('lets a file of exactly 10 MiB past the size limit (then a broken image is 400 EVIDENCE.UNREADABLE)', async () => {
    const worker = await gridWorker();
    const files = filesInStore();
    const exact = Buffer.alloc(EVIDENCE_MAX_BYTES, 0x55);
    exact.set([0xff, 0xd8, 0xff, 0xe0]);
    const res = await upload(worker, [photo(exact)]);
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ code: 'EVIDENCE.UNREADABLE', message: '图片无法读取，文件可能已损坏。' });
    await expectNothingWritten(worker.id, files);
  });

  it('answers bad forms with 4xx and a clear code, writing nothing', async () => {
    const worker = await gridWorker();
    const files = filesInStore();
    const missing = await upload(worker, [{ name: 'phase', value: 'before' }]);
    expect(missing.statusCode).toBe(400);
    expect(missing.json()).toMatchObject({ code: 'EVIDENCE.FILE_REQUIRED' });
    const badPhase = await upload(worker, [photo(await jpeg(64, 48)), { name: 'phase', value: 'during' }]);
    expect(badPhase.statusCode).toBe(400);
    expect(badPhase.json()).toMatchObject({
      code: 'REQUEST.VALIDATION',
      details: [{ path: 'phase', code: 'VALIDATION.INVALID_VALUE' }],
    });
    const wrongName = await upload(worker, [photo(await jpeg(64, 48)), { name: 'caseId', value: 'x' }]);
    expect(wrongName.json()).toMatchObject({
      code: 'REQUEST.VALIDATION',
      details: [{ path: 'caseId', code: 'VALIDATION.UNKNOWN_FIELD' }],
    });
    const otherField = await upload(worker, [{ ...photo(await jpeg(64, 48)), name: 'photo' }]);
    expect(otherField.json()).toMatchObject({ code: 'REQUEST.VALIDATION', details: [{ path: 'photo' }] });
    const two = await upload(worker, [photo(await jpeg(64, 48)), photo(await jpeg(64, 48))]);
    expect(two.statusCode).toBe(400);
    expect(two.json()).toMatchObject({
      code: 'REQUEST.VALIDATION',
      details: [{ path: 'file', code: 'VALIDATION.TOO_MANY' }],
    });
    const json = await worker.post('/api/v1/evidence', { file: 'x' });
    expect(json.statusCode).toBe(415);
    expect(json.json().code).toBe('REQUEST.UNSUPPORTED_MEDIA_TYPE');
    const raw = await worker.request('POST', '/api/v1/evidence', await jpeg(64, 48), { 'content-type': 'image/jpeg' });
    expect(raw.statusCode).toBe(415);
    await expectNothingWritten(worker.id, files);
  });

  it('needs a signed-in account with a role', async () => {
    const anonymous = new ApiClient(app);
    const res = await upload(anonymous, [photo(await jpeg(64, 48))]);
    expect(res.statusCode).toBe(401);
  });
});

describe('who sees evidence', () => {
  it('shows an unattached upload to its uploader only: anyone else, even an administrator above, gets 404', async () => {
    const worker = await gridWorker();
    const res = await upload(worker, [photo(await jpeg(200, 100))]);
    const id = res.json().id;
    const admin = await account(['admin'], { kind: 'region', regionCode: tree.province.code });
    const colleague = await gridWorker();
    for (const reader of [admin, colleague]) {
      for (const url of [`/api/v1/evidence/${id}`, `/api/v1/evidence/${id}/file`, `/api/v1/evidence/${id}/thumbnail`]) {
        const got = await reader.get(url);
        expect(got.statusCode, url).toBe(404);
        expect(got.json().code).toBe('NOT_FOUND');
        expect(got.headers['cache-control']).toBe('no-store');
      }
    }
    expect((await worker.get(`/api/v1/evidence/${crypto.randomUUID()}`)).statusCode).toBe(404);
    expect((await worker.get('/api/v1/evidence/not-a-uuid')).json().code).toBe('REQUEST.VALIDATION');
  });
});

describe('attachEvidence and the reuse flag', () => {
  const newCase = (place: Tree, title: string, at: 0 | 1 = 0) =>
    t.database.db.transaction((tx) =>
      createCase(tx, systemWho(), {
        type: 'hazard',
        workflow: HAZARD_WORKFLOW,
        title,
        regionCode: place.villages[at].code,
        gridCode: place.grids[at].code,
      }),
    );
  const actorFor = async (client: Client) => {
    const [row] = await t.database.db.select().from(accounts).where(eq(accounts.id, client.id));
    return actorOf(t.database.db, row!, 'session');
  };
  const rejection = (promise: Promise<unknown>) =>
    promise.then(
      () => {
        throw new Error('expected an error');
      },
      (error: unknown) => {
        if (!(error instanceof AppError)) throw error;
        return error;
      },
    );

  it('attaches own uploads to a case; the same bytes on a second case are flagged on both sides', async () => {
    const worker = await gridWorker();
    const actor = await actorFor(worker);
    const first = await newCase(tree, '配电箱门未关闭');
    const second = await newCase(tree, '配电箱门仍未关闭');
    const bytes = await jpeg(640, 480);
    const a = (await upload(worker, [photo(bytes)])).json() as TEvidence;
    const b = (await upload(worker, [photo(bytes)])).json() as TEvidence;
    const unique = (await upload(worker, [photo(await jpeg(640, 480)), { name: 'phase', value: 'after' }])).json();
    expect(b.sha256).toBe(a.sha256);
    // Not attached yet: no case holds the bytes, so nothing is flagged.
    expect(b.reusedOnCases).toEqual([]);

    const attachedFirst = await t.database.db.transaction((tx) =>
      attachEvidence(tx, actor, {
        caseId: first.id,
        cycle: 1,
        eventId: null,
        evidenceIds: [a.id, unique.id],
        phase: 'before',
      }),
    );
    expect(attachedFirst).toEqual([
      { id: a.id, phase: 'before', sha256: a.sha256, reusedOnCases: [] },
      { id: unique.id, phase: 'before', sha256: unique.sha256, reusedOnCases: [] },
    ]);
    const attachedSecond = await t.database.db.transaction((tx) =>
      attachEvidence(tx, actor, { caseId: second.id, cycle: 1, eventId: 7n, evidenceIds: [b.id], phase: 'after' }),
    );
    expect(attachedSecond).toEqual([
      { id: b.id, phase: 'after', sha256: a.sha256, reusedOnCases: [{ caseId: first.id, number: first.number }] },
    ]);
    const [row] = await t.database.db.select().from(evidence).where(eq(evidence.id, b.id));
    expect(row).toMatchObject({ caseId: second.id, cycle: 1, eventId: 7n, phase: 'after' });

    // The case's evidence lists every item with the flag, for the hazard detail (before/after pairs).
    const ofFirst = await listCaseEvidence(t.database.db, first.id);
    expect(ofFirst.map((e) => [e.id, e.phase, e.reusedOnCases])).toEqual(
      expect.arrayContaining([
        [a.id, 'before', [{ caseId: second.id, number: second.number }]],
        [unique.id, 'before', []],
      ]),
    );
    expect(ofFirst).toHaveLength(2);
    const ofSecond = await listCaseEvidence(t.database.db, second.id);
    expect(ofSecond).toEqual([
      expect.objectContaining({
        id: b.id,
        caseId: second.id,
        cycle: 1,
        eventId: '7',
        reusedOnCases: [{ caseId: first.id, number: first.number }],
      }),
    ]);

    // Attached evidence is seen by whoever sees the case, with the flag; outside the case's scope it does not exist.
    const officer = await townOfficer();
    const seen = await officer.get(`/api/v1/evidence/${b.id}`);
    expect(seen.statusCode).toBe(200);
    expect(seen.json()).toMatchObject({
      caseId: second.id,
      reusedOnCases: [{ caseId: first.id, number: first.number }],
    });
    expect((await officer.get(`/api/v1/evidence/${b.id}/thumbnail`)).statusCode).toBe(200);
    expect((await worker.get(`/api/v1/evidence/${b.id}/file`)).statusCode).toBe(200);
    const stranger = await townOfficer(other);
    expect((await stranger.get(`/api/v1/evidence/${b.id}`)).statusCode).toBe(404);
    expect((await stranger.get(`/api/v1/evidence/${b.id}/file`)).statusCode).toBe(404);
    const otherGrid = await account(['grid_worker'], { kind: 'grids', gridCodes: [tree.grids[1].code] });
    expect((await otherGrid.get(`/api/v1/evidence/${b.id}`)).statusCode).toBe(404);
  });

  it('names only the reusing cases the viewer may see', async () => {
    // Two grid workers of two grids: each sees only the cases of their own grid; the county office sees both.
    const worker = await gridWorker();
    const neighbour = await account(['grid_worker'], { kind: 'grids', gridCodes: [tree.grids[1].code] });
    const here = await newCase(tree, '消防通道堵塞');
    const there = await newCase(tree, '消防通道堵塞', 1);
    const bytes = await jpeg(320, 240);
    const mine = (await upload(worker, [photo(bytes)])).json();
    const theirs = (await upload(neighbour, [photo(bytes)])).json();
    const workerActor = await actorFor(worker);
    await t.database.db.transaction((tx) =>
      attachEvidence(tx, workerActor, {
        caseId: here.id,
        cycle: 1,
        eventId: null,
        evidenceIds: [mine.id],
        phase: 'before',
      }),
    );
    const [attached] = await t.database.db.transaction(async (tx) =>
      attachEvidence(tx, await actorFor(neighbour), {
        caseId: there.id,
        cycle: 1,
        eventId: null,
        evidenceIds: [theirs.id],
        phase: 'before',
      }),
    );
    // The neighbour cannot see the case in the other grid, so the flag names nothing to them ...
    expect(attached!.reusedOnCases).toEqual([]);
    expect((await neighbour.get(`/api/v1/evidence/${theirs.id}`)).json().reusedOnCases).toEqual([]);
    // ... while the county office, which sees both cases, sees it, and so does the unscoped list of the detail view.
    const county = await townOfficer();
    expect((await county.get(`/api/v1/evidence/${mine.id}`)).json().reusedOnCases).toEqual([
      { caseId: there.id, number: there.number },
    ]);
    expect((await listCaseEvidence(t.database.db, here.id))[0]!.reusedOnCases).toEqual([
      { caseId: there.id, number: there.number },
    ]);
    expect((await listCaseEvidence(t.database.db, here.id, workerActor))[0]!.reusedOnCases).toEqual([]);
  });

  it("refuses someone else's upload, an attached one or an unknown id with EVIDENCE.NOT_ATTACHABLE, changing nothing", async () => {
    const worker = await gridWorker();
    const colleague = await gridWorker();
    const actor = await actorFor(worker);
    const target = await newCase(tree, '安全出口锁闭');
    const own = (await upload(worker, [photo(await jpeg(100, 100))])).json();
    const foreign = (await upload(colleague, [photo(await jpeg(100, 100))])).json();
    const attach = (ids: string[]) =>
      t.database.db.transaction((tx) =>
        attachEvidence(tx, actor, { caseId: target.id, cycle: 1, eventId: null, evidenceIds: ids, phase: 'before' }),
      );

    const error = await rejection(attach([own.id, foreign.id]));
    expect(error.code).toBe('EVIDENCE.NOT_ATTACHABLE');
    expect(ERROR_STATUS[error.code]).toBe(400);
    expect(error.params).toEqual({ id: foreign.id });
    // All or nothing: the actor's own upload in the same call stays unattached too.
    const rows = await t.database.db.select().from(evidence).where(eq(evidence.caseId, target.id));
    expect(rows).toEqual([]);
    for (const id of [own.id, foreign.id]) {
      const [row] = await t.database.db.select().from(evidence).where(eq(evidence.id, id));
      expect(row).toMatchObject({ caseId: null, cycle: null, eventId: null, phase: 'before' });
    }

    const unknown = crypto.randomUUID();
    expect((await rejection(attach([unknown]))).params).toEqual({ id: unknown });
    await attach([own.id]);
    expect((await rejection(attach([own.id]))).params).toEqual({ id: own.id });
    const [row] = await t.database.db.select().from(evidence).where(eq(evidence.id, own.id));
    expect(row).toMatchObject({ caseId: target.id });
  });
});
