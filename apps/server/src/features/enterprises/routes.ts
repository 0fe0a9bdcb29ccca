import {
  ZEnterprise,
  ZEnterpriseCreate,
  ZEnterpriseListQuery,
  ZEnterpriseUpdate,
  ZIdParams,
  zPage,
} from '@redline/contracts';
import { defineRoute } from '../../http/route';
import { createEnterprise, getEnterprise, listEnterprises, updateEnterprise } from './service';

const tag = 'enterprises';

export const enterpriseRoutes = [
  defineRoute({
    method: 'GET',
    url: '/enterprises',
    summary: "Enterprises in the account's scope, filtered by region subtree, grid, sector, status, tag or text",
    tag,
    access: [],
    query: ZEnterpriseListQuery,
    response: zPage(ZEnterprise),
    handler: async ({ ctx, query }) => listEnterprises(ctx, query),
  }),
  defineRoute({
    method: 'GET',
    url: '/enterprises/:id',
    summary: 'One enterprise',
    tag,
    access: [],
    params: ZIdParams,
    response: ZEnterprise,
    handler: async ({ ctx, params }) => getEnterprise(ctx, params.id),
  }),
  defineRoute({
    method: 'POST',
    url: '/enterprises',
    summary: 'Register an enterprise in scope (credit code checked per GB 32100-2015)',
    tag,
    access: ['admin', 'safety_office', 'inspector', 'town_officer'],
    body: ZEnterpriseCreate,
    response: ZEnterprise,
    status: 201,
    handler: async ({ ctx, body }) => createEnterprise(ctx, body),
  }),
  defineRoute({
    method: 'PATCH',
    url: '/enterprises/:id',
    summary: 'Change an enterprise (an enterprise user changes its own); the credit code never changes',
    tag,
    access: ['admin', 'safety_office', 'inspector', 'town_officer', 'enterprise_user'],
    params: ZIdParams,
    body: ZEnterpriseUpdate,
    response: ZEnterprise,
    handler: async ({ ctx, params, body }) => updateEnterprise(ctx, params.id, body),
  }),
];
