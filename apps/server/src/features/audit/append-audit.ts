import { type AuditEntryContent, canonicalJson, jsonDiff, pickAuditContent } from '@redline/domain';
import { sql } from 'drizzle-orm';
import type { Tx } from '../../db/client';

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

/** Stands for the id in an entry's canonical JSON; the id is drawn under the chain's lock, in the database. */
const ID_MARK = 'audit-id-drawn-under-the-chain-lock';
const ID_FIELD = `"id":${JSON.stringify(ID_MARK)}`;

/**
 * An entry's canonical JSON (what computeAuditHash hashes after prevHash and a newline) cut around its id. The id
 * is a top-level key, sorted after `diff`, so its field is the last occurrence of the mark.
 */
export function hashParts(e: Entry): { head: string; tail: string } {
  const json = canonicalJson(pickAuditContent({ id: ID_MARK, ...e, at: e.at.toISOString() }));
  const at = json.lastIndexOf(ID_FIELD);
  if (at < 0) throw new Error('audit entry: the id is missing from its canonical JSON');
  return { head: json.slice(0, at + '"id":"'.length), tail: json.slice(at + ID_FIELD.length - 1) };
}

/**
 * One round trip (`audit_append`, migration 0012): under the chain's transaction lock, which serialises the chain
 * until commit, the database draws the ids, chains each entry to the one before (SHA-256 of the previous hash and
 * the canonical JSON sent here, as computeAuditHash) and inserts them.
 */
async function writeEntries(tx: Tx, entries: Entry[]): Promise<void> {
  // A bulk write (an import) defers thousands: sent in chunks, each chained to the one before.
  for (let i = 0; i < entries.length; i += APPEND_CHUNK) {
    const chunk = entries.slice(i, i + APPEND_CHUNK);
    const parts = chunk.map(hashParts);
    const column = <T>(f: (e: Entry) => T) => sql.param(chunk.map(f));
    await tx.execute(sql`select audit_append(
      ${column((e) => e.at.toISOString())}::timestamptz[], ${column((e) => e.actorId)}::uuid[],
      ${column((e) => e.action)}::text[], ${column((e) => e.entity)}::text[], ${column((e) => e.entityId)}::text[],
      ${column((e) => JSON.stringify(e.diff))}::jsonb[], ${column((e) => e.requestId)}::text[],
      ${sql.param(parts.map((p) => p.head))}::text[], ${sql.param(parts.map((p) => p.tail))}::text[])`);
  }
}

const APPEND_CHUNK = 5_000;
