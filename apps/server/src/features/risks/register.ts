import type { TRiskRegister } from '@redline/contracts';
import { controllingLevels, highestRisk, RISK_COLOURS, RISK_LEVELS, type RiskLevel } from '@redline/domain';
import { and, asc, count, eq, isNull, notInArray, sql } from 'drizzle-orm';
import type { Ctx } from '../../http/context';
import { cases } from '../cases/schema';
import { CLOSED_STATES } from '../hazards/filters';
import { countedLevel } from './event-level';
import { registerEnterprise } from './repo';
import { riskEvents, riskMeasures, riskUnits } from './schema';
import { presentSettings, riskSettingsFor } from './settings';

const assessed = (assessment: Record<string, unknown> | null, score: number | null, level: string | null) =>
  assessment && score !== null && level !== null
    ? { assessment, score, level: level as RiskLevel, colour: RISK_COLOURS[level as RiskLevel] }
    : null;

/**
 * An enterprise's register as its profile shows it: units (by analysis object, then name) with their events and
 * measures; an event counts at its residual level once assessed, else its inherent one; a unit at its highest event,
 * controlled at that level and every level below (§4.4); and the units per colour. Three queries.
 */
export async function getRegister(ctx: Ctx, enterpriseId: string): Promise<TRiskRegister> {
  const enterprise = await registerEnterprise(ctx.db, ctx.actor, enterpriseId);
  const [units, events, measures, hazards, settings] = await Promise.all([
    ctx.db
      .select()
      .from(riskUnits)
      .where(and(eq(riskUnits.enterpriseId, enterprise.id), isNull(riskUnits.archivedAt)))
      .orderBy(asc(riskUnits.objectName), asc(riskUnits.name), asc(riskUnits.id)),
    ctx.db
      .select()
      .from(riskEvents)
      .where(and(eq(riskEvents.enterpriseId, enterprise.id), isNull(riskEvents.archivedAt)))
      .orderBy(asc(riskEvents.createdAt), asc(riskEvents.id)),
    ctx.db
      .select()
      .from(riskMeasures)
      .where(and(eq(riskMeasures.enterpriseId, enterprise.id), isNull(riskMeasures.archivedAt)))
      .orderBy(asc(riskMeasures.createdAt), asc(riskMeasures.id)),
    // Open hazards found by its checks, per unit (the link record-check.ts writes).
    ctx.db
      .select({ unitId: sql<string>`${cases.fields}->>'riskUnitId'`, n: count() })
      .from(cases)
      .where(
        and(
          eq(cases.type, 'hazard'),
          eq(cases.enterpriseId, enterprise.id),
          sql`${cases.fields} ? 'riskUnitId'`,
          notInArray(cases.state, CLOSED_STATES),
        ),
      )
      .groupBy(sql`${cases.fields}->>'riskUnitId'`),
    // Who controls each level: the mapping of the enterprise's region (settings.ts).
    riskSettingsFor(ctx.db, enterprise.regionPath),
  ]);
  const openHazards = new Map(hazards.map((h) => [h.unitId, h.n]));
  const counts = Object.fromEntries(RISK_LEVELS.map((l) => [l, 0])) as Record<RiskLevel, number>;
  const presented = units.map((u) => {
    const own = events
      .filter((e) => e.unitId === u.id)
      .map((e) => {
        const inherent = assessed(e.inherent, e.inherentScore, e.inherentLevel)!;
        const residual = assessed(e.residual, e.residualScore, e.residualLevel);
        return {
          id: e.id,
          name: e.name,
          inherent,
          residual,
          level: countedLevel(e),
          measures: measures
            .filter((m) => m.eventId === e.id)
            .map((m) => ({
              id: m.id,
              description: m.description,
              classify: m.classify,
              checkContent: m.checkContent,
              schedule: m.schedule,
              post: m.post,
            })),
        };
      });
    const level = highestRisk(own.map((e) => e.level));
    if (level) counts[level] += 1;
    return {
      id: u.id,
      objectName: u.objectName,
      name: u.name,
      kind: u.kind,
      department: u.department,
      responsiblePerson: u.responsiblePerson,
      locationText: u.locationText,
      hazardFactors: u.hazardFactors,
      accidentTypes: u.accidentTypes,
      level,
      controlLevels: level ? controllingLevels(level, settings.controlMapping) : [],
      openHazards: openHazards.get(u.id) ?? 0,
      events: own,
    };
  });
  return {
    enterprise: { id: enterprise.id, name: enterprise.name },
    counts,
    units: presented,
    grading: await presentSettings(ctx.db, enterprise.regionCode, settings),
  };
}
