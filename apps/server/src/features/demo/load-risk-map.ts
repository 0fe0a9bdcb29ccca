import crypto from 'node:crypto';
import type { PlanPoint } from '@redline/domain';
import { and, asc, eq, isNull } from 'drizzle-orm';
import type { Db } from '../../db/client';
import type { AppDeps, Ctx } from '../../http/context';
import { enterprises } from '../enterprises/schema';
import { uploadEvidence } from '../evidence/service';
import { createArea } from '../risks/map-areas';
import { setSitePlan } from '../risks/map-site-plan';
import { riskUnits } from '../risks/schema';
import { systemActor } from '../scope/actor';
import { drawSitePlan, type PlanBox } from './demo-site-plan';

export type DemoRiskMapLoaded = { evidenceId: string; areas: number; units: number };

const round = (n: number) => Math.round(n * 10_000) / 10_000;

/** A building's box as a closed ring in plan coordinates (fractions of the plan's size). */
function ringOf(box: PlanBox, width: number, height: number): PlanPoint[] {
  const [x0, y0] = [round(box.x / width), round(box.y / height)];
  const [x1, y1] = [round((box.x + box.width) / width), round((box.y + box.height) / height)];
  return [
    [x0, y0],
    [x1, y0],
    [x1, y1],
    [x0, y1],
    [x0, y0],
  ];
}

/**
 * The four-colour map of an enterprise that already has a register: a generated site plan with one building per
 * analysis object (risk unit objectName), kept through the evidence store, and one area per building holding that
 * object's units. Runs through the map services as the system actor (audited), in one transaction.
 */
export async function loadDemoRiskMap(
  db: Db,
  deps: AppDeps,
  enterpriseId: string,
  now = new Date(),
): Promise<DemoRiskMapLoaded> {
  const ctx: Ctx = { db, deps, actor: systemActor(), requestId: 'demo-load', now, locale: 'zh-CN' };
  const [enterprise] = await db
    .select({ name: enterprises.name })
    .from(enterprises)
    .where(eq(enterprises.id, enterpriseId));
  if (!enterprise) throw new Error(`demo risk map: no enterprise ${enterpriseId}`);
  const units = await db
    .select({ id: riskUnits.id, objectName: riskUnits.objectName })
    .from(riskUnits)
    .where(and(eq(riskUnits.enterpriseId, enterpriseId), isNull(riskUnits.archivedAt)))
    .orderBy(asc(riskUnits.objectName), asc(riskUnits.name));
  const objects = [...new Set(units.map((u) => u.objectName))];
  if (!objects.length) throw new Error('demo risk map: the enterprise has no register yet');

  const plan = await drawSitePlan(`${enterprise.name} 厂区平面图`, objects);
  const evidence = await uploadEvidence(
    ctx,
    {
      bytes: plan.png,
      sha256: crypto.createHash('sha256').update(plan.png).digest('hex'),
      mediaType: 'image/png',
      originalName: '厂区平面图.png',
      fields: {},
    },
    'other',
  );
  return db.transaction(async (tx) => {
    const inTx: Ctx = { ...ctx, db: tx as unknown as Db };
    await setSitePlan(inTx, enterpriseId, { evidenceId: evidence.id });
    for (const box of plan.boxes) {
      await createArea(inTx, enterpriseId, {
        name: box.name,
        polygon: ringOf(box, plan.width, plan.height),
        unitIds: units.filter((u) => u.objectName === box.name).map((u) => u.id),
      });
    }
    return { evidenceId: evidence.id, areas: plan.boxes.length, units: units.length };
  });
}
