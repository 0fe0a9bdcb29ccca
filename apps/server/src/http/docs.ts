import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';

const require = createRequire(import.meta.url);
const SWAGGER_DIR = path.dirname(require.resolve('swagger-ui-dist/package.json'));
const FILES: Record<string, string> = {
  'swagger-ui.css': 'text/css; charset=utf-8',
  'swagger-ui-bundle.js': 'application/javascript; charset=utf-8',
};

const PAGE = `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>Redline API 文档</title>
<link rel="stylesheet" href="/api/docs/swagger-ui.css"></head>
<body><div id="docs"></div><script src="/api/docs/swagger-ui-bundle.js"></script>
<script src="/api/docs/init.js"></script></body></html>`;
const INIT = `window.ui = SwaggerUIBundle({ url: '/api/openapi.json', dom_id: '#docs', deepLinking: true });`;

/** Readable API docs at /api/docs (Swagger UI served from the swagger-ui-dist package; no CDN). */
export function registerDocs(app: FastifyInstance, openapi: () => unknown) {
  app.get('/api/openapi.json', async () => openapi());
  app.get('/api/docs', async (_req, reply) => reply.type('text/html; charset=utf-8').send(PAGE));
  app.get('/api/docs/init.js', async (_req, reply) => reply.type('application/javascript; charset=utf-8').send(INIT));
  for (const [file, type] of Object.entries(FILES)) {
    app.get(`/api/docs/${file}`, async (_req, reply) =>
      reply
        .type(type)
        .header('Cache-Control', 'public, max-age=86400')
        .send(fs.createReadStream(path.join(SWAGGER_DIR, file))),
    );
  }
}
