import { CASE_NUMBER_PREFIXES, caseNumberYear, countyCodeOf, formatCaseNumber, type Workflow } from '@redline/domain';
import { sql } from 'drizzle-orm';
import type { Tx } from '../../db/client';
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
};

/** The next number of (type, county, year), allocated by one upsert: the row lock serialises concurrent creators. */
async function nextSequence(tx: Tx, type: string, countyCode: string, year: number): Promise<number> {
  const { rows } = await tx.execute<{ last: number }>(sql`
    insert into case_sequences (type, county_code, year, last) values (${type}, ${countyCode}, ${year}, 1)
    on conflict (type, county_code, year) do update set last = case_sequences.last + 1
    returning last`);
  return rows[0]!.last;
}

/** Opens a case in its workflow's initial state with a readable number, a 'created' event and an audit entry. */
export async function createCase(tx: Tx, who: AuditWho, input: CreateCaseInput) {
  const region = await findRegion(tx, input.regionCode);
  if (!region) throw new AppError('REGION.INVALID');
  const prefix = CASE_NUMBER_PREFIXES[input.type] ?? '';
  const countyCode = countyCodeOf(region.code) ?? '';
  const current = { state: input.workflow.initial, version: 1 };
  const sequence = await nextSequence(tx, input.type, countyCode, caseNumberYear(who.now));
  const number = formatCaseNumber({ prefix, countyCode, createdAt: who.now, sequence });
  if (!number.ok) throw caseError(number.error, current);
  const level = input.level ?? null;
  const fields = { ...(input.fields ?? {}), ...(level ? { level } : {}) };
  const [row] = await tx
    .insert(cases)
    .values({
      type: input.type,
      number: number.value,
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
