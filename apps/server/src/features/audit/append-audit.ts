import { type AuditEntryContent, computeAuditHash, GENESIS_HASH, jsonDiff } from '@redline/domain';
import { sql } from 'drizzle-orm';
import type { Tx } from '../../db/client';
import { sha256Hex } from '../auth/secrets';
import { auditLog } from './schema';

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

/** An entry before the chain gives it its id and hashes. */
type Entry = Omit<AuditEntryContent, 'id' | 'at'> & { at: Date };

/** Entries of a transaction that appends them at its end (see deferAudit), by transaction handle. */
const deferred = new WeakMap<Tx, Entry[]>();

/**
 * Appends one entry to the audit trail inside the caller's transaction. In a transaction opened by `openDatabase`'s
 * database the entry is written when the transaction's work is done, just before it commits (`flushAudit`): the
 * chain's lock is then held only for that last write and the commit, not for the rest of the work (issue 7: writes
 * queued behind it). Elsewhere it is written at once. Either way it commits or rolls back with the change it records.
 */
export async function appendAudit(tx: Tx, who: AuditWho, what: AuditWhat): Promise<void> {
  const diff = { ...jsonDiff(redact(what.before), redact(what.after)), ...(what.note ? { note: what.note } : {}) };
  const entry: Entry = {
    at: who.now,
    actorId: who.actorId,
    action: what.action,
    entity: what.entity,
    entityId: what.entityId,
    diff: JSON.parse(JSON.stringify(diff)) as unknown,
    requestId: who.requestId,
  };
  const pending = deferred.get(tx);
  if (pending) pending.push(entry);
  else await writeEntries(tx, [entry]);
}

/** From now on, `tx`'s audit entries wait for `flushAudit(tx)`. */
export function deferAudit(tx: Tx): void {
  deferred.set(tx, []);
}

/** Moves a savepoint's entries to its parent transaction once the savepoint has been released. */
export function adoptAudit(parent: Tx, savepoint: Tx): void {
  deferred.get(parent)?.push(...(deferred.get(savepoint) ?? []));
  deferred.delete(savepoint);
}

/** Writes the entries `tx` has deferred: call as the transaction's last statement before commit. */
export async function flushAudit(tx: Tx): Promise<void> {
  const pending = deferred.get(tx);
  deferred.delete(tx);
  if (pending?.length) await writeEntries(tx, pending);
}

/**
 * One round trip for the chain's head under its transaction lock (`audit_chain_head`, migration 0008: the lock
 * serialises the chain until commit, so each entry's prevHash is the hash of the entry committed just before it),
 * then the entries, each chained to the one before.
 */
async function writeEntries(tx: Tx, entries: Entry[]): Promise<void> {
  const { rows } = await tx.execute<{ prev_hash: string | null; ids: string[] }>(
    sql`select prev_hash, ids::text[] as ids from audit_chain_head(${entries.length}::int)`,
  );
  let prevHash = rows[0]?.prev_hash ?? GENESIS_HASH;
  const values = entries.map((e, i) => {
    const id = rows[0]!.ids[i]!;
    const content = { id, ...e, at: e.at.toISOString() };
    const hash = computeAuditHash(prevHash, content, sha256Hex);
    const row = { ...e, id: BigInt(id), prevHash, hash };
    prevHash = hash;
    return row;
  });
  // A bulk write (an import) defers thousands: inserted in chunks within PostgreSQL's limit of bound parameters.
  for (let i = 0; i < values.length; i += INSERT_CHUNK) {
    await tx.insert(auditLog).values(values.slice(i, i + INSERT_CHUNK));
  }
}

const INSERT_CHUNK = 2_000;
