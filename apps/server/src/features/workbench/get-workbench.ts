import {
  type TWorkbench,
  type TWorkbenchItem,
  type TWorkbenchList,
  WORKBENCH_DUE_SOON_DAYS,
  WORKBENCH_LIST_LIMIT,
} from '@redline/contracts';
import { endOfLocalDate, localDateOf, shiftLocalDate } from '@redline/domain';
import { and, asc, count, eq, gt, gte, isNotNull, isNull, lt, lte, notInArray, or, type SQL } from 'drizzle-orm';
import type { Ctx } from '../../http/context';
import { cases } from '../cases/schema';
import { CLOSED_STATES, hazardWhere } from '../hazards/filters';
import { type HazardRow, presentHazard } from '../hazards/present';
import { selectHazards } from '../hazards/repo';
import { relationsOf } from '../hazards/units';
import { todoActions, todoCondition } from './todo';

const EMPTY: TWorkbenchList = { total: 0, items: [] };

/**
 * The signed-in account's workbench: the open hazards in its scope waiting for its move (see todo.ts), split by the
 * current deadline into overdue (passed), due soon (by the end of the local day WORKBENCH_DUE_SOON_DAYS days from
 * today) and waiting (later or none), each with
 * its first WORKBENCH_LIST_LIMIT items and exact total; and its counts. Everything is counted in SQL over the scope
 * of GET /hazards; the listed rows are checked once more against the workflow (relationsOf, availableTransitions).
 */
export async function getWorkbench(ctx: Ctx): Promise<TWorkbench> {
  const { actor, now } = ctx;
  // Due soon: by the end of the third local day from today (Beijing time), as people count "within 3 days".
  const soon = endOfLocalDate(shiftLocalDate(localDateOf(now), WORKBENCH_DUE_SOON_DAYS));
  const [inScope, overdueInScope] = await Promise.all([
    hazardWhere(ctx.db, actor, {}, now),
    hazardWhere(ctx.db, actor, { overdue: true }, now),
  ]);
  const countOf = async (where: SQL | null | undefined) =>
    where ? ((await ctx.db.select({ n: count() }).from(cases).where(where))[0]?.n ?? 0) : 0;

  const todo = todoCondition(actor);
  const buckets = {
    overdue: and(isNotNull(cases.deadline), lt(cases.deadline, now))!,
    dueSoon: and(isNotNull(cases.deadline), gte(cases.deadline, now), lte(cases.deadline, soon))!,
    waiting: or(isNull(cases.deadline), gt(cases.deadline, soon))!,
  };
  const list = async (bucket: SQL): Promise<TWorkbenchList> => {
    if (!inScope || !todo) return EMPTY;
    const where = and(inScope, todo, bucket)!;
    const [rows, total] = await Promise.all([
      selectHazards(ctx.db)
        .where(where)
        .orderBy(asc(cases.deadline), asc(cases.createdAt), asc(cases.id))
        .limit(WORKBENCH_LIST_LIMIT),
      countOf(where),
    ]);
    return { total, items: rows.flatMap((row) => itemOf(ctx, row)) };
  };

  const [overdue, dueSoon, waiting, reportedByMeOpen, overdueCount] = await Promise.all([
    list(buckets.overdue),
    list(buckets.dueSoon),
    list(buckets.waiting),
    countOf(
      inScope && and(inScope, eq(cases.reporterAccountId, actor.accountId), notInArray(cases.state, CLOSED_STATES)),
    ),
    countOf(overdueInScope),
  ]);
  return {
    asOf: now.toISOString(),
    dueSoonDays: WORKBENCH_DUE_SOON_DAYS,
    todo: { overdue, dueSoon, waiting },
    counts: {
      awaitingMyAction: overdue.total + dueSoon.total + waiting.total,
      reportedByMeOpen,
      overdueInScope: overdueCount,
    },
  };
}

/** A listed row as a to-do item; none if the workflow (checked in JS) gives the account no move after all. */
function itemOf(ctx: Ctx, row: HazardRow): TWorkbenchItem[] {
  const actions = todoActions(ctx.actor, row, ctx.now).map((t) => t.name);
  if (!actions.length) return [];
  const h = presentHazard(row, ctx.now);
  return [
    {
      id: h.id,
      number: h.number,
      title: h.title,
      state: h.state,
      version: h.version,
      level: h.level,
      regionName: h.regionName,
      enterprise: h.enterprise,
      deadline: h.deadline,
      overdue: h.overdue,
      listed: h.listed,
      createdAt: h.createdAt,
      relations: relationsOf(ctx.actor, row),
      actions,
    },
  ];
}
