import { type AuditChainResult, GENESIS_HASH, verifyAuditChain } from '@redline/domain';
import { asc, gt } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { sha256Hex } from '../auth/secrets';
import { auditLog } from './schema';

const BATCH = 5000;

/** Recomputes the whole chain in batches and names the first broken entry. */
export async function verifyAudit(db: Db): Promise<AuditChainResult> {
  let prevHash = GENESIS_HASH;
  let after = 0n;
  let count = 0;
  for (;;) {
    const rows = await db.select().from(auditLog).where(gt(auditLog.id, after)).orderBy(asc(auditLog.id)).limit(BATCH);
    if (!rows.length) return { ok: true, count };
    const entries = rows.map((r) => ({
      id: String(r.id),
      at: r.at.toISOString(),
      actorId: r.actorId,
      action: r.action,
      entity: r.entity,
      entityId: r.entityId,
      diff: r.diff,
      requestId: r.requestId,
      prevHash: r.prevHash,
      hash: r.hash,
    }));
    const result = verifyAuditChain(entries, sha256Hex, prevHash);
    if (!result.ok) return { ...result, count: count + result.count };
    count += result.count;
    prevHash = entries[entries.length - 1]!.hash;
    after = rows[rows.length - 1]!.id;
  }
}
