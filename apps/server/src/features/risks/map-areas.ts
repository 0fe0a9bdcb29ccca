import type { TRiskAreaInput, TRiskAreaPatch } from '@redline/contracts';
import { checkPolygon, type PlanPoint } from '@redline/domain';
import { and, eq, inArray, isNull, notInArray } from 'drizzle-orm';
import type { Tx } from '../../db/client';
import type { Ctx } from '../../http/context';
import { type FieldProblem, fromDomain, invalid, notFound } from '../../http/errors';
import { appendAudit } from '../audit/append-audit';
import { whoOf } from '../audit/who';
import { enterprises } from '../enterprises/schema';
import type { Actor } from '../scope/actor';
import { scopeOf } from '../scope/filters';
import { assertMaintainer, registerEnterprise } from './repo';
import { riskAreas, riskUnits } from './schema';

type AreaRow = typeof riskAreas.$inferSelect;

/**
 * Checks an area's outline (domain checkPolygon) and that every unit named is a unit of the enterprise's register
 * (not archived); every problem at once, as field problems, before anything is written.
 */
async function checkArea(tx: Tx, enterpriseId: string, input: { polygon?: PlanPoint[]; unitIds?: string[] }) {
  const problems: FieldProblem[] = [];
  if (input.polygon) {
    const ring = checkPolygon(input.polygon);
    if (!ring.ok) problems.push(fromDomain('polygon', ring.error));
  }
  if (input.unitIds?.length) {
    const found = await tx
      .select({ id: riskUnits.id })
      .from(riskUnits)
      .where(
        and(
          eq(riskUnits.enterpriseId, enterpriseId),
          inArray(riskUnits.id, input.unitIds),
          isNull(riskUnits.archivedAt),
        ),
      );
    const known = new Set(found.map((u) => u.id));
    input.unitIds.forEach((id, i) => {
      if (!known.has(id)) problems.push({ path: `unitIds.${i}`, code: 'RISK.UNIT_NOT_IN_REGISTER', params: { id } });
    });
  }
  if (problems.length) throw invalid(...problems);
}

/**
 * Makes `unitIds` the units of the area: the others leave it, these join it (leaving any area they were in, as a
 * unit lies in one area). Answers where the joining units were before, for the audit entry.
 */
async function placeUnits(tx: Tx, areaId: string, unitIds: string[], now: Date) {
  const leaving = unitIds.length
    ? and(eq(riskUnits.areaId, areaId), notInArray(riskUnits.id, unitIds))
    : eq(riskUnits.areaId, areaId);
  await tx.update(riskUnits).set({ areaId: null, updatedAt: now }).where(leaving);
  if (!unitIds.length) return {};
  const before = await tx
    .select({ id: riskUnits.id, areaId: riskUnits.areaId })
    .from(riskUnits)
    .where(inArray(riskUnits.id, unitIds))
    .for('update');
  await tx.update(riskUnits).set({ areaId, updatedAt: now }).where(inArray(riskUnits.id, unitIds));
  return Object.fromEntries(before.filter((u) => u.areaId && u.areaId !== areaId).map((u) => [u.id, u.areaId]));
}

const unitsOf = async (tx: Tx, areaId: string) =>
  (await tx.select({ id: riskUnits.id }).from(riskUnits).where(eq(riskUnits.areaId, areaId)).orderBy(riskUnits.id)).map(
    (u) => u.id,
  );

/** An area of an enterprise in the actor's scope, locked for the write that follows (else 404). */
async function areaInScope(tx: Tx, actor: Actor, areaId: string): Promise<AreaRow> {
  const [row] = await tx
    .select({ area: riskAreas })
    .from(riskAreas)
    .innerJoin(enterprises, eq(enterprises.id, riskAreas.enterpriseId))
    .where(and(eq(riskAreas.id, areaId), scopeOf.enterprises(actor)))
    .for('update', { of: riskAreas });
  if (!row) throw notFound();
  return row.area;
}

const present = (area: AreaRow, unitIds: string[]) => ({
  id: area.id,
  name: area.name,
  polygon: area.polygon,
  unitIds,
});

/** Draws an area on the enterprise's four-colour map and places its units in it. */
export async function createArea(ctx: Ctx, enterpriseId: string, input: TRiskAreaInput) {
  assertMaintainer(ctx.actor);
  const unitIds = [...new Set(input.unitIds)];
  return ctx.db.transaction(async (tx) => {
    const enterprise = await registerEnterprise(tx, ctx.actor, enterpriseId);
    await checkArea(tx, enterprise.id, { polygon: input.polygon as PlanPoint[], unitIds });
    const [area] = await tx
      .insert(riskAreas)
      .values({
        enterpriseId: enterprise.id,
        regionPath: enterprise.regionPath,
        name: input.name,
        polygon: input.polygon as PlanPoint[],
        createdAt: ctx.now,
        updatedAt: ctx.now,
      })
      .returning();
    const movedFrom = await placeUnits(tx, area!.id, unitIds, ctx.now);
    const after = present(area!, await unitsOf(tx, area!.id));
    await appendAudit(tx, whoOf(ctx), {
      action: 'risk_area.create',
      entity: 'risk_area',
      entityId: area!.id,
      after,
      ...(Object.keys(movedFrom).length ? { note: { movedFrom } } : {}),
    });
    return after;
  });
}

/** Renames an area, redraws it or replaces its units (those given; the others are left unplaced). */
export async function updateArea(ctx: Ctx, areaId: string, input: TRiskAreaPatch) {
  assertMaintainer(ctx.actor);
  const unitIds = input.unitIds ? [...new Set(input.unitIds)] : undefined;
  return ctx.db.transaction(async (tx) => {
    const area = await areaInScope(tx, ctx.actor, areaId);
    await checkArea(tx, area.enterpriseId, { polygon: input.polygon as PlanPoint[] | undefined, unitIds });
    const before = present(area, await unitsOf(tx, area.id));
    const [updated] = await tx
      .update(riskAreas)
      .set({
        ...(input.name !== undefined ? { name: input.name } : {}),
        ...(input.polygon ? { polygon: input.polygon as PlanPoint[] } : {}),
        updatedAt: ctx.now,
      })
      .where(eq(riskAreas.id, area.id))
      .returning();
    const movedFrom = unitIds ? await placeUnits(tx, area.id, unitIds, ctx.now) : {};
    const after = present(updated!, await unitsOf(tx, area.id));
    await appendAudit(tx, whoOf(ctx), {
      action: 'risk_area.update',
      entity: 'risk_area',
      entityId: area.id,
      before,
      after,
      ...(Object.keys(movedFrom).length ? { note: { movedFrom } } : {}),
    });
    return after;
  });
}

/** Removes an area from the map; its units stay in the register, not yet placed. */
export async function deleteArea(ctx: Ctx, areaId: string) {
  assertMaintainer(ctx.actor);
  await ctx.db.transaction(async (tx) => {
    const area = await areaInScope(tx, ctx.actor, areaId);
    const before = present(area, await unitsOf(tx, area.id));
    await tx.update(riskUnits).set({ areaId: null, updatedAt: ctx.now }).where(eq(riskUnits.areaId, area.id));
    await tx.delete(riskAreas).where(eq(riskAreas.id, area.id));
    await appendAudit(tx, whoOf(ctx), { action: 'risk_area.delete', entity: 'risk_area', entityId: area.id, before });
  });
}
