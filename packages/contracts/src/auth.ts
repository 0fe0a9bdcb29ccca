import { z } from 'zod';
import { ZRole, ZScope } from './roles';

export const ZSignInBody = z.strictObject({
  login: z.string().trim().min(1).max(64).describe('Account name or mobile number'),
  password: z.string().min(1).max(128),
});
export type TSignInBody = z.infer<typeof ZSignInBody>;

export const ZChangePasswordBody = z.strictObject({
  currentPassword: z.string().min(1).max(128),
  newPassword: z.string().min(1).max(128),
});

export const ZMe = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  mobile: z.string().nullable(),
  roles: z.array(ZRole),
  scope: ZScope,
  mustChangePassword: z.boolean(),
});
export type TMe = z.infer<typeof ZMe>;

/** Answer to sign-in and to GET /auth/session: who is signed in, and the CSRF token to send as `X-CSRF-Token`. */
export const ZSession = z.object({ account: ZMe, csrfToken: z.string(), idleTimeoutMinutes: z.number().int() });
export type TSession = z.infer<typeof ZSession>;

export const ZApiToken = z.object({
  id: z.string(),
  name: z.string(),
  prefix: z.string(),
  createdAt: z.string(),
  expiresAt: z.string().nullable(),
  lastUsedAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
});
export type TApiToken = z.infer<typeof ZApiToken>;
export const ZApiTokenCreate = z.strictObject({
  name: z.string().trim().min(1).max(64),
  expiresAt: z.iso.datetime({ offset: true }).optional(),
});
export const ZApiTokenCreated = ZApiToken.extend({ token: z.string().describe('Shown once; send as Bearer token') });
