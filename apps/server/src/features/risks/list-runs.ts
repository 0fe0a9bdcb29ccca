import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import type { Ctx } from '../../http/context';
import { cases } from '../cases/schema';
import { registerEnterprise } from './repo';
import { riskEvents, riskMeasures, riskUnits } from './schema';

const idsOf = (rows: Array<{ fields: Record<string, unknown> }>, key: string) => [
  ...new Set(rows.map((r) => r.fields[key]).filter((v): v is string => typeof v === 'string')),
];

/**
 * An enterprise's check runs: the due ones by deadline, or the latest recorded ones (at most 200). Each with what it
 * checks (its measure, event and unit of the register, archived ones too: a run keeps what it was opened for) and,
 * once recorded, the hazards its not-ok items reported.
 */
export async function listRuns(ctx: Ctx, enterpriseId: string, state: 'due' | 'recorded' = 'due') {
  const enterprise = await registerEnterprise(ctx.db, ctx.actor, enterpriseId);
  const rows = await ctx.db
    .select()
    .from(cases)
    .where(and(eq(cases.type, 'risk_check'), eq(cases.enterpriseId, enterprise.id), eq(cases.state, state)))
    .orderBy(state === 'due' ? asc(cases.deadline) : desc(cases.updatedAt), asc(cases.id))
    .limit(200);
  const [measureIds, eventIds, unitIds] = ['measureId', 'eventId', 'unitId'].map((k) => idsOf(rows, k)) as [
    string[],
    string[],
    string[],
  ];
  const none = Promise.resolve([]);
  const [measures, events, units, hazards] = await Promise.all([
    measureIds.length
      ? ctx.db
          .select({
            id: riskMeasures.id,
            description: riskMeasures.description,
            classify: riskMeasures.classify,
            checkContent: riskMeasures.checkContent,
          })
          .from(riskMeasures)
          .where(inArray(riskMeasures.id, measureIds))
      : none,
    eventIds.length
      ? ctx.db
          .select({ id: riskEvents.id, name: riskEvents.name })
          .from(riskEvents)
          .where(inArray(riskEvents.id, eventIds))
      : none,
    unitIds.length
      ? ctx.db
          .select({ id: riskUnits.id, name: riskUnits.name, objectName: riskUnits.objectName })
          .from(riskUnits)
          .where(inArray(riskUnits.id, unitIds))
      : none,
    state === 'recorded' && rows.length
      ? ctx.db
          .select({ id: cases.id, number: cases.number, parentId: cases.parentId })
          .from(cases)
          .where(
            and(
              eq(cases.type, 'hazard'),
              inArray(
                cases.parentId,
                rows.map((r) => r.id),
              ),
            ),
          )
          .orderBy(asc(cases.createdAt), asc(cases.number))
      : none,
  ]);
  const byId = <T extends { id: string }>(list: T[]) => new Map(list.map((x) => [x.id, x]));
  const [measureOf, eventOf, unitOf] = [byId(measures), byId(events), byId(units)];
  return rows.map((r) => ({
    id: r.id,
    number: r.number,
    title: r.title,
    state: r.state,
    version: r.version,
    deadline: r.deadline?.toISOString() ?? null,
    overdue: r.state === 'due' && r.deadline !== null && r.deadline.getTime() < ctx.now.getTime(),
    fields: r.fields,
    measure: measureOf.get(r.fields.measureId as string) ?? null,
    event: eventOf.get(r.fields.eventId as string) ?? null,
    unit: unitOf.get(r.fields.unitId as string) ?? null,
    hazards: hazards.filter((h) => h.parentId === r.id).map(({ id, number }) => ({ id, number })),
  }));
}
