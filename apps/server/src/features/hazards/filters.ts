import type { THazardListQuery } from '@redline/contracts';
import { endOfLocalDate, HAZARD_WORKFLOW, startOfLocalDate, terminalStates } from '@redline/domain';
import {
  and,
  eq,
  gte,
  ilike,
  inArray,
  isNotNull,
  isNull,
  like,
  lt,
  lte,
  notInArray,
  or,
  type SQL,
  sql,
} from 'drizzle-orm';
import type { Db, Tx } from '../../db/client';
import { containsPattern, prefixPattern } from '../../db/like';
import { cases } from '../cases/schema';
import { findRegion } from '../regions/repo';
import type { Actor } from '../scope/actor';
import { scopeOf, underPath } from '../scope/filters';

export const CLOSED_STATES = terminalStates(HAZARD_WORKFLOW);

export type HazardFilter = Omit<THazardListQuery, 'page' | 'pageSize' | 'sort'>;

/**
 * The WHERE of every hazard list, export and count: the actor's scope plus the filters of the list (region subtree,
 * sector, level, states, source, enterprise, overdue now, listed, created between two local dates, text). The list,
 * the export and the statistics all use it, so "every number opens the list filtered to exactly those hazards".
 * Null when the filter names a region that does not exist (the answer is empty).
 */
export async function hazardWhere(db: Db | Tx, actor: Actor, filter: HazardFilter, now: Date): Promise<SQL | null> {
  const conditions: SQL[] = [eq(cases.type, 'hazard'), scopeOf.cases(actor)];
  if (filter.regionCode) {
    const region = await findRegion(db, filter.regionCode);
    if (!region) return null;
    conditions.push(underPath(cases.regionPath, region.path));
  }
  if (filter.sectorCode) conditions.push(eq(cases.sectorCode, filter.sectorCode));
  if (filter.level) conditions.push(eq(cases.level, filter.level));
  if (filter.state?.length) conditions.push(inArray(cases.state, filter.state));
  if (filter.source) conditions.push(eq(cases.source, filter.source));
  if (filter.enterpriseId) conditions.push(eq(cases.enterpriseId, filter.enterpriseId));
  if (filter.overdue !== undefined) {
    const overdue = and(notInArray(cases.state, CLOSED_STATES), isNotNull(cases.deadline), lt(cases.deadline, now))!;
    conditions.push(filter.overdue ? overdue : sql`not (${overdue})`);
  }
  if (filter.listed !== undefined) conditions.push(filter.listed ? isNotNull(cases.listedAt) : isNull(cases.listedAt));
  if (filter.from) conditions.push(gte(cases.createdAt, startOfLocalDate(filter.from)));
  if (filter.to) conditions.push(lte(cases.createdAt, endOfLocalDate(filter.to)));
  if (filter.q) {
    const q = filter.q.trim();
    // A number or its beginning (YH-140525-2026-0001…), or words of the title.
    conditions.push(or(like(cases.number, prefixPattern(q.toUpperCase())), ilike(cases.title, containsPattern(q)))!);
  }
  return and(...conditions)!;
}
