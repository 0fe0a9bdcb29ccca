import { canonicalJson } from './canonical-json';

/** The hashed part of an audit log row. */
export type AuditEntryContent = {
  id: string;
  at: string;
  actorId: string | null;
  action: string;
  entity: string;
  entityId: string | null;
  diff: unknown;
  requestId: string | null;
};

export type AuditEntry = AuditEntryContent & { prevHash: string; hash: string };

export type AuditChainResult =
  | { ok: true; count: number }
  | { ok: false; brokenAt: string; reason: 'PREV_HASH_MISMATCH' | 'HASH_MISMATCH'; count: number };

/** prevHash of the first entry of a chain. */
export const GENESIS_HASH = '0'.repeat(64);

/** Picks exactly the hashed fields, so extra columns on a row never change the hash. */
export function pickAuditContent(entry: AuditEntryContent): AuditEntryContent {
  const { id, at, actorId, action, entity, entityId, diff, requestId } = entry;
  return { id, at, actorId, action, entity, entityId, diff, requestId };
}

/** The string hashed for an entry: prevHash, a newline, then the canonical JSON of its content. */
export function auditHashInput(prevHash: string, content: AuditEntryContent): string {
  return `${prevHash}\n${canonicalJson(pickAuditContent(content))}`;
}

/** Hash of an entry chained to `prevHash`; the hash function (hex SHA-256) is passed in. */
export function computeAuditHash(
  prevHash: string,
  content: AuditEntryContent,
  sha256Hex: (s: string) => string,
): string {
  return sha256Hex(auditHashInput(prevHash, content));
}

/**
 * Walks entries in chain order. Each must point at the previous hash (the first at `startPrevHash`) and
 * carry the hash of its own content. `count` is the number of entries verified before any break.
 */
export function verifyAuditChain(
  entries: readonly AuditEntry[],
  sha256Hex: (s: string) => string,
  startPrevHash: string = GENESIS_HASH,
): AuditChainResult {
  let prevHash = startPrevHash;
  let count = 0;
  for (const entry of entries) {
    if (entry.prevHash !== prevHash) return { ok: false, brokenAt: entry.id, reason: 'PREV_HASH_MISMATCH', count };
    if (computeAuditHash(prevHash, entry, sha256Hex) !== entry.hash) {
      return { ok: false, brokenAt: entry.id, reason: 'HASH_MISMATCH', count };
    }
    prevHash = entry.hash;
    count++;
  }
  return { ok: true, count };
}
