import { highestRisk, type RiskLevel } from '@redline/domain';

type GradedEvent = { inherentLevel: string; residualLevel: string | null };

/** The level an event counts at: its residual (残余) level once assessed, else its inherent (固有) one. */
export const countedLevel = (event: GradedEvent): RiskLevel =>
  (event.residualLevel ?? event.inherentLevel) as RiskLevel;

/** Each unit's level: the highest its events count at (a unit without events is absent). */
export function unitLevels(events: ReadonlyArray<GradedEvent & { unitId: string }>): Map<string, RiskLevel> {
  const byUnit = new Map<string, RiskLevel[]>();
  for (const e of events) byUnit.set(e.unitId, [...(byUnit.get(e.unitId) ?? []), countedLevel(e)]);
  return new Map([...byUnit].map(([unitId, levels]) => [unitId, highestRisk(levels)!]));
}
