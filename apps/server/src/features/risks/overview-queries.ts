import { RISK_LEVELS } from '@redline/domain';
import { and, desc, eq, gte, isNull, lte, ne, notInArray, type SQL, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { Db } from '../../db/client';
import { cases } from '../cases/schema';
import { enterprises } from '../enterprises/schema';
import type { Actor } from '../scope/actor';
import { scopeOf, underPath } from '../scope/filters';
import { riskEvents, riskUnits } from './schema';

/**
 * The queries of the regional overview, each one statement grouped in PostgreSQL by the child region a row lies in:
 * the path segment right after the region's own path ('' for a row registered at the region itself). The region's
 * path length goes in as a literal (a number), so the SELECT and GROUP BY expressions are the same text.
 */
export type OverviewWindow = { path: string; from: Date; to: Date; now: Date };

const childOf = (column: AnyPgColumn, path: string) =>
  sql<string>`split_part(substr(${column}, ${sql.raw(String(path.length + 1))}), '/', 1)`;
const countWhere = (condition: SQL) => sql<number>`(count(*) filter (where ${condition}))::int`;

/** An event's counted level as a rank (0 = 重大 … 3 = 低): residual once assessed, else inherent (event-level.ts). */
const levelRank = sql<number>`case coalesce(${riskEvents.residualLevel}, ${riskEvents.inherentLevel}) ${sql.raw(
  RISK_LEVELS.map((level, i) => `when '${level}' then ${i}`).join(' '),
)} end`;

/**
 * Enterprises in scope per child region by the highest counted level of their non-archived events (in non-archived
 * units), and those without any such event. Closed enterprises are left out: they owe no register.
 */
export async function enterpriseColours(db: Db, actor: Actor, w: OverviewWindow) {
  const highest = db
    .select({ enterpriseId: riskEvents.enterpriseId, rank: sql<number>`min(${levelRank})`.as('rank') })
    .from(riskEvents)
    .innerJoin(riskUnits, eq(riskUnits.id, riskEvents.unitId))
    .where(and(underPath(riskEvents.regionPath, w.path), isNull(riskEvents.archivedAt), isNull(riskUnits.archivedAt)))
    .groupBy(riskEvents.enterpriseId)
    .as('highest');
  const child = childOf(enterprises.regionPath, w.path);
  return db
    .select({
      child,
      ...(Object.fromEntries(
        RISK_LEVELS.map((l, i) => [l, countWhere(sql`${highest.rank} = ${sql.raw(String(i))}`)]),
      ) as Record<(typeof RISK_LEVELS)[number], SQL<number>>),
      withoutRegister: countWhere(sql`${highest.enterpriseId} is null`),
    })
    .from(enterprises)
    .leftJoin(highest, eq(highest.enterpriseId, enterprises.id))
    .where(and(underPath(enterprises.regionPath, w.path), scopeOf.enterprises(actor), ne(enterprises.status, 'closed')))
    .groupBy(child);
}

/** The major (重大) risks in scope (of enterprises not closed), highest score first, at most `limit`, with the total. */
export async function majorRisks(db: Db, actor: Actor, w: OverviewWindow, limit: number) {
  const score = sql<number>`coalesce(${riskEvents.residualScore}, ${riskEvents.inherentScore})::float8`;
  return db
    .select({
      enterpriseId: enterprises.id,
      enterpriseName: enterprises.name,
      regionCode: enterprises.regionCode,
      regionPath: enterprises.regionPath,
      unitId: riskUnits.id,
      unitName: riskUnits.name,
      eventId: riskEvents.id,
      eventName: riskEvents.name,
      score,
      residual: sql<boolean>`${riskEvents.residualLevel} is not null`,
      total: sql<number>`(count(*) over ())::int`,
    })
    .from(riskEvents)
    .innerJoin(riskUnits, eq(riskUnits.id, riskEvents.unitId))
    .innerJoin(enterprises, eq(enterprises.id, riskEvents.enterpriseId))
    .where(
      and(
        underPath(riskEvents.regionPath, w.path),
        isNull(riskEvents.archivedAt),
        isNull(riskUnits.archivedAt),
        sql`coalesce(${riskEvents.residualLevel}, ${riskEvents.inherentLevel}) = 'major'`,
        scopeOf.enterprises(actor),
        ne(enterprises.status, 'closed'),
      ),
    )
    .orderBy(desc(score), enterprises.name, riskEvents.id)
    .limit(limit);
}

/**
 * A run's deadline: the end of its slot (`fields.slotEnd`, local Asia/Shanghai time, as open-runs.ts `runInstant` reads
 * it). The case's own `deadline` cannot serve: recording a run ends its clock and clears it (transition-case.ts).
 */
const runDueAt = sql`((${cases.fields}->>'slotEnd') || ':00+08:00')::timestamptz`;

/**
 * Check runs (`risk_check` cases) whose deadline fell in the period and has passed, per child region: recorded by the
 * deadline (on time; at the deadline exactly counts), recorded after it (late), still due (overdue). Withdrawn runs
 * are owed by nobody and left out; a run whose deadline is still ahead is counted once it passes.
 */
export async function checkRuns(db: Db, actor: Actor, w: OverviewWindow) {
  const child = childOf(cases.regionPath, w.path);
  const recordedAt = sql`(${cases.fields}->>'recordedAt')::timestamptz`;
  return db
    .select({
      child,
      onTime: countWhere(sql`${cases.state} = 'recorded' and ${recordedAt} <= ${runDueAt}`),
      late: countWhere(sql`${cases.state} = 'recorded' and ${recordedAt} > ${runDueAt}`),
      overdue: countWhere(sql`${cases.state} = 'due'`),
    })
    .from(cases)
    .where(
      and(
        eq(cases.type, 'risk_check'),
        underPath(cases.regionPath, w.path),
        scopeOf.cases(actor),
        ne(cases.state, 'withdrawn'),
        sql`${runDueAt} >= ${w.from}`,
        sql`${runDueAt} <= ${w.to}`,
        sql`${runDueAt} < ${w.now}`,
      ),
    )
    .groupBy(child);
}

/** Hazard sources counted as inspections by departments (issue 3 §2). */
export const INSPECTION_SOURCES = ['department_inspection', 'unannounced_inspection'];

/**
 * Hazards reported in the period per child region: found by a check run (linked to a control measure by
 * record-check.ts), by a department inspection, or otherwise. Rejected and merged reports are not hazards.
 */
export async function hazardSources(db: Db, actor: Actor, w: OverviewWindow) {
  const child = childOf(cases.regionPath, w.path);
  const byCheck = sql`${cases.fields} ? 'riskMeasureId'`;
  const inspection = sql`${cases.source} in (${sql.join(
    INSPECTION_SOURCES.map((s) => sql`${s}`),
    sql`, `,
  )})`;
  return db
    .select({
      child,
      checks: countWhere(byCheck),
      inspections: countWhere(sql`not ${byCheck} and ${inspection}`),
      other: countWhere(sql`not ${byCheck} and (${cases.source} is null or not ${inspection})`),
    })
    .from(cases)
    .where(
      and(
        eq(cases.type, 'hazard'),
        underPath(cases.regionPath, w.path),
        scopeOf.cases(actor),
        notInArray(cases.state, ['rejected', 'merged']),
        gte(cases.createdAt, w.from),
        lte(cases.createdAt, w.to),
      ),
    )
    .groupBy(child);
}
