import type { TEvidence, TEvidencePhase, TEvidenceReuse } from '@redline/contracts';
import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client';
import { AppError } from '../../http/errors';
import type { Actor } from '../scope/actor';
import { presentEvidence } from './present';
import { reuseOf } from './repo';
import { evidence } from './schema';

export type AttachEvidenceInput = {
  caseId: string;
  cycle: number;
  eventId: bigint | null;
  evidenceIds: string[];
  phase: TEvidencePhase;
};

export type AttachedEvidence = { id: string; phase: TEvidencePhase; sha256: string; reusedOnCases: TEvidenceReuse[] };

/**
 * Attaches the actor's own unattached uploads to a case, inside the caller's transaction (the report or transition
 * that cites them, which writes the timeline event and the audit entry). Each id must exist, have been uploaded by
 * this actor (the system actor may attach any upload) and not be attached yet; otherwise nothing is attached and
 * EVIDENCE.NOT_ATTACHABLE names the first such id. The rows are locked first, so two requests citing the same upload
 * cannot both attach it. Returns, per id in the order given, the other cases that already hold the same bytes
 * (in the actor's scope).
 */
export async function attachEvidence(tx: Tx, actor: Actor, input: AttachEvidenceInput): Promise<AttachedEvidence[]> {
  const ids = [...new Set(input.evidenceIds)];
  if (!ids.length) return [];
  const rows = await tx
    .select({ id: evidence.id, uploader: evidence.uploaderAccountId, caseId: evidence.caseId })
    .from(evidence)
    .where(inArray(evidence.id, ids))
    .for('update');
  const byId = new Map(rows.map((r) => [r.id, r]));
  for (const id of ids) {
    const row = byId.get(id);
    const own = actor.via === 'system' || row?.uploader === actor.accountId;
    if (!row || !own || row.caseId !== null) throw new AppError('EVIDENCE.NOT_ATTACHABLE', { id }, [], { id });
  }
  const updated = await tx
    .update(evidence)
    .set({ caseId: input.caseId, cycle: input.cycle, eventId: input.eventId, phase: input.phase })
    .where(and(inArray(evidence.id, ids), isNull(evidence.caseId)))
    .returning({ id: evidence.id, sha256: evidence.sha256 });
  const sha = new Map(updated.map((r) => [r.id, r.sha256]));
  const reuse = await reuseOf(tx, [...sha.values()], input.caseId, actor.via === 'system' ? undefined : actor);
  return ids.map((id) => ({
    id,
    phase: input.phase,
    sha256: sha.get(id)!,
    reusedOnCases: reuse.get(sha.get(id)!) ?? [],
  }));
}

/**
 * The evidence of a case, every cycle, oldest first (before/after pairs for the detail view), each with the other
 * cases that hold the same bytes. Pass the viewer to name only cases in their scope; without one every case is named.
 */
export async function listCaseEvidence(db: Db | Tx, caseId: string, viewer?: Actor): Promise<TEvidence[]> {
  const rows = await db
    .select()
    .from(evidence)
    .where(eq(evidence.caseId, caseId))
    .orderBy(asc(evidence.cycle), asc(evidence.receivedAt), asc(evidence.id));
  const reuse = await reuseOf(
    db,
    rows.map((r) => r.sha256),
    caseId,
    viewer,
  );
  return rows.map((row) => presentEvidence(row, reuse.get(row.sha256) ?? []));
}
