import type { ENTERPRISE_STATUSES } from '@redline/contracts';
import { and, asc, count, eq, ilike, like, or, type SQL, sql } from 'drizzle-orm';
import { containsPattern, prefixPattern } from '../../db/like';
import type { Ctx } from '../../http/context';
import { notFound } from '../../http/errors';
import { offsetOf, orderOf, pageOf } from '../../http/paging';
import { findRegion } from '../regions/repo';
import { scopeOf, underPath } from '../scope/filters';
import { presentEnterprise } from './present';
import { selectEnterprises } from './repo';
import { enterprises, regionEnterpriseCounts } from './schema';

type ListQuery = {
  page: number;
  pageSize: number;
  sort?: string;
  regionCode?: string;
  gridCode?: string;
  sectorCode?: string;
  status?: (typeof ENTERPRISE_STATUSES)[number];
  tag?: string;
  q?: string;
};

/**
 * Each filter keeps to an index: the region subtree is a constant LIKE prefix on region_path (text_pattern_ops), the
 * name search an ILIKE served by the trigram GIN index, the credit code a prefix on the unique index, sectors and
 * tags array containment (GIN on sectors).
 */
export async function listEnterprises(ctx: Ctx, query: ListQuery) {
  const conditions: SQL[] = [scopeOf.enterprises(ctx.actor)];
  let anchorPath: string | undefined;
  if (query.regionCode) {
    const anchor = await findRegion(ctx.db, query.regionCode);
    if (!anchor) return pageOf([], 0, query);
    conditions.push(underPath(enterprises.regionPath, anchor.path));
    anchorPath = anchor.path;
  }
  if (query.gridCode) conditions.push(eq(enterprises.gridCode, query.gridCode));
  if (query.sectorCode) conditions.push(sql`${enterprises.sectorCodes} @> array[${query.sectorCode}]::text[]`);
  if (query.tag) conditions.push(sql`${enterprises.tags} @> array[${query.tag}]::text[]`);
  if (query.status) conditions.push(eq(enterprises.status, query.status));
  if (query.q) {
    const q = query.q;
    conditions.push(
      or(ilike(enterprises.name, containsPattern(q)), like(enterprises.uscc, prefixPattern(q.toUpperCase())))!,
    );
  }
  const where = and(...conditions);
  const subtreePath = onlySubtree(ctx, query, anchorPath);
  const sortable = {
    name: enterprises.name,
    uscc: enterprises.uscc,
    createdAt: enterprises.createdAt,
    employees: enterprises.employees,
  };
  const [rows, total] = await Promise.all([
    selectEnterprises(ctx.db)
      .where(where)
      .orderBy(...orderOf(query.sort, sortable, [asc(enterprises.name), asc(enterprises.id)]))
      .limit(query.pageSize)
      .offset(offsetOf(query)),
    subtreePath !== undefined
      ? countInSubtree(ctx, subtreePath)
      : ctx.db
          .select({ n: count() })
          .from(enterprises)
          .where(where)
          .then(([r]) => r?.n ?? 0),
  ]);
  return pageOf(rows.map(presentEnterprise), total, query);
}

/**
 * When a list is a plain region subtree (a region scope without sectors, optionally narrowed by `regionCode`, and no
 * other filter), its total comes from the per-region counters; this is the path whose subtree is counted.
 */
function onlySubtree(ctx: Ctx, query: ListQuery, anchorPath: string | undefined): string | undefined {
  const s = ctx.actor.scope;
  if (s.kind !== 'region' || s.sectorCodes.length) return undefined;
  if (query.gridCode || query.sectorCode || query.tag || query.status || query.q) return undefined;
  if (!anchorPath) return s.regionPath;
  // The narrower of the scope and the requested subtree (an anchor outside the scope matches nothing).
  if (anchorPath.startsWith(s.regionPath)) return anchorPath;
  return s.regionPath.startsWith(anchorPath) ? s.regionPath : '/-/'; // no region path has a dash
}

async function countInSubtree(ctx: Ctx, path: string): Promise<number> {
  const [row] = await ctx.db
    .select({ n: sql<string>`coalesce(sum(${regionEnterpriseCounts.n}), 0)` })
    .from(regionEnterpriseCounts)
    .where(underPath(regionEnterpriseCounts.regionPath, path));
  return Number(row?.n ?? 0);
}

export async function getEnterprise(ctx: Ctx, id: string) {
  const [row] = await selectEnterprises(ctx.db).where(and(eq(enterprises.id, id), scopeOf.enterprises(ctx.actor)));
  if (!row) throw notFound();
  return presentEnterprise(row);
}
