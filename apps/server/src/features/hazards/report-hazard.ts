import type { THazardReport } from '@redline/contracts';
import { checkDeterminationBasis, HAZARD_WORKFLOW, isWithinPath } from '@redline/domain';
import { eq } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client';
import type { Ctx } from '../../http/context';
import { AppError, type FieldProblem, fromDomain, invalid } from '../../http/errors';
import { whoOf } from '../audit/who';
import { createCase, drawCaseNumber } from '../cases/create-case';
import { accountsOfUnits } from '../cases/recipients';
import { caseWatchers } from '../cases/schema';
import { findEnterprise } from '../enterprises/repo';
import { attachEvidence } from '../evidence/attach-evidence';
import { findRegion } from '../regions/repo';
import { grids } from '../regions/schema';
import { assertPathInScope, scopeOf } from '../scope/filters';
import { sectors } from '../sectors/schema';
import { announce } from './announce';
import { defaultDeadline } from './clocks';
import { findDuplicates } from './find-duplicates';
import type { HazardRow } from './present';
import { defaultOwner, defaultSupervisor } from './units';

/**
 * Where the hazard is: the enterprise (in the actor's scope) gives region, grid and sector unless the report names
 * them; a grid worker's report lies in one of its grids. Every reference is checked, and all problems are answered
 * together.
 */
async function placeOf(tx: Db | Tx, ctx: Ctx, input: THazardReport) {
  const problems: FieldProblem[] = [];
  const enterprise = input.enterpriseId
    ? await findEnterprise(tx, input.enterpriseId, scopeOf.enterprises(ctx.actor))
    : undefined;
  if (input.enterpriseId && !enterprise) problems.push({ path: 'enterpriseId', code: 'VALIDATION.UNKNOWN_REFERENCE' });
  const actorScope = ctx.actor.scope;
  const soleGrid = actorScope.kind === 'grids' && actorScope.gridCodes.length === 1 ? actorScope.gridCodes[0] : null;
  const gridCode = input.gridCode ?? enterprise?.gridCode ?? soleGrid ?? null;
  const grid = gridCode ? (await tx.select().from(grids).where(eq(grids.code, gridCode)))[0] : undefined;
  if (gridCode && !grid) problems.push({ path: 'gridCode', code: 'VALIDATION.UNKNOWN_REFERENCE' });
  // The most precise place known: the region given, else the grid's village (an enterprise may be registered at its
  // town while a grid worker patrols one village of it), else the enterprise's region.
  const regionCode = input.regionCode ?? grid?.villageCode ?? enterprise?.regionCode ?? null;
  if (!regionCode) throw problems.length ? invalid(...problems) : new AppError('HAZARD.PLACE_REQUIRED');
  const region = await findRegion(tx, regionCode);
  if (!region) problems.push({ path: 'regionCode', code: 'VALIDATION.UNKNOWN_REFERENCE' });
  if (region && grid && !isWithinPath(grid.regionPath, region.path)) {
    problems.push({ path: 'gridCode', code: 'VALIDATION.UNKNOWN_REFERENCE' });
  }
  if (region && enterprise && !isWithinPath(region.path, enterprise.regionPath)) {
    problems.push({ path: 'regionCode', code: 'VALIDATION.UNKNOWN_REFERENCE' });
  }
  const sectorCode = input.sectorCode ?? enterprise?.sectorCodes[0] ?? null;
  if (sectorCode && !(await tx.select().from(sectors).where(eq(sectors.code, sectorCode)))[0]) {
    problems.push({ path: 'sectorCode', code: 'VALIDATION.UNKNOWN_REFERENCE' });
  }
  if (input.determinationBasis) {
    const basis = checkDeterminationBasis(input.determinationBasis);
    if (!basis.ok) problems.push(fromDomain('determinationBasis', basis.error));
  }
  if (problems.length || !region) throw invalid(...problems);
  assertPathInScope(ctx.actor, region.path);
  if (ctx.actor.scope.kind === 'grids' && (!gridCode || !ctx.actor.scope.gridCodes.includes(gridCode))) {
    throw invalid({ path: 'gridCode', code: 'VALIDATION.UNKNOWN_REFERENCE' });
  }
  if (ctx.actor.scope.kind === 'enterprise' && enterprise?.id !== ctx.actor.scope.enterpriseId) {
    throw invalid({ path: 'enterpriseId', code: 'VALIDATION.REQUIRED' });
  }
  return { enterprise, gridCode, region, sectorCode };
}

