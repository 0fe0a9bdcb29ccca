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

/** A case number or its beginning: two letters, a dash and a digit (`YH-1405…`). */
const NUMBER_START = /^[a-z]{2}-\d/i;

/**
 * The search box's condition, shaped for the indexes: a number's beginning only against numbers (text_pattern_ops
 * index); otherwise the number's beginning or the title containing the text (the trigram index on titles serves
 * three characters or more; shorter text has no trigram, so it is matched by `strpos`, which the planner cannot mistake
 * for an indexable pattern and scans once).
 */
export function textMatch(q: string): SQL {
  const number = like(cases.number, prefixPattern(q.toUpperCase()));
  if (NUMBER_START.test(q)) return number;
  const title =
    [...q].length >= 3 ? ilike(cases.title, containsPattern(q)) : sql`strpos(lower(${cases.title}), lower(${q})) > 0`;
  return or(number, title)!;
}

/**
 * The county a subtree path is (`/140000/140100/140101/` → 140101), else undefined: the same hazards as the path's
 * prefix, said in the words of the county list indexes (cases_county_*_idx).
 */
export function countyOfPath(path: string): string | undefined {
  const segments = path.split('/').filter(Boolean);
  return segments.length === 3 ? segments[2] : undefined;
}

/**
 * Hazards under a region path. A county is said once, as the equality on the path's third segment that the county
 * list indexes serve in order; region codes are unique, so it selects exactly the path's prefix. (Said twice, prefix
 * and equality, the planner multiplies their selectivities, expects a handful of rows and sorts thousands.)
 */
export function hazardsUnder(path: string): SQL {
  const county = countyOfPath(path);
  return county ? sql`split_part(${cases.regionPath}, '/', 4) = ${county}` : underPath(cases.regionPath, path);
}

/**
 * The WHERE of every hazard list, export and count: the actor's scope plus the filters of the list (region subtree,
 * sector, level, states, source, enterprise, overdue now, listed, created between two local dates, text). The list,
 * the export and the statistics all use it, so "every number opens the list filtered to exactly those hazards".
 * Null when the filter names a region that does not exist (the answer is empty).
 */
export async function hazardWhere(db: Db | Tx, actor: Actor, filter: HazardFilter, now: Date): Promise<SQL | null> {
  const conditions: SQL[] = [eq(cases.type, 'hazard'), scopeOf.cases(actor, hazardsUnder)];
  if (filter.regionCode) {
    const region = await findRegion(db, filter.regionCode);
    if (!region) return null;
    // A region that holds the whole region scope adds nothing to it.
    const scope = actor.scope;
    if (scope.kind !== 'region' || !scope.regionPath.startsWith(region.path)) {
      conditions.push(hazardsUnder(region.path));
    }
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
  if (filter.q) conditions.push(textMatch(filter.q.trim()));
  return and(...conditions)!;
}
