import { ERROR_STATUS } from '@redline/contracts';
import { z } from 'zod';
import type { AnyRoute } from './route';

const toSchema = (schema: z.ZodType, io: 'input' | 'output') =>
  z.toJSONSchema(schema, { io, unrepresentable: 'any', target: 'draft-2020-12' }) as Record<string, unknown>;

const ERROR_SCHEMA = {
  type: 'object',
  required: ['code', 'message', 'details', 'requestId'],
  properties: {
    code: { type: 'string', enum: Object.keys(ERROR_STATUS) },
    message: { type: 'string', description: 'In the language of Accept-Language (zh-CN by default, or en)' },
    details: { description: 'For REQUEST.VALIDATION: [{ path, code, message }]' },
    requestId: { type: 'string' },
  },
};

function parametersOf(route: AnyRoute) {
  const out: unknown[] = [];
  for (const [where, schema] of [
    ['path', route.params],
    ['query', route.query],
  ] as const) {
    if (!schema) continue;
    const json = toSchema(schema, 'input') as { properties?: Record<string, unknown>; required?: string[] };
    for (const [name, prop] of Object.entries(json.properties ?? {})) {
      out.push({ name, in: where, required: where === 'path' || (json.required ?? []).includes(name), schema: prop });
    }
  }
  return out;
}

/** Builds the OpenAPI 3.1 document from the route table and the contracts' zod schemas. */
export function buildOpenApi(routes: AnyRoute[], version: string) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of routes) {
    const path = `/api/v1${route.url.replace(/:(\w+)/g, '{$1}')}`;
    const ok = String(route.status ?? (route.response ? 200 : 204));
    const requestBody = route.body
      ? { required: true, content: { 'application/json': { schema: toSchema(route.body, 'input') } } }
      : route.rawBody
        ? {
            required: true,
            description: route.rawBody.description,
            content: Object.fromEntries(
              route.rawBody.contentTypes.map((t) => [t, { schema: { type: 'string', format: 'binary' } }]),
            ),
          }
        : undefined;
    const okContent = route.response
      ? { 'application/json': { schema: toSchema(route.response, 'output') } }
      : route.produces
        ? { [route.produces]: { schema: { type: 'string', format: 'binary' } } }
        : undefined;
    paths[path] ??= {};
    paths[path][route.method.toLowerCase()] = {
      summary: route.summary,
      tags: [route.tag],
      security: route.access === 'public' ? [] : [{ session: [] }, { bearer: [] }],
      'x-roles': route.access === 'public' ? 'public' : route.access.length ? route.access : 'any signed-in account',
      parameters: parametersOf(route),
      ...(requestBody ? { requestBody } : {}),
      responses: {
        [ok]: { description: 'OK', ...(okContent ? { content: okContent } : {}) },
        default: {
          description: 'Error',
          content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
        },
      },
    };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Redline API (红线)',
      version,
      description:
        'Work-safety supervision and key-work dispatch. Conventions (auth, scope, pagination, errors): docs/API.md.',
    },
    servers: [{ url: '/' }],
    components: {
      schemas: { Error: ERROR_SCHEMA },
      securitySchemes: {
        session: {
          type: 'apiKey',
          in: 'cookie',
          name: 'redline_session',
          description: 'Writes also need X-CSRF-Token',
        },
        bearer: { type: 'http', scheme: 'bearer', description: 'API token (rl_…)' },
      },
    },
    paths,
  };
}
