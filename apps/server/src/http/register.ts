import type { FastifyInstance } from 'fastify';
import { authenticate } from '../features/auth/authenticate';
import { hasRole } from '../features/scope/actor';
import type { AppDeps, BaseCtx, Ctx } from './context';
import { AppError } from './errors';
import { localeOf } from './locale';
import type { AnyRoute } from './route';
import { parseInput } from './validate';

/** Registers routes: authentication, role check, validation from the contract, then the handler. */
export function registerRoutes(app: FastifyInstance, deps: AppDeps, routes: AnyRoute[]) {
  for (const route of routes) {
    app.route({
      method: route.method,
      url: `/api/v1${route.url}`,
      handler: async (req, reply) => {
        const base: BaseCtx = { db: deps.db, requestId: req.id, now: deps.now(), locale: localeOf(req), deps };
        let ctx: Ctx | undefined;
        if (route.access !== 'public') {
          const actor = await authenticate(req, deps);
          if (route.access.length && !hasRole(actor, ...route.access)) throw new AppError('AUTH.FORBIDDEN');
          ctx = { ...base, actor };
        }
        const input = {
          base,
          get ctx(): Ctx {
            if (!ctx) throw new Error(`${route.url} is public and has no account context`);
            return ctx;
          },
          params: route.params ? parseInput(route.params, req.params, 'params') : undefined,
          query: route.query ? parseInput(route.query, req.query, 'query') : undefined,
          body: route.body ? parseInput(route.body, req.body, 'body') : undefined,
        };
        const result = await route.handler(input, req, reply);
        if (reply.sent) return reply;
        if (result === undefined) return reply.status(route.status ?? 204).send();
        return reply.status(route.status ?? 200).send(result);
      },
    });
  }
}
