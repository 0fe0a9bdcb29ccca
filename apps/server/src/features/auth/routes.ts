import {
  ZApiToken,
  ZApiTokenCreate,
  ZApiTokenCreated,
  ZChangePasswordBody,
  ZIdParams,
  ZSession,
  ZSignInBody,
} from '@redline/contracts';
import { z } from 'zod';
import { defineRoute } from '../../http/route';
import { createApiToken, listApiTokens, revokeApiToken } from './api-tokens';
import { SESSION_COOKIE } from './authenticate';
import { changePassword, currentSession, sessionAnswer, signOut } from './session-service';
import { signIn } from './sign-in';

const tag = 'auth';

export const authRoutes = [
  defineRoute({
    method: 'POST',
    url: '/auth/sign-in',
    summary: 'Sign in with account name or mobile and password; sets the session cookie',
    tag,
    access: 'public',
    body: ZSignInBody,
    response: ZSession,
    handler: async ({ base, body }, req, reply) => {
      const session = await signIn(base, body, { userAgent: req.headers['user-agent'], ip: req.ip });
      reply.setCookie(SESSION_COOKIE, session.token, {
        path: '/',
        httpOnly: true,
        sameSite: 'lax',
        secure: base.deps.secureCookies,
      });
      return sessionAnswer(base, session.accountId, session.csrfToken);
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/auth/session',
    summary: 'The signed-in account and the CSRF token for writes',
    tag,
    access: [],
    response: ZSession,
    handler: async ({ ctx }) => currentSession(ctx),
  }),
  defineRoute({
    method: 'POST',
    url: '/auth/sign-out',
    summary: 'End the session',
    tag,
    access: [],
    handler: async ({ ctx }, _req, reply) => {
      await signOut(ctx);
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/auth/change-password',
    summary: 'Change the own password (policy: 8+ characters, 3 of 4 classes); other sessions end',
    tag,
    access: [],
    body: ZChangePasswordBody,
    handler: async ({ ctx, body }) => changePassword(ctx, body),
  }),
  defineRoute({
    method: 'GET',
    url: '/auth/tokens',
    summary: "The account's API tokens",
    tag,
    access: [],
    response: z.array(ZApiToken),
    handler: async ({ ctx }) => listApiTokens(ctx),
  }),
  defineRoute({
    method: 'POST',
    url: '/auth/tokens',
    summary: 'Create an API token (shown once); it acts with this account and its scope',
    tag,
    access: [],
    body: ZApiTokenCreate,
    response: ZApiTokenCreated,
    status: 201,
    handler: async ({ ctx, body }) => createApiToken(ctx, body),
  }),
  defineRoute({
    method: 'DELETE',
    url: '/auth/tokens/:id',
    summary: 'Revoke an API token',
    tag,
    access: [],
    params: ZIdParams,
    handler: async ({ ctx, params }) => revokeApiToken(ctx, params.id),
  }),
];
