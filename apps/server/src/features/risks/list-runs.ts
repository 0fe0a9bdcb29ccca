import { and, asc, desc, eq } from 'drizzle-orm';
import type { Ctx } from '../../http/context';
import { cases } from '../cases/schema';
import { registerEnterprise } from './repo';

/** An enterprise's check runs: the due ones by deadline, or the latest recorded ones (at most 200). */
export async function listRuns(ctx: Ctx, enterpriseId: string, state: 'due' | 'recorded' = 'due') {
  const enterprise = await registerEnterprise(ctx.db, ctx.actor, enterpriseId);
  const rows = await ctx.db
    .select()
    .from(cases)
    .where(and(eq(cases.type, 'risk_check'), eq(cases.enterpriseId, enterprise.id), eq(cases.state, state)))
    .orderBy(state === 'due' ? asc(cases.deadline) : desc(cases.updatedAt), asc(cases.id))
    .limit(200);
  return rows.map((r) => ({
    id: r.id,
    number: r.number,
    title: r.title,
    state: r.state,
    version: r.version,
    deadline: r.deadline?.toISOString() ?? null,
    overdue: r.state === 'due' && r.deadline !== null && r.deadline.getTime() < ctx.now.getTime(),
    fields: r.fields,
  }));
}
