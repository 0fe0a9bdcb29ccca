import { CASE_NUMBER_PREFIXES, caseNumberYear, countyCodeOf, formatCaseNumber, type Workflow } from '@redline/domain';
import { sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client';
import { AppError } from '../../http/errors';
import { type AuditWho, appendAudit } from '../audit/append-audit';
import { findRegion } from '../regions/repo';
import { caseError } from './case-errors';
import { caseEvents, cases } from './schema';

export type CreateCaseInput = {
  type: string;
  workflow: Workflow;
  title: string;
  regionCode: string;
  gridCode?: string | null;
  enterpriseId?: string | null;
  sectorCode?: string | null;
  ownerUnit?: string | null;
  ownerAccountId?: string | null;
  supervisorUnit?: string | null;
  level?: string | null;
  source?: string | null;
  deadline?: Date | null;
  fields?: Record<string, unknown>;
  locationText?: string | null;
  lng?: number | null;
  lat?: number | null;
  reporterAccountId?: string | null;
  parentId?: string | null;
  /** The region row of `regionCode` when the caller has already read it. */
  region?: { code: string; path: string };
  /** A number drawn beforehand with `drawCaseNumber` (else drawn inside the caller's transaction). */
  number?: string;
};

/** The next number of (type, county, year), allocated by one upsert: the row lock serialises concurrent creators. */
async function nextSequence(db: Db | Tx, type: string, countyCode: string, year: number): Promise<number> {
  const { rows } = await db.execute<{ last: number }>(sql`
    insert into case_sequences (type, county_code, year, last) values (${type}, ${countyCode}, ${year}, 1)
    on conflict (type, county_code, year) do update set last = case_sequences.last + 1
    returning last`);
  return rows[0]!.last;
}

/**
 * The next case number of the type in the region's county and the year. Drawn inside the case's transaction by
 * default; a busy writer (a hazard report) draws it beforehand on the pool, in its own statement, so the county's
 * counter row is locked for that statement and not until the case commits: concurrent reports of a county then
 * queue for a moment, not for each other's whole transaction. Numbers stay unique and increasing; a report that fails
 * after drawing leaves a gap, as a database sequence does.
 */
export async function drawCaseNumber(db: Db | Tx, type: string, regionCode: string, now: Date): Promise<string> {
  const prefix = CASE_NUMBER_PREFIXES[type] ?? '';
  const countyCode = countyCodeOf(regionCode) ?? '';
  const sequence = await nextSequence(db, type, countyCode, caseNumberYear(now));
  const number = formatCaseNumber({ prefix, countyCode, createdAt: now, sequence });
  if (!number.ok) throw caseError(number.error, { state: '', version: 0 });
  return number.value;
}

/** Opens a case in its workflow's initial state with a readable number, a 'created' event and an audit entry. */
export async function createCase(tx: Tx, who: AuditWho, input: CreateCaseInput) {
  const region = input.region?.code === input.regionCode ? input.region : await findRegion(tx, input.regionCode);
  if (!region) throw new AppError('REGION.INVALID');
  const current = { state: input.workflow.initial, version: 1 };
  const number = input.number ?? (await drawCaseNumber(tx, input.type, region.code, who.now));
  const level = input.level ?? null;
  const fields = { ...(input.fields ?? {}), ...(level ? { level } : {}) };
  const [row] = await tx
    .insert(cases)
    .values({
      type: input.type,
      number,
      title: input.title,
      regionCode: region.code,
      regionPath: region.path,
      gridCode: input.gridCode ?? null,
      enterpriseId: input.enterpriseId ?? null,
      sectorCode: input.sectorCode ?? null,
      ownerUnit: input.ownerUnit ?? null,
      ownerAccountId: input.ownerAccountId ?? null,
      supervisorUnit: input.supervisorUnit ?? null,
      state: current.state,
      version: current.version,
      level,
      source: input.source ?? null,
      deadline: input.deadline ?? null,
      fields,
      locationText: input.locationText ?? null,
      lng: input.lng ?? null,
      lat: input.lat ?? null,
      reporterAccountId: input.reporterAccountId ?? null,
      parentId: input.parentId ?? null,
      createdAt: who.now,
      updatedAt: who.now,
    })
    .returning();
  const created = row!;
  const [event] = await tx
    .insert(caseEvents)
    .values({
      caseId: created.id,
      cycle: created.cycle,
      at: who.now,
      actorId: who.actorId,
      kind: 'created',
      toState: created.state,
      data: { number: created.number },
    })
    .returning({ id: caseEvents.id });
  await appendAudit(tx, who, {
    action: 'case.create',
    entity: 'case',
    entityId: created.id,
    after: { number: created.number, type: created.type, title: created.title, state: created.state, fields },
  });
  return { ...created, eventId: event!.id };
}
