import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import cookie from '@fastify/cookie';
import multipart from '@fastify/multipart';
import fastifyStatic from '@fastify/static';
import { EVIDENCE_MAX_BYTES } from '@redline/domain';
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import type pg from 'pg';
import type { Logger } from 'pino';
import { migrationStatus } from '../db/migrate';
import { enabledBenchRoutes } from '../features/bench/routes';
import { ALL_ROUTES } from '../routes';
import type { AppDeps } from './context';
import { registerDocs } from './docs';
import { handleError } from './error-handler';
import { AppError } from './errors';
import { buildOpenApi } from './openapi';
import { registerRoutes } from './register';
import { addSecurityHeaders } from './security-headers';

export type AppOptions = {
  deps: AppDeps;
  pool: pg.Pool;
  logger?: Logger | false;
  webDir?: string | null;
  version?: string;
};

const UPLOAD_TYPES = [
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'text/csv',
  'application/octet-stream',
];

/** The whole HTTP application, without listening: tests call `app.inject`, `serve` calls `listen`. */
export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    loggerInstance: (options.logger || undefined) as FastifyBaseLogger | undefined,
    genReqId: () => crypto.randomUUID(),
    requestIdHeader: false,
    bodyLimit: 1024 * 1024,
    trustProxy: true,
  });
  await app.register(cookie);
  // multipart/form-data is read as a stream by the handler (photo uploads); these are the outer limits.
  await app.register(multipart, { limits: { fileSize: EVIDENCE_MAX_BYTES, files: 1, fields: 8, fieldSize: 1024 } });
  app.addContentTypeParser(UPLOAD_TYPES, { parseAs: 'buffer', bodyLimit: 64 * 1024 * 1024 }, (_req, body, done) =>
    done(null, body),
  );
  addSecurityHeaders(app, { hsts: options.deps.secureCookies });
  app.addHook('onSend', async (req, reply, payload) => {
    reply.header('X-Request-Id', req.id);
    return payload;
  });
  app.setErrorHandler(handleError);

  app.get('/healthz', async () => ({ status: 'ok' }));
  app.get('/readyz', async (_req, reply) => {
    try {
      const status = await migrationStatus(options.pool);
      if (status.pending.length) return reply.status(503).send({ status: 'migrating', pending: status.pending });
      return { status: 'ready', migrations: status.applied };
    } catch {
      return reply.status(503).send({ status: 'database unreachable' });
    }
  });

  registerRoutes(app, options.deps, ALL_ROUTES);
  // `npm run bench` only: registered after the table and outside it, so never in the OpenAPI below.
  registerRoutes(app, options.deps, enabledBenchRoutes());
  const openapi = buildOpenApi(ALL_ROUTES, options.version ?? '0.1.0');
  registerDocs(app, () => openapi);

  const webDir = options.webDir;
  const hasWeb = webDir && fs.existsSync(path.join(webDir, 'index.html'));
  if (hasWeb) {
    await app.register(fastifyStatic, {
      root: webDir,
      index: false,
      wildcard: false,
      // The build writes .br and .gz beside each script and style sheet (apps/web/vite.config.ts).
      preCompressed: true,
      // Built assets carry a content hash in their name: a changed file is a new name, so they never go stale.
      cacheControl: false,
      setHeaders: (reply, file) => {
        reply.header(
          'Cache-Control',
          file.includes(`${path.sep}assets${path.sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache',
        );
      },
    });
  }
  app.setNotFoundHandler((req, reply) => {
    // Unknown API paths and missing built assets are real 404s; any other page path is the web app's route.
    if (req.url.startsWith('/api/') || req.url.startsWith('/assets/') || !hasWeb || req.method !== 'GET') {
      return handleError(new AppError('ROUTE.NOT_FOUND'), req, reply);
    }
    return reply.type('text/html; charset=utf-8').header('Cache-Control', 'no-cache').sendFile('index.html');
  });
  return app;
}
