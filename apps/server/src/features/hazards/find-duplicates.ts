import { DUPLICATE_RULES, haversineMetres, scoreDuplicate } from '@redline/domain';
import { and, between, eq, gte, ne, notInArray, or, type SQL } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client';
import { cases } from '../cases/schema';
import type { Actor } from '../scope/actor';
import { scopeOf } from '../scope/filters';
import { CLOSED_STATES } from './filters';

export type DuplicateQuery = {
  title: string;
  enterpriseId?: string | null;
  lat?: number | null;
  lng?: number | null;
  excludeId?: string;
};

export type DuplicateSuggestion = {
  id: string;
  number: string;
  title: string;
  state: string;
  score: number;
  distanceMetres: number | null;
  sameEnterprise: boolean;
  createdAt: string;
};

const DAY_MS = 86_400_000;
const METRES_PER_DEGREE = 111_320;

/**
 * Open hazards in the actor's scope that may be the same as a report, best first (at most 5): the database narrows
 * to the same enterprise or a box around the point, in the last 30 days, and the domain's scoreDuplicate decides
 * (100 m, title similarity ≥ 0.5).
 */
export async function findDuplicates(
  db: Db | Tx,
  actor: Actor,
  query: DuplicateQuery,
  now: Date,
): Promise<DuplicateSuggestion[]> {
  const near: SQL[] = [];
  if (query.enterpriseId) near.push(eq(cases.enterpriseId, query.enterpriseId));
  if (typeof query.lat === 'number' && typeof query.lng === 'number') {
    const dLat = (DUPLICATE_RULES.maxDistanceMetres * 1.5) / METRES_PER_DEGREE;
    const dLng = dLat / Math.max(0.1, Math.cos((query.lat * Math.PI) / 180));
    near.push(
      and(
        between(cases.lat, query.lat - dLat, query.lat + dLat),
        between(cases.lng, query.lng - dLng, query.lng + dLng),
      )!,
    );
  }
  if (near.length === 0) return [];
  const conditions = [
    eq(cases.type, 'hazard'),
    scopeOf.cases(actor),
    notInArray(cases.state, CLOSED_STATES),
    gte(cases.createdAt, new Date(now.getTime() - DUPLICATE_RULES.maxAgeDays * DAY_MS)),
    or(...near)!,
  ];
  if (query.excludeId) conditions.push(ne(cases.id, query.excludeId));
  const rows = await db
    .select({
      id: cases.id,
      number: cases.number,
      title: cases.title,
      state: cases.state,
      enterpriseId: cases.enterpriseId,
      lat: cases.lat,
      lng: cases.lng,
      createdAt: cases.createdAt,
    })
    .from(cases)
    .where(and(...conditions))
    .limit(500);
  const candidate = { ...query, reportedAt: now };
  return rows
    .map((row) => {
      const score = scoreDuplicate(candidate, { ...row, reportedAt: row.createdAt }, now);
      if (score === null) return null;
      const located = [row.lat, row.lng, query.lat, query.lng].every((c) => typeof c === 'number');
      return {
        id: row.id,
        number: row.number,
        title: row.title,
        state: row.state,
        score: Math.round(score * 1000) / 1000,
        distanceMetres: located
          ? Math.round(haversineMetres({ lat: row.lat!, lng: row.lng! }, { lat: query.lat!, lng: query.lng! }))
          : null,
        sameEnterprise: !!query.enterpriseId && row.enterpriseId === query.enterpriseId,
        createdAt: row.createdAt.toISOString(),
      };
    })
    .filter((s): s is DuplicateSuggestion => s !== null)
    .sort((a, b) => b.score - a.score)
    .slice(0, 5);
}
