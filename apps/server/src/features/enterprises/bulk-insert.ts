import type { Tx } from '../../db/client';
import { isUniqueViolation } from '../../db/pg-errors';
import { AppError } from '../../http/errors';
import { appendAudit, type AuditWho } from '../audit/append-audit';
import { enterprises } from './schema';
import type { ValidatedEnterprise } from './values';

/** 1,000 rows × 17 columns = 17,000 bind parameters per statement, well under PostgreSQL's 65,535. */
export const BULK_BATCH_SIZE = 1000;

/**
 * Inserts already validated enterprises (imports, demo data) in multi-row INSERTs of BULK_BATCH_SIZE rows, with ONE
 * audit entry per batch (action `enterprise.import`) listing the count, ids and credit codes it created.
 *
 * Why per batch and not per row: an audit entry takes the chain's advisory lock, reads the last hash and inserts a
 * hashed row, about four round trips; per row that is 400,000 round trips for a 100,000-row import, far past the
 * 30-second budget. A batch entry still names every record it created, in the same transaction, so the trail stays
 * complete and verifiable. Why multi-row INSERT and not COPY: it goes through drizzle with bind parameters (no text
 * escaping of our own), returns the new ids for the audit entry, and 1,000-row statements are within a small factor
 * of COPY's speed here, where index upkeep (trigram, GIN, unique) dominates either way.
 */
export async function insertEnterprisesBulk(
  tx: Tx,
  who: AuditWho,
  rows: ValidatedEnterprise[],
  onBatch?: (inserted: number) => void,
): Promise<Array<{ id: string; uscc: string }>> {
  const created: Array<{ id: string; uscc: string }> = [];
  for (let start = 0; start < rows.length; start += BULK_BATCH_SIZE) {
    const batch = rows.slice(start, start + BULK_BATCH_SIZE).map((r) => ({ ...r, createdAt: who.now, updatedAt: who.now }));
    let inserted: Array<{ id: string; uscc: string }>;
    try {
      inserted = await tx.insert(enterprises).values(batch).returning({ id: enterprises.id, uscc: enterprises.uscc });
    } catch (error) {
      if (isUniqueViolation(error)) throw new AppError('CONFLICT.DUPLICATE', { field: '@field.uscc' }, [], { field: 'uscc' });
      throw error;
    }
    await appendAudit(tx, who, {
      action: 'enterprise.import',
      entity: 'enterprise',
      entityId: null,
      after: { count: inserted.length, ids: inserted.map((r) => r.id), usccs: inserted.map((r) => r.uscc) },
    });
    created.push(...inserted);
    onBatch?.(created.length);
  }
  return created;
}
