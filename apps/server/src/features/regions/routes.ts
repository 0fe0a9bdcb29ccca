import { ZRegion, ZRegionCodeParams, ZRegionCreate, ZRegionListQuery, ZRegionUpdate, zPage } from '@redline/contracts';
import { defineRoute } from '../../http/route';
import { createRegion, getRegion, listRegions, updateRegion } from './service';

const tag = 'regions';

export const regionRoutes = [
  defineRoute({
    method: 'GET',
    url: '/regions',
    summary: "Regions in the account's scope: roots, children of a region, or a subtree",
    tag,
    access: [],
    query: ZRegionListQuery,
    response: zPage(ZRegion),
    handler: async ({ ctx, query }) => listRegions(ctx, query),
  }),
  defineRoute({
    method: 'GET',
    url: '/regions/:code',
    summary: 'One region',
    tag,
    access: [],
    params: ZRegionCodeParams,
    response: ZRegion,
    handler: async ({ ctx, params }) => getRegion(ctx, params.code),
  }),
  defineRoute({
    method: 'POST',
    url: '/regions',
    summary: 'Create a region under a parent in scope (codes checked per GB/T 2260 and the statistical codes)',
    tag,
    access: ['admin'],
    body: ZRegionCreate,
    response: ZRegion,
    status: 201,
    handler: async ({ ctx, body }) => createRegion(ctx, body),
  }),
  defineRoute({
    method: 'PATCH',
    url: '/regions/:code',
    summary: 'Rename a region or mark it a development zone',
    tag,
    access: ['admin'],
    params: ZRegionCodeParams,
    body: ZRegionUpdate,
    response: ZRegion,
    handler: async ({ ctx, params, body }) => updateRegion(ctx, params.code, body),
  }),
];
