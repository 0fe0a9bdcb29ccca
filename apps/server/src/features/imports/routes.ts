import { type TRole, ZImportParams, ZImportQuery, ZImportResult } from '@redline/contracts';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Ctx } from '../../http/context';
import { AppError, forbidden } from '../../http/errors';
import { defineRoute } from '../../http/route';
import { whoOf } from '../audit/who';
import { hasRole } from '../scope/actor';
import type { ImportKind } from './columns';
import { buildTemplate, type ImportFormat, importRecords, invalidRowsError } from './service';

const tag = 'imports';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const CSV = 'text/csv';

/** Who may import (and download the template of) each kind. */
const IMPORTERS: Record<ImportKind, readonly TRole[]> = {
  enterprises: ['admin', 'safety_office', 'inspector', 'town_officer'],
  people: ['admin', 'safety_office', 'town_officer'],
  /** An enterprise's own register: its accounts, or an administrator naming the enterprise (`enterpriseId`). */
  risk_register: ['enterprise_user', 'admin'],
};
const ANY_IMPORTER: TRole[] = ['admin', 'safety_office', 'inspector', 'town_officer', 'enterprise_user'];

function assertImporter(ctx: Ctx, kind: ImportKind) {
  if (!hasRole(ctx.actor, ...IMPORTERS[kind])) throw forbidden();
}

/** The format from `?format=`, else the Content-Type, else the file's first bytes (an .xlsx is a zip: `PK`). */
function formatOf(req: FastifyRequest, body: Buffer, asked: ImportFormat | undefined): ImportFormat {
  if (asked) return asked;
  const type = String(req.headers['content-type'] ?? '')
    .split(';')[0]!
    .trim();
  if (type === XLSX) return 'xlsx';
  if (type === CSV) return 'csv';
  return body.subarray(0, 2).toString('latin1') === 'PK' ? 'xlsx' : 'csv';
}

const NAMES: Record<ImportKind, string> = {
  enterprises: '企业导入模板',
  people: '人员导入模板',
  risk_register: '风险分级管控清单导入模板',
};

function templateRoute(format: ImportFormat) {
  return defineRoute({
    method: 'GET',
    url: `/imports/:kind/template.${format}`,
    summary: `Import template (${format}): the zh-CN header row and one example row${format === 'xlsx' ? ', with a notes sheet' : ', UTF-8 with BOM'}`,
    tag,
    access: ANY_IMPORTER,
    params: ZImportParams,
    produces: format === 'xlsx' ? XLSX : `${CSV}; charset=utf-8`,
    handler: async ({ ctx, params }, _req, reply: FastifyReply) => {
      assertImporter(ctx, params.kind);
      const file = await buildTemplate(ctx.db, params.kind, format);
      const ascii = `${params.kind}-template.${format}`;
      const utf8 = encodeURIComponent(`${NAMES[params.kind]}.${format}`);
      reply.header('Content-Type', format === 'xlsx' ? XLSX : `${CSV}; charset=utf-8`);
      reply.header('Content-Disposition', `attachment; filename="${ascii}"; filename*=UTF-8''${utf8}`);
      return file;
    },
  });
}

export const importRoutes = [
  templateRoute('xlsx'),
  templateRoute('csv'),
  defineRoute({
    method: 'POST',
    url: '/imports/:kind',
    summary:
      'Import enterprises, people or an enterprise’s risk register from an .xlsx or .csv file; all or nothing unless partial=true',
    tag,
    access: ANY_IMPORTER,
    params: ZImportParams,
    query: ZImportQuery,
    rawBody: { contentTypes: [XLSX, CSV], description: 'The file itself as the request body (at most 64 MiB)' },
    response: ZImportResult,
    handler: async ({ ctx, params, query }, req) => {
      assertImporter(ctx, params.kind);
      if (!Buffer.isBuffer(req.body)) throw new AppError('REQUEST.UNSUPPORTED_MEDIA_TYPE');
      const partial = query.partial === 'true' || query.partial === '1';
      const result = await importRecords(
        ctx.db,
        whoOf(ctx),
        params.kind,
        req.body,
        formatOf(req, req.body, query.format),
        {
          partial,
          actor: ctx.actor,
          locale: ctx.locale,
          enterpriseId: query.enterpriseId,
        },
      );
      if (result.errors.length && !partial) throw invalidRowsError(result);
      return result;
    },
  }),
];
