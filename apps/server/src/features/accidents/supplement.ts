import type { TAccidentSupplement } from '@redline/contracts';
import { ACCIDENT_WORKFLOW, casualtyWindowDays, casualtyWindowEnd, localDateOf } from '@redline/domain';
import { desc, eq } from 'drizzle-orm';
import type { Ctx } from '../../http/context';
import { AppError, invalid, notFound } from '../../http/errors';
import { whoOf } from '../audit/who';
import { transitionCase } from '../cases/transition-case';
import { syncAccident } from './chain';
import { findAccident } from './repo';
import { casualtyProblems } from './report-accident';
import { accidentVersions } from './schema';

/**
 * A supplementary report (补报, Decree 493 Art. 13): the casualty figures as they now stand, accepted within 30 days
 * of the accident (7 for road traffic and fire), stored as a new version in force from now. The grade is
 * recomputed, and a grade that rises adds the report steps and moves the investigation to the level it now needs.
 */
export async function supplementAccident(ctx: Ctx, id: string, body: TAccidentSupplement) {
  const problems = casualtyProblems(body);
  if (problems.length) throw invalid(...problems);
  return ctx.db.transaction(async (tx) => {
    const row = await findAccident(tx, ctx.actor, id);
    if (!row) throw notFound();
    const end = casualtyWindowEnd(row.occurredAt, row.sector);
    if (ctx.now.getTime() > end.getTime()) {
      throw new AppError('ACCIDENT.WINDOW_CLOSED', {
        days: casualtyWindowDays(row.sector),
        end: localDateOf(end),
      });
    }
    const figures = {
      deaths: body.deaths,
      missing: body.missing,
      seriousInjuries: body.seriousInjuries,
      minorInjuries: body.minorInjuries,
      directLossCny: body.directLossCny,
    };
    await transitionCase(tx, whoOf(ctx), {
      caseId: row.id,
      workflow: ACCIDENT_WORKFLOW,
      transition: 'supplement',
      expectedVersion: body.version,
      actorRoles: ctx.actor.roles,
      actorRelations: [],
      comment: body.note,
      fields: { casualties: figures },
    });
    const [last] = await tx
      .select({ seq: accidentVersions.seq })
      .from(accidentVersions)
      .where(eq(accidentVersions.caseId, row.id))
      .orderBy(desc(accidentVersions.seq))
      .limit(1);
    await tx.insert(accidentVersions).values({
      caseId: row.id,
      seq: (last?.seq ?? 0) + 1,
      effectiveAt: ctx.now,
      ...figures,
      note: body.note,
      actorId: whoOf(ctx).actorId,
      createdAt: ctx.now,
    });
    await syncAccident(tx, whoOf(ctx), row);
    return row.id;
  });
}
