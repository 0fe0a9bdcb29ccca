import {
  ZAccount,
  ZAccountCreate,
  ZAccountListQuery,
  ZAccountUpdate,
  ZIdParams,
  ZResetPasswordBody,
  zPage,
} from '@redline/contracts';
import { defineRoute } from '../../http/route';
import { lockAccount, resetAccountPassword, unlockAccount } from './admin-actions';
import { createAccount, getAccount, listAccounts, updateAccount } from './service';

const tag = 'accounts';

export const accountRoutes = [
  defineRoute({
    method: 'GET',
    url: '/accounts',
    summary: "Accounts whose scope lies in the administrator's region subtree",
    tag,
    access: ['admin'],
    query: ZAccountListQuery,
    response: zPage(ZAccount),
    handler: async ({ ctx, query }) => listAccounts(ctx, query),
  }),
  defineRoute({
    method: 'GET',
    url: '/accounts/:id',
    summary: 'One account',
    tag,
    access: ['admin'],
    params: ZIdParams,
    response: ZAccount,
    handler: async ({ ctx, params }) => getAccount(ctx, params.id),
  }),
  defineRoute({
    method: 'POST',
    url: '/accounts',
    summary: "Create an account with a data scope inside the administrator's own (password policy applies)",
    tag,
    access: ['admin'],
    body: ZAccountCreate,
    response: ZAccount,
    status: 201,
    handler: async ({ ctx, body }) => createAccount(ctx, body),
  }),
  defineRoute({
    method: 'PATCH',
    url: '/accounts/:id',
    summary: 'Change name, mobile, roles or data scope',
    tag,
    access: ['admin'],
    params: ZIdParams,
    body: ZAccountUpdate,
    response: ZAccount,
    handler: async ({ ctx, params, body }) => updateAccount(ctx, params.id, body),
  }),
  defineRoute({
    method: 'POST',
    url: '/accounts/:id/lock',
    summary: 'Disable an account and end its sessions',
    tag,
    access: ['admin'],
    params: ZIdParams,
    response: ZAccount,
    handler: async ({ ctx, params }) => lockAccount(ctx, params.id),
  }),
  defineRoute({
    method: 'POST',
    url: '/accounts/:id/unlock',
    summary: 'Enable an account and clear a sign-in lockout',
    tag,
    access: ['admin'],
    params: ZIdParams,
    response: ZAccount,
    handler: async ({ ctx, params }) => unlockAccount(ctx, params.id),
  }),
  defineRoute({
    method: 'POST',
    url: '/accounts/:id/reset-password',
    summary: 'Set a new password; the owner must change it at next sign-in and its sessions end',
    tag,
    access: ['admin'],
    params: ZIdParams,
    body: ZResetPasswordBody,
    handler: async ({ ctx, params, body }) => resetAccountPassword(ctx, params.id, body),
  }),
];
