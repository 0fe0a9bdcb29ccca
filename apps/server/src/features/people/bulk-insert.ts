import type { Tx } from '../../db/client';
import { type AuditWho, appendAudit } from '../audit/append-audit';
import { people } from './schema';

/** A person that passed every check, ready to insert. */
export type ValidatedPerson = {
  name: string;
  mobile: string | null;
  title: string | null;
  regionCode: string;
  regionPath: string;
  departmentId: string | null;
  enterpriseId: string | null;
};

const BATCH = 1000;

/**
 * Inserts checked people in multi-row INSERTs of 1,000, with one audit entry (`person.import`) per batch listing the
 * ids it created: per-row entries would cost four round trips each (see insertEnterprisesBulk).
 */
export async function insertPeopleBulk(tx: Tx, who: AuditWho, rows: ValidatedPerson[], onBatch?: (n: number) => void) {
  const ids: string[] = [];
  for (let start = 0; start < rows.length; start += BATCH) {
    const batch = rows.slice(start, start + BATCH).map((r) => ({ ...r, createdAt: who.now, updatedAt: who.now }));
    const inserted = await tx.insert(people).values(batch).returning({ id: people.id });
    await appendAudit(tx, who, {
      action: 'person.import',
      entity: 'person',
      entityId: null,
      after: { count: inserted.length, ids: inserted.map((r) => r.id) },
    });
    ids.push(...inserted.map((r) => r.id));
    onBatch?.(ids.length);
  }
  return ids;
}
