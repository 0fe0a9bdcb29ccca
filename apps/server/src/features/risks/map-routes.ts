import { ZIdParams, ZRiskAreaInput, ZRiskAreaPatch, ZRiskMap, ZSitePlanInput } from '@redline/contracts';
import { z } from 'zod';
import { defineRoute } from '../../http/route';
import { getRiskMap } from './map';
import { createArea, deleteArea, updateArea } from './map-areas';
import { openSitePlan, setSitePlan } from './map-site-plan';

const tag = 'risks';
/** An enterprise keeps its map; the service checks it is the enterprise's own (or an administrator). */
const MAINTAINERS = ['enterprise_user', 'admin'] as const;
const ZArea = z.object({ id: z.string(), name: z.string(), polygon: z.array(z.tuple([z.number(), z.number()])) });
const ZPlan = z.object({ evidenceId: z.string(), width: z.number(), height: z.number() });

export const riskMapRoutes = [
  defineRoute({
    method: 'GET',
    url: '/enterprises/:id/risk-map',
    summary:
      'An enterprise’s four-colour map (四色分布图): site plan, areas coloured by their units’ highest risk, units not yet placed',
    tag,
    access: [],
    params: ZIdParams,
    response: ZRiskMap,
    handler: async ({ ctx, params }) => getRiskMap(ctx, params.id),
  }),
  defineRoute({
    method: 'PUT',
    url: '/enterprises/:id/risk-map/site-plan',
    summary: 'Set or replace the site plan (厂区平面图): an image uploaded through POST /evidence',
    tag,
    access: [...MAINTAINERS],
    params: ZIdParams,
    body: ZSitePlanInput,
    response: ZPlan,
    handler: async ({ ctx, params, body }) => setSitePlan(ctx, params.id, body),
  }),
  defineRoute({
    method: 'GET',
    url: '/enterprises/:id/risk-map/site-plan/file',
    summary:
      'The site plan image, for whoever may read the map (`v`: the plan’s evidence id, so a new plan is a new URL)',
    tag,
    access: [],
    params: ZIdParams,
    query: z.strictObject({ v: z.string().max(64).optional() }),
    produces: 'image/*',
    handler: async ({ ctx, params }, _req, reply) => {
      const file = await openSitePlan(ctx, params.id);
      reply.header('Content-Type', file.mediaType);
      reply.header('Cache-Control', 'private, max-age=3600');
      reply.header('X-Content-Type-Options', 'nosniff');
      reply.header('Content-Disposition', `inline; filename="${file.name}"`);
      reply.header('Content-Length', String(file.size));
      return file.body;
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/enterprises/:id/risk-areas',
    summary: 'Draw an area on the map (closed polygon in plan coordinates 0–1) and place units in it',
    tag,
    access: [...MAINTAINERS],
    params: ZIdParams,
    body: ZRiskAreaInput,
    response: ZArea.passthrough(),
    status: 201,
    handler: async ({ ctx, params, body }) => createArea(ctx, params.id, body),
  }),
  defineRoute({
    method: 'PATCH',
    url: '/risk-areas/:id',
    summary: 'Rename or redraw an area, or replace its units',
    tag,
    access: [...MAINTAINERS],
    params: ZIdParams,
    body: ZRiskAreaPatch,
    response: ZArea.passthrough(),
    handler: async ({ ctx, params, body }) => updateArea(ctx, params.id, body),
  }),
  defineRoute({
    method: 'DELETE',
    url: '/risk-areas/:id',
    summary: 'Remove an area from the map; its units stay in the register, not yet placed',
    tag,
    access: [...MAINTAINERS],
    params: ZIdParams,
    handler: async ({ ctx, params }) => {
      await deleteArea(ctx, params.id);
      return undefined;
    },
  }),
];
