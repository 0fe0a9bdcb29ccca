import { ZSector, ZSectorCodeParams, ZSectorCreate, ZSectorUpdate } from '@redline/contracts';
import { z } from 'zod';
import { defineRoute } from '../../http/route';
import { createSector, listSectors, updateSector } from './service';

const tag = 'sectors';

export const sectorRoutes = [
  defineRoute({
    method: 'GET',
    url: '/sectors',
    summary: 'The whole sector catalogue (重点行业领域) ordered by sortOrder; small reference data, not paged',
    tag,
    access: [],
    query: z.strictObject({}),
    response: z.array(ZSector),
    handler: async ({ ctx }) => listSectors(ctx),
  }),
  defineRoute({
    method: 'POST',
    url: '/sectors',
    summary: 'Add a sector, optionally under a top-level parent sector',
    tag,
    access: ['admin'],
    body: ZSectorCreate,
    response: ZSector,
    status: 201,
    handler: async ({ ctx, body }) => createSector(ctx, body),
  }),
  defineRoute({
    method: 'PATCH',
    url: '/sectors/:code',
    summary: 'Rename, reorder, or (de)activate a sector',
    tag,
    access: ['admin'],
    params: ZSectorCodeParams,
    body: ZSectorUpdate,
    response: ZSector,
    handler: async ({ ctx, params, body }) => updateSector(ctx, params.code, body),
  }),
];
