import type { TAccidentReport } from '@redline/contracts';
import {
  ACCIDENT_SECTORS,
  ACCIDENT_WORKFLOW,
  type AccidentSector,
  type Casualties,
  checkCasualties,
  gradeAccident,
  isWithinPath,
} from '@redline/domain';
import type { Tx } from '../../db/client';
import type { Ctx } from '../../http/context';
import { type FieldProblem, invalid, outOfScope } from '../../http/errors';
import { appendAudit } from '../audit/append-audit';
import { whoOf } from '../audit/who';
import { createCase } from '../cases/create-case';
import { findEnterprise } from '../enterprises/repo';
import { findRegion } from '../regions/repo';
import { assertPathInScope, scopeOf } from '../scope/filters';
import { syncAccident, unitAt } from './chain';
import { findAccident } from './repo';
import { reportStepAt } from './report-step';
import { accidents, accidentVersions } from './schema';

/** The casualty figures' problems, one per field (ACCIDENT.COUNT_INVALID, ACCIDENT.LOSS_INVALID). */
export function casualtyProblems(c: Casualties): FieldProblem[] {
  const problems: FieldProblem[] = [];
  for (const field of ['deaths', 'missing', 'seriousInjuries', 'minorInjuries', 'directLossCny'] as const) {
    const checked = checkCasualties({
      deaths: 0,
      missing: 0,
      seriousInjuries: 0,
      minorInjuries: 0,
      directLossCny: 0,
      [field]: c[field],
    });
    if (!checked.ok) problems.push({ path: field, code: checked.error.code });
  }
  return problems;
}

/** The county of a region path (an enterprise of the county may be where the accident happened, e.g. its site). */
const countyPathOf = (path: string) => `/${path.split('/').filter(Boolean).slice(0, 3).join('/')}/`;

/** Every problem with a report at once: figures, times (not in the future, learned not before occurred), places. */
async function checkReport(tx: Tx, ctx: Ctx, input: TAccidentReport) {
  const problems = casualtyProblems(input);
  const occurredAt = new Date(input.occurredAt);
  const learnedAt = new Date(input.learnedAt);
  if (occurredAt.getTime() > ctx.now.getTime())
    problems.push({ path: 'occurredAt', code: 'ACCIDENT.OCCURRED_IN_FUTURE' });
  if (learnedAt.getTime() > ctx.now.getTime())
    problems.push({ path: 'learnedAt', code: 'ACCIDENT.OCCURRED_IN_FUTURE' });
  else if (learnedAt.getTime() < occurredAt.getTime()) {
    problems.push({ path: 'learnedAt', code: 'ACCIDENT.LEARNED_BEFORE_OCCURRED' });
  }
  const region = await findRegion(tx, input.regionCode);
  if (!region) problems.push({ path: 'regionCode', code: 'VALIDATION.UNKNOWN_REFERENCE' });
  const enterprise = input.enterpriseId
    ? await findEnterprise(tx, input.enterpriseId, scopeOf.enterprises(ctx.actor))
    : undefined;
  if (input.enterpriseId && !enterprise) problems.push({ path: 'enterpriseId', code: 'VALIDATION.UNKNOWN_REFERENCE' });
  if (region && enterprise && !isWithinPath(enterprise.regionPath, countyPathOf(region.path))) {
    problems.push({ path: 'enterpriseId', code: 'VALIDATION.UNKNOWN_REFERENCE' });
  }
  if (problems.length || !region) throw invalid(...problems);
  assertPathInScope(ctx.actor, region.path);
  // An account limited to some sectors reports only accidents of those sectors: others would not exist for it.
  const scope = ctx.actor.scope;
  const supervision = ACCIDENT_SECTORS[input.sector as AccidentSector].supervisionSector;
  if (
    scope.kind === 'region' &&
    scope.sectorCodes.length &&
    (!supervision || !scope.sectorCodes.includes(supervision))
  ) {
    throw outOfScope();
  }
  return { region, enterprise, occurredAt, learnedAt };
}

/**
 * Registers an accident report (Decree 493 Art. 9–12) in one transaction: the accident case (numbered SG-…) with
 * its facts and the six report items, the first casualty version, the reporting chain its grade needs — the county
 * step reported at the moment the county learned of it, late if that was more than an hour after the accident — and
 * the investigation under the level and deadline of its grade.
 */
export async function reportAccident(ctx: Ctx, input: TAccidentReport): Promise<string> {
  return ctx.db.transaction(async (tx) => {
    const { region, enterprise, occurredAt, learnedAt } = await checkReport(tx, ctx, input);
    const who = whoOf(ctx);
    const sector = input.sector as AccidentSector;
    const { grade } = gradeAccident({ ...input, occurredAt, sector }, ctx.now);
    const fields = Object.fromEntries(
      Object.entries({
        unitOverview: input.unitOverview,
        sceneSituation: input.sceneSituation,
        briefCourse: input.briefCourse,
        casualtyNote: input.casualtyNote,
        measuresTaken: input.measuresTaken,
        otherMatters: input.otherMatters,
        reporterName: input.reporterName,
        reporterUnit: input.reporterUnit,
        reporterPhone: input.reporterPhone,
      }).filter(([, v]) => v !== undefined && v !== null),
    );
    const created = await createCase(tx, who, {
      type: 'accident',
      workflow: ACCIDENT_WORKFLOW,
      title: input.title,
      regionCode: region.code,
      enterpriseId: enterprise?.id ?? null,
      sectorCode: ACCIDENT_SECTORS[sector].supervisionSector,
      supervisorUnit: unitAt('county', region.path),
      level: grade,
      fields,
      locationText: input.locationText,
      lng: input.lng ?? null,
      lat: input.lat ?? null,
      reporterAccountId: ctx.actor.via === 'system' ? null : ctx.actor.accountId,
    });
    const facts = {
      caseId: created.id,
      occurredAt,
      learnedAt,
      sector,
      categoryCode: input.categoryCode,
      industryCode: input.industryCode ?? null,
      regionPath: region.path,
    };
    await tx.insert(accidents).values(facts);
    const figures = {
      deaths: input.deaths,
      missing: input.missing,
      seriousInjuries: input.seriousInjuries,
      minorInjuries: input.minorInjuries,
      directLossCny: input.directLossCny,
    };
    await appendAudit(tx, who, {
      action: 'accident.report',
      entity: 'case',
      entityId: created.id,
      after: { ...facts, occurredAt: input.occurredAt, learnedAt: input.learnedAt, casualties: figures, grade },
    });
    await tx.insert(accidentVersions).values({
      caseId: created.id,
      seq: 1,
      effectiveAt: ctx.now,
      ...figures,
      note: input.casualtyNote ?? null,
      actorId: who.actorId,
      createdAt: ctx.now,
    });
    const row = (await findAccident(tx, ctx.actor, created.id))!;
    await syncAccident(tx, who, row);
    await reportStepAt(tx, ctx, row, 'county', { reportedAt: learnedAt, recipient: input.reporterUnit ?? null });
    return created.id;
  });
}
