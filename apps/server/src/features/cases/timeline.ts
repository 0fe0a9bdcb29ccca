import { asc, eq, inArray } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client';
import { accounts } from '../accounts/schema';
import { caseEvents } from './schema';

/** The timeline of one case or of several (an accident with its steps and investigation), oldest first, with names. */
export async function caseTimeline(db: Db | Tx, caseIds: string[]) {
  const rows = await db
    .select({
      id: caseEvents.id,
      caseId: caseEvents.caseId,
      cycle: caseEvents.cycle,
      at: caseEvents.at,
      kind: caseEvents.kind,
      transition: caseEvents.transition,
      fromState: caseEvents.fromState,
      toState: caseEvents.toState,
      comment: caseEvents.comment,
      data: caseEvents.data,
      actorId: caseEvents.actorId,
      actorName: accounts.displayName,
    })
    .from(caseEvents)
    .leftJoin(accounts, eq(accounts.id, caseEvents.actorId))
    .where(caseIds.length === 1 ? eq(caseEvents.caseId, caseIds[0]!) : inArray(caseEvents.caseId, caseIds))
    .orderBy(asc(caseEvents.at), asc(caseEvents.id));
  return rows.map((e) => ({ ...e, id: String(e.id), at: e.at.toISOString() }));
}
