import { computeAuditHash, GENESIS_HASH, jsonDiff } from '@redline/domain';
import { desc, sql } from 'drizzle-orm';
import type { Tx } from '../../db/client';
import { sha256Hex } from '../auth/secrets';
import { auditLog } from './schema';

/** Any fixed number: the transaction lock that keeps the hash chain in one line. */
const AUDIT_CHAIN_LOCK = 7_144_250_002;

export type AuditWho = { actorId: string | null; requestId: string | null; now: Date };
export type AuditWhat = {
  action: string;
  entity: string;
  entityId: string | null;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
  /** Extra facts that are not a field change (e.g. a failed sign-in's reason). */
  note?: Record<string, unknown>;
};

const SECRET_FIELDS = new Set(['passwordHash', 'password', 'tokenHash', 'csrfToken', 'secret']);
const redact = (row: Record<string, unknown> | null | undefined) =>
  row ? Object.fromEntries(Object.entries(row).filter(([k]) => !SECRET_FIELDS.has(k))) : null;

/**
 * Appends one entry to the audit trail inside the caller's transaction. The transaction lock serialises the chain
 * until commit, so each entry's prevHash is the hash of the entry committed just before it.
 */
export async function appendAudit(tx: Tx, who: AuditWho, what: AuditWhat): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(${AUDIT_CHAIN_LOCK})`);
  const [last] = await tx.select({ hash: auditLog.hash }).from(auditLog).orderBy(desc(auditLog.id)).limit(1);
  const prevHash = last?.hash ?? GENESIS_HASH;
  const diff = { ...jsonDiff(redact(what.before), redact(what.after)), ...(what.note ? { note: what.note } : {}) };
  const [{ id }] = (await tx.execute(sql`select nextval(pg_get_serial_sequence('audit_log', 'id'))::text as id`))
    .rows as [{ id: string }];
  const at = who.now.toISOString();
  const content = {
    id,
    at,
    actorId: who.actorId,
    action: what.action,
    entity: what.entity,
    entityId: what.entityId,
    diff: JSON.parse(JSON.stringify(diff)) as unknown,
    requestId: who.requestId,
  };
  const hash = computeAuditHash(prevHash, content, sha256Hex);
  await tx.insert(auditLog).values({ ...content, id: BigInt(id), at: who.now, prevHash, hash });
}
