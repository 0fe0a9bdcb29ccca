import type { TRole } from '@redline/contracts';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import type { BaseCtx, Ctx } from './context';

type Schema = z.ZodType;
type Out<S> = S extends Schema ? z.output<S> : undefined;

/** One endpoint: its contract (for validation and OpenAPI), who may call it, and the handler. */
export type RouteSpec<B = unknown, Q = unknown, P = unknown> = {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  url: string;
  summary: string;
  tag: string;
  /** 'public' needs no account; otherwise the roles allowed (an empty list means any signed-in account). */
  access: 'public' | readonly TRole[];
  body?: B;
  query?: Q;
  params?: P;
  response?: Schema;
  /** Raw bodies (file uploads) are read by the handler itself. */
  rawBody?: { contentTypes: string[]; description: string };
  produces?: string;
  status?: number;
  handler: (
    /** `ctx` is the signed-in account's context (reading it on a public route throws); `base` is always there. */
    input: { ctx: Ctx; base: BaseCtx; body: Out<B>; query: Out<Q>; params: Out<P> },
    req: FastifyRequest,
    reply: FastifyReply,
  ) => Promise<unknown>;
};

// biome-ignore lint/suspicious/noExplicitAny: the registry holds routes of every input type
export type AnyRoute = RouteSpec<any, any, any>;

/** Declares a route with its types inferred from the schemas. */
export function defineRoute<
  B extends Schema | undefined = undefined,
  Q extends Schema | undefined = undefined,
  P extends Schema | undefined = undefined,
>(spec: RouteSpec<B, Q, P>): AnyRoute {
  return spec as AnyRoute;
}
