import { ROLES, ZEvidence, ZEvidenceUploadFields, ZIdParams } from '@redline/contracts';
import { EVIDENCE_MAX_BYTES } from '@redline/domain';
import type { FastifyReply } from 'fastify';
import type { Ctx } from '../../http/context';
import { defineRoute } from '../../http/route';
import { parseInput } from '../../http/validate';
import { readImageUpload } from './read-upload';
import { getEvidence, openEvidence, uploadEvidence } from './service';

const tag = 'evidence';

/** Evidence never changes once stored, but it is not public: only the viewer's own browser may keep a copy. */
const CACHE = 'private, max-age=3600';

async function sendBytes(ctx: Ctx, id: string, which: 'file' | 'thumbnail', reply: FastifyReply) {
  const file = await openEvidence(ctx, id, which);
  reply.header('Content-Type', file.mediaType);
  reply.header('Cache-Control', CACHE);
  reply.header('X-Content-Type-Options', 'nosniff');
  reply.header('Content-Disposition', `inline; filename="${file.name}"`);
  if (file.size !== null) reply.header('Content-Length', String(file.size));
  return file.body;
}

export const evidenceRoutes = [
  defineRoute({
    method: 'POST',
    url: '/evidence',
    summary:
      'Upload a photo (JPEG, PNG or WebP by content, at most 10 MB) as unattached evidence of the uploader; a report or transition then cites its id',
    tag,
    access: ROLES,
    rawBody: {
      contentTypes: ['multipart/form-data'],
      description: `Form fields: \`file\` (the image, at most ${EVIDENCE_MAX_BYTES} bytes) and \`phase\` (before | after | other, default before)`,
    },
    response: ZEvidence,
    status: 201,
    handler: async ({ ctx }, req) => {
      const upload = await readImageUpload(req);
      const fields = parseInput(ZEvidenceUploadFields, upload.fields, 'body');
      return uploadEvidence(ctx, upload, fields.phase);
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/evidence/:id',
    summary:
      'One evidence item: hashes, size, EXIF time and place, receive time, and the other cases that use the same file',
    tag,
    access: [],
    params: ZIdParams,
    response: ZEvidence,
    handler: async ({ ctx, params }) => getEvidence(ctx, params.id),
  }),
  defineRoute({
    method: 'GET',
    url: '/evidence/:id/file',
    summary: 'The evidence file itself, as uploaded',
    tag,
    access: [],
    params: ZIdParams,
    produces: 'image/*',
    handler: async ({ ctx, params }, _req, reply) => sendBytes(ctx, params.id, 'file', reply),
  }),
  defineRoute({
    method: 'GET',
    url: '/evidence/:id/thumbnail',
    summary: 'A JPEG thumbnail of the evidence, at most 320 px on the long side, without metadata',
    tag,
    access: [],
    params: ZIdParams,
    produces: 'image/jpeg',
    handler: async ({ ctx, params }, _req, reply) => sendBytes(ctx, params.id, 'thumbnail', reply),
  }),
];
