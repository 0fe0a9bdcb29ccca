import { z } from 'zod';
import { ZMobile, ZPageQuery, zOptionalText, zSort, zText } from './common';
import { ZRegionCode } from './regions';
import { ZRole, ZScope, ZScopeInput } from './roles';

export const ZPerson = z.object({
  id: z.string(),
  name: z.string(),
  mobile: z.string().nullable(),
  title: z.string().nullable(),
  regionCode: z.string(),
  regionName: z.string(),
  departmentId: z.string().nullable(),
  enterpriseId: z.string().nullable(),
});
export type TPerson = z.infer<typeof ZPerson>;
export const ZPersonCreate = z.strictObject({
  name: zText(32),
  mobile: ZMobile.nullish(),
  title: zOptionalText(64),
  regionCode: ZRegionCode,
  departmentId: z.string().uuid().nullish(),
  enterpriseId: z.string().uuid().nullish(),
});
export const ZPersonUpdate = ZPersonCreate.partial();
export const ZPersonListQuery = ZPageQuery.extend({
  regionCode: ZRegionCode.optional(),
  q: z.string().trim().max(64).optional(),
  sort: zSort(['name', 'mobile']),
});

export const ZAccountStatus = z.enum(['active', 'disabled']);
export const ZAccount = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  mobile: z.string().nullable(),
  email: z.string().nullable(),
  personId: z.string().nullable(),
  departmentId: z.string().nullable(),
  roles: z.array(ZRole),
  scope: ZScope,
  status: ZAccountStatus,
  lockedUntil: z.string().nullable(),
  lastSignInAt: z.string().nullable(),
  createdAt: z.string(),
});
export type TAccount = z.infer<typeof ZAccount>;
export const ZUsername = z
  .string()
  .trim()
  .regex(/^[a-zA-Z][a-zA-Z0-9_.-]{2,31}$/, { message: 'VALIDATION.INVALID_FORMAT' });
export const ZAccountCreate = z.strictObject({
  username: ZUsername,
  displayName: zText(32),
  mobile: ZMobile.nullish(),
  email: z.email({ message: 'VALIDATION.INVALID_FORMAT' }).max(254).nullish(),
  personId: z.string().uuid().nullish(),
  /** The department the account acts for (an inspector's bureau): it supervises the cases of that department. */
  departmentId: z.string().uuid().nullish(),
  roles: z.array(ZRole).min(1).max(8),
  scope: ZScopeInput,
  password: z.string().min(1).max(128),
});
export type TAccountCreate = z.infer<typeof ZAccountCreate>;
export const ZAccountUpdate = z.strictObject({
  displayName: zText(32).optional(),
  mobile: ZMobile.nullish(),
  email: z.email({ message: 'VALIDATION.INVALID_FORMAT' }).max(254).nullish(),
  departmentId: z.string().uuid().nullish(),
  roles: z.array(ZRole).min(1).max(8).optional(),
  scope: ZScopeInput.optional(),
});
export const ZResetPasswordBody = z.strictObject({ newPassword: z.string().min(1).max(128) });
export const ZAccountListQuery = ZPageQuery.extend({
  role: ZRole.optional(),
  q: z.string().trim().max(64).optional(),
  status: ZAccountStatus.optional(),
  sort: zSort(['username', 'displayName', 'createdAt']),
});

export const ZLeaderAssignment = z.object({
  id: z.string(),
  accountId: z.string(),
  kind: z.enum(['sector', 'region', 'enterprise']),
  ref: z.string(),
  refName: z.string(),
  relation: z.enum(['in_charge', 'liaison']).describe('in_charge = 分管, liaison = 包联'),
});
export const ZLeaderAssignmentCreate = z.strictObject({
  accountId: z.string().uuid(),
  kind: z.enum(['sector', 'region', 'enterprise']),
  ref: z.string().trim().min(1).max(64).describe('sector code, region code or enterprise id'),
  relation: z.enum(['in_charge', 'liaison']),
});
export const ZLeaderAssignmentQuery = z.strictObject({ accountId: z.string().uuid().optional() });