/**
 * Registers a reported hazard (state `reported`) with its before-photos: the case with a readable number, its
 * acceptance clock, the reporter as watcher, the photos attached, an audit entry, and a notice to the supervising
 * unit, all written in one transaction. What the writes need is read first (the place, the deadline, the unit's
 * accounts, the number), so the transaction holds the rows other reports share (the statistics cells, the audit
 * chain) for the writes alone. Answers the hazard as the list shows it, and the open hazards it may duplicate (same
 * enterprise or within 100 m, similar title, last 30 days) so the reporter or the triaging officer can merge.
 */
export async function reportHazard(ctx: Ctx, input: THazardReport) {
  const { enterprise, gridCode, region, sectorCode } = await placeOf(ctx.db, ctx, input);
  const supervisorUnit = defaultSupervisor(ctx.actor, region.path);
  const deadline = await defaultDeadline(ctx.db, ctx.now, 'acceptance');
  const members = await accountsOfUnits(ctx.db, [supervisorUnit]);
  const number = await drawCaseNumber(ctx.db, 'hazard', region.code, ctx.now);
  const fields = Object.fromEntries(
    Object.entries({
      description: input.description,
      category: input.category,
      hazardType: input.hazardType,
      checkKind: input.checkKind,
      determinationBasis: input.determinationBasis,
    }).filter(([, v]) => v !== undefined && v !== null),
  );
  const { created, photos } = await ctx.db.transaction(async (tx) => {
    const created = await createCase(tx, whoOf(ctx), {
      type: 'hazard',
      workflow: HAZARD_WORKFLOW,
      title: input.title,
      regionCode: region.code,
      region,
      number,
      gridCode,
      enterpriseId: enterprise?.id ?? null,
      sectorCode,
      ownerUnit: defaultOwner({ enterpriseId: enterprise?.id ?? null, gridCode }, supervisorUnit),
      supervisorUnit,
      level: input.level ?? null,
      source: input.source,
      deadline,
      fields,
      locationText: input.locationText ?? enterprise?.address ?? null,
      lng: input.lng ?? null,
      lat: input.lat ?? null,
      reporterAccountId: ctx.actor.accountId,
    });
    await tx
      .insert(caseWatchers)
      .values({ caseId: created.id, accountId: ctx.actor.accountId, reason: 'reporter', createdAt: ctx.now });
    const photos = input.evidenceIds.length
      ? await attachEvidence(tx, ctx.actor, {
          caseId: created.id,
          cycle: created.cycle,
          eventId: created.eventId,
          evidenceIds: input.evidenceIds,
          phase: 'before',
        })
      : [];
    await announce(tx, {
      row: created,
      eventId: created.eventId,
      type: 'hazard.created',
      messageKey: 'NOTIFY.CASE_ASSIGNED',
      units: [supervisorUnit],
      members,
      actorId: ctx.actor.accountId,
      now: ctx.now,
    });
    return { created, photos };
  });
  // Read after the commit: the transaction is not held open for a search.
  const duplicates = await findDuplicates(ctx.db, ctx.actor, { ...created, excludeId: created.id }, ctx.now);
  const hazard: HazardRow = {
    ...created,
    regionName: region.name,
    enterpriseName: enterprise?.name ?? null,
    enterpriseUscc: enterprise?.uscc ?? null,
  };
  return { id: created.id, hazard, evidence: photos, duplicates };
}
