import type { TCheckRecord } from '@redline/contracts';
import { RISK_CHECK_WORKFLOW } from '@redline/domain';
import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import type { Ctx } from '../../http/context';
import { invalid, notFound } from '../../http/errors';
import { appendAudit } from '../audit/append-audit';
import { whoOf } from '../audit/who';
import { cases } from '../cases/schema';
import { transitionCase } from '../cases/transition-case';
import { reportHazard } from '../hazards/report-hazard';
import { scopeOf } from '../scope/filters';

/**
 * Records a check run (one transaction): the items ok or not ok move the run to `recorded`; each not-ok item reports a
 * hazard as the enterprise's self-inspection (自查) — with its photos, through the hazard service, so it enters the
 * loop and the town office's to-do like any report — linked to the run (its parent) and to the measure, event and
 * unit of the register.
 */
export async function recordCheck(ctx: Ctx, runId: string, body: TCheckRecord) {
  const missing = body.items.flatMap((item, i) =>
    !item.ok && !item.finding ? [{ path: `items.${i}.finding`, code: 'VALIDATION.REQUIRED' }] : [],
  );
  if (missing.length) throw invalid(...missing);
  return ctx.db.transaction(async (tx) => {
    const [run] = await tx
      .select()
      .from(cases)
      .where(and(eq(cases.id, runId), eq(cases.type, 'risk_check'), scopeOf.cases(ctx.actor)));
    if (!run) throw notFound();
    const moved = await transitionCase(tx, whoOf(ctx), {
      caseId: run.id,
      workflow: RISK_CHECK_WORKFLOW,
      transition: 'record',
      expectedVersion: body.version,
      actorRoles: ctx.actor.roles,
      actorRelations: [],
      comment: body.comment ?? undefined,
      effects: {
        fields: {
          items: body.items.map(({ evidenceIds: _e, ...item }) => item),
          notOk: body.items.filter((i) => !i.ok).length,
          recordedAt: ctx.now.toISOString(),
        },
      },
    });
    const hazards: Array<{ id: string; number: string }> = [];
    const links = {
      riskMeasureId: run.fields.measureId,
      riskEventId: run.fields.eventId,
      riskUnitId: run.fields.unitId,
    };
    for (const item of body.items.filter((i) => !i.ok)) {
      const reported = await reportHazard(
        { ...ctx, db: tx as unknown as Db },
        {
          title: item.finding!,
          description: [item.item, item.note].filter(Boolean).join('：'),
          enterpriseId: run.enterpriseId,
          source: 'self_inspection',
          evidenceIds: item.evidenceIds,
        },
      );
      const [hazard] = await tx
        .update(cases)
        .set({ parentId: run.id, fields: sql`${cases.fields} || ${JSON.stringify(links)}::jsonb` })
        .where(eq(cases.id, reported.id))
        .returning({ id: cases.id, number: cases.number });
      await appendAudit(tx, whoOf(ctx), {
        action: 'hazard.link_check',
        entity: 'case',
        entityId: reported.id,
        after: { checkRunId: run.id, ...links },
      });
      hazards.push(hazard!);
    }
    return { id: run.id, state: moved.state, hazards };
  });
}
