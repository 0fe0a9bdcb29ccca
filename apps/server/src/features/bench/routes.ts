import { ZHazardReport } from '@redline/contracts';
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import type { AnyRoute } from '../../http/route';
import { defineRoute } from '../../http/route';

/**
 * Routes for `npm run bench` only: the ceiling of the create-hazard scenario is this route, the same body validated by
 * the same contract, then ONE insert of the hazard row (no number allocation, timeline, audit, notice or duplicate
 * search). Served only when REDLINE_BENCH_ROUTES=1, so no real server has it and it never enters the OpenAPI.
 */
const benchRoutes: AnyRoute[] = [
  defineRoute({
    method: 'POST',
    url: '/bench/hazard-insert',
    summary: 'Bench only: one INSERT of a reported hazard row',
    tag: 'bench',
    access: ['grid_worker', 'town_officer', 'inspector', 'safety_office', 'enterprise_user', 'expert'],
    body: ZHazardReport,
    response: z.object({ id: z.string() }),
    status: 201,
    handler: async ({ ctx, body }) => {
      const { rows } = await ctx.db.execute<{ id: string }>(sql`
        insert into cases (type, number, title, region_code, region_path, enterprise_id, sector_code, state, level,
                           source, fields, lng, lat, reporter_account_id, created_at, updated_at)
        select 'hazard', 'BENCH-' || gen_random_uuid(), ${body.title}, r.code, r.path, ${body.enterpriseId ?? null},
               ${body.sectorCode ?? null}, 'reported', ${body.level ?? null}, ${body.source},
               ${JSON.stringify({ description: body.description ?? null })}::jsonb, ${body.lng ?? null},
               ${body.lat ?? null}, ${ctx.actor.accountId}, ${ctx.now.toISOString()}, ${ctx.now.toISOString()}
          from regions r where r.code = ${body.regionCode ?? ''}
        returning id`);
      return { id: rows[0]?.id ?? '' };
    },
  }),
];

/** The bench routes when REDLINE_BENCH_ROUTES=1 (read here, not in config: no deployment ever sets it). */
export const enabledBenchRoutes = (): AnyRoute[] => (process.env.REDLINE_BENCH_ROUTES === '1' ? benchRoutes : []);
