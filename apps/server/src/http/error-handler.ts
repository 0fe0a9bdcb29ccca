import { ERROR_STATUS, type ErrorCode, type Locale, MESSAGES, type TErrorBody, translate } from '@redline/contracts';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { AppError, type FieldProblem } from './errors';
import { localeOf } from './locale';

const FASTIFY_CODES: Record<string, ErrorCode> = {
  FST_ERR_CTP_INVALID_JSON_BODY: 'REQUEST.MALFORMED_JSON',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'REQUEST.MALFORMED_JSON',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'REQUEST.UNSUPPORTED_MEDIA_TYPE',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'REQUEST.MALFORMED_JSON',
  FST_ERR_CTP_BODY_TOO_LARGE: 'REQUEST.TOO_LARGE',
  FST_ERR_RATE_LIMIT: 'REQUEST.RATE_LIMITED',
};

/**
 * The catalogue key labelling a request path, as an `@key` parameter: `field.<full path>` when the catalogue has one
 * (e.g. `field.fields.level`, a hazard's level, not a region's), else `field.<last segment>`, else the path itself.
 */
export function fieldLabel(path: string): string {
  if (MESSAGES[`field.${path}`]) return `@field.${path}`;
  const last =
    path
      .split('.')
      .filter((p) => !/^\d+$/.test(p))
      .pop() ?? path;
  return MESSAGES[`field.${last}`] ? `@field.${last}` : path;
}

export function renderProblem(locale: Locale, p: FieldProblem) {
  const params = { field: p.path ? fieldLabel(p.path) : '@field.body', ...p.params };
  return { path: p.path, code: p.code, message: translate(locale, p.code, params) };
}

/** Renders any error as `{ code, message, details, requestId }` in the caller's language. */
export function toErrorBody(error: unknown, locale: Locale, requestId: string): { status: number; body: TErrorBody } {
  let appError: AppError;
  if (error instanceof AppError) appError = error;
  else {
    const fe = error as FastifyError;
    const mapped = fe?.code ? FASTIFY_CODES[fe.code] : undefined;
    if (mapped) appError = new AppError(mapped);
    else if (fe?.statusCode === 400 && /JSON/i.test(fe.message)) appError = new AppError('REQUEST.MALFORMED_JSON');
    else appError = new AppError('INTERNAL');
  }
  const details = appError.problems.length
    ? appError.problems.map((p) => renderProblem(locale, p))
    : (appError.extra ?? null);
  return {
    status: ERROR_STATUS[appError.code],
    body: { code: appError.code, message: translate(locale, appError.code, appError.params), details, requestId },
  };
}

export function handleError(error: unknown, req: FastifyRequest, reply: FastifyReply) {
  const { status, body } = toErrorBody(error, localeOf(req), req.id);
  if (status >= 500) req.log.error({ err: error }, 'request failed');
  else req.log.info({ code: body.code }, 'request refused');
  return reply.status(status).send(body);
}
