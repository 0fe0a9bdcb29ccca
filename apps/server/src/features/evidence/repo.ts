import type { TEvidenceReuse } from '@redline/contracts';
import { and, asc, eq, inArray, ne, type SQL } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client';
import { cases } from '../cases/schema';
import type { Actor } from '../scope/actor';
import { scopeOf } from '../scope/filters';
import type { EvidenceRow } from './present';
import { evidence } from './schema';

/**
 * For each hash, the cases other than `exceptCaseId` that already have evidence with those bytes (the reuse flag).
 * With a viewer, only cases in the viewer's scope are named: an out-of-scope case does not exist for them.
 */
export async function reuseOf(
  db: Db | Tx,
  hashes: string[],
  exceptCaseId: string | null,
  viewer?: Actor,
): Promise<Map<string, TEvidenceReuse[]>> {
  const out = new Map<string, TEvidenceReuse[]>();
  if (!hashes.length) return out;
  const conditions: SQL[] = [inArray(evidence.sha256, [...new Set(hashes)])];
  if (exceptCaseId) conditions.push(ne(cases.id, exceptCaseId));
  if (viewer) conditions.push(scopeOf.cases(viewer));
  const rows = await db
    .selectDistinct({ sha256: evidence.sha256, caseId: cases.id, number: cases.number })
    .from(evidence)
    .innerJoin(cases, eq(cases.id, evidence.caseId))
    .where(and(...conditions))
    .orderBy(asc(cases.number));
  for (const row of rows) {
    const list = out.get(row.sha256) ?? [];
    list.push({ caseId: row.caseId, number: row.number });
    out.set(row.sha256, list);
  }
  return out;
}

/**
 * One evidence row as the actor may see it: an unattached upload only by its uploader (and the system actor), an
 * attached one by whoever can see its case. Anything else is undefined, as if absent.
 */
export async function findVisibleEvidence(db: Db | Tx, actor: Actor, id: string): Promise<EvidenceRow | undefined> {
  const [row] = await db.select().from(evidence).where(eq(evidence.id, id));
  if (!row) return undefined;
  if (row.caseId === null) {
    return row.uploaderAccountId === actor.accountId || actor.via === 'system' ? row : undefined;
  }
  const [visible] = await db
    .select({ id: cases.id })
    .from(cases)
    .where(and(eq(cases.id, row.caseId), scopeOf.cases(actor)));
  return visible ? row : undefined;
}
