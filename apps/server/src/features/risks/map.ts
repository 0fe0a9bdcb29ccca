import type { TRiskMap } from '@redline/contracts';
import { highestRisk, RISK_COLOURS, type RiskLevel } from '@redline/domain';
import { and, asc, eq, isNull } from 'drizzle-orm';
import type { Ctx } from '../../http/context';
import { unitLevels } from './event-level';
import { registerEnterprise } from './repo';
import { riskAreas, riskEvents, riskSitePlans, riskUnits } from './schema';

const colourOf = (level: RiskLevel | null) => (level ? RISK_COLOURS[level] : null);

/**
 * An enterprise's four-colour map (四色分布图, domain-reference.md §4.1): its site plan, each area coloured by the
 * highest risk of its units (a unit at its highest event, an event at its residual level once assessed, else its
 * inherent one; archived units and events do not count), and every unit with the area it lies in, so the units not
 * yet placed can be shown. Readable by whoever's scope holds the enterprise.
 */
export async function getRiskMap(ctx: Ctx, enterpriseId: string): Promise<TRiskMap> {
  const enterprise = await registerEnterprise(ctx.db, ctx.actor, enterpriseId);
  const [plans, areas, units, events] = await Promise.all([
    ctx.db.select().from(riskSitePlans).where(eq(riskSitePlans.enterpriseId, enterprise.id)),
    ctx.db
      .select()
      .from(riskAreas)
      .where(eq(riskAreas.enterpriseId, enterprise.id))
      .orderBy(asc(riskAreas.name), asc(riskAreas.id)),
    ctx.db
      .select({ id: riskUnits.id, objectName: riskUnits.objectName, name: riskUnits.name, areaId: riskUnits.areaId })
      .from(riskUnits)
      .where(and(eq(riskUnits.enterpriseId, enterprise.id), isNull(riskUnits.archivedAt)))
      .orderBy(asc(riskUnits.objectName), asc(riskUnits.name), asc(riskUnits.id)),
    ctx.db
      .select({
        unitId: riskEvents.unitId,
        inherentLevel: riskEvents.inherentLevel,
        residualLevel: riskEvents.residualLevel,
      })
      .from(riskEvents)
      .where(and(eq(riskEvents.enterpriseId, enterprise.id), isNull(riskEvents.archivedAt))),
  ]);
  const levels = unitLevels(events);
  const presented = units.map((u) => {
    const level = levels.get(u.id) ?? null;
    return { ...u, level, colour: colourOf(level) };
  });
  const plan = plans[0];
  return {
    enterprise: { id: enterprise.id, name: enterprise.name },
    sitePlan: plan ? { evidenceId: plan.evidenceId, width: plan.width, height: plan.height } : null,
    areas: areas.map((a) => {
      const own = presented.filter((u) => u.areaId === a.id);
      const level = highestRisk(own.flatMap((u) => (u.level ? [u.level] : [])));
      return {
        id: a.id,
        name: a.name,
        polygon: a.polygon,
        unitIds: own.map((u) => u.id),
        level,
        colour: colourOf(level),
      };
    }),
    units: presented,
  };
}
