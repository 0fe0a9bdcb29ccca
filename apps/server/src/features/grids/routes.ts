import { ZGrid, ZGridCodeParams, ZGridCreate, ZGridListQuery, ZGridUpdate, zPage } from '@redline/contracts';
import { defineRoute } from '../../http/route';
import { createGrid, getGrid, listGrids, updateGrid } from './service';

const tag = 'grids';

export const gridRoutes = [
  defineRoute({
    method: 'GET',
    url: '/grids',
    summary: "Grids in the account's scope, optionally those below a region (regionCode) or matching q",
    tag,
    access: [],
    query: ZGridListQuery,
    response: zPage(ZGrid),
    handler: async ({ ctx, query }) => listGrids(ctx, query),
  }),
  defineRoute({
    method: 'GET',
    url: '/grids/:code',
    summary: 'One grid',
    tag,
    access: [],
    params: ZGridCodeParams,
    response: ZGrid,
    handler: async ({ ctx, params }) => getGrid(ctx, params.code),
  }),
  defineRoute({
    method: 'POST',
    url: '/grids',
    summary: 'Create a grid in a village (村/社区) in scope',
    tag,
    access: ['admin', 'town_officer'],
    body: ZGridCreate,
    response: ZGrid,
    status: 201,
    handler: async ({ ctx, body }) => createGrid(ctx, body),
  }),
  defineRoute({
    method: 'PATCH',
    url: '/grids/:code',
    summary: 'Rename a grid',
    tag,
    access: ['admin', 'town_officer'],
    params: ZGridCodeParams,
    body: ZGridUpdate,
    response: ZGrid,
    handler: async ({ ctx, params, body }) => updateGrid(ctx, params.code, body),
  }),
];
