import { isWithinPath } from '@redline/domain';
import { and, eq, inArray, type SQL, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { outOfScope } from '../../http/errors';
import { accounts } from '../accounts/schema';
import { cases } from '../cases/schema';
import { departments } from '../departments/schema';
import { enterprises } from '../enterprises/schema';
import { people } from '../people/schema';
import { grids, regions } from '../regions/schema';
import type { Actor } from './actor';

/** Paths are codes and slashes only, so a LIKE prefix needs no escaping; the text_pattern_ops indexes serve it. */
export const underPath = (column: AnyPgColumn, path: string): SQL => sql`${column} like ${`${path}%`}`;
const anyUnder = (column: AnyPgColumn, paths: string[]): SQL =>
  paths.length
    ? sql`(${sql.join(
        paths.map((p) => underPath(column, p)),
        sql` or `,
      )})`
    : sql`false`;
const nothing = sql`false`;

/**
 * The one place where data scope becomes SQL. Every list and every load of scoped records adds the condition for
 * its table; a record outside it does not exist for the account.
 */
export const scopeOf = {
  regions(actor: Actor): SQL {
    const s = actor.scope;
    if (s.kind === 'region') return underPath(regions.path, s.regionPath);
    if (s.kind === 'grids') return inArray(regions.code, s.villageCodes.length ? s.villageCodes : ['']);
    return eq(regions.code, s.regionCode);
  },
  /** The highest regions an account sees: where its region tree starts. */
  regionRoots(actor: Actor): SQL {
    const s = actor.scope;
    if (s.kind === 'region') return eq(regions.code, s.regionCode);
    if (s.kind === 'grids') return inArray(regions.code, s.villageCodes.length ? s.villageCodes : ['']);
    return eq(regions.code, s.regionCode);
  },
  grids(actor: Actor): SQL {
    const s = actor.scope;
    if (s.kind === 'region') return underPath(grids.regionPath, s.regionPath);
    if (s.kind === 'grids') return inArray(grids.code, s.gridCodes.length ? s.gridCodes : ['']);
    return s.gridCode ? eq(grids.code, s.gridCode) : nothing;
  },
  enterprises(actor: Actor): SQL {
    const s = actor.scope;
    if (s.kind === 'region') {
      const place = underPath(enterprises.regionPath, s.regionPath);
      if (!s.sectorCodes.length) return place;
      return and(place, sql`${enterprises.sectorCodes} && ${sql.param(s.sectorCodes)}::text[]`)!;
    }
    if (s.kind === 'grids') return inArray(enterprises.gridCode, s.gridCodes.length ? s.gridCodes : ['']);
    return eq(enterprises.id, s.enterpriseId);
  },
  departments(actor: Actor): SQL {
    const s = actor.scope;
    return s.kind === 'region' ? underPath(departments.regionPath, s.regionPath) : nothing;
  },
  people(actor: Actor): SQL {
    const s = actor.scope;
    if (s.kind === 'region') return underPath(people.regionPath, s.regionPath);
    if (s.kind === 'grids') return anyUnder(people.regionPath, s.villagePaths);
    return eq(people.enterpriseId, s.enterpriseId);
  },
  /**
   * Cases: under the region scope (narrowed to its sectors, except the cases its own department supervises), in the
   * grids of a grid worker, or of the enterprise of an enterprise account. `under` may say "under this region path"
   * in other words that select the same cases (the hazard lists say a county as the equality their indexes serve).
   */
  cases(actor: Actor, under: (path: string) => SQL = (path) => underPath(cases.regionPath, path)): SQL {
    const s = actor.scope;
    if (s.kind === 'region') {
      const place = under(s.regionPath);
      if (!s.sectorCodes.length) return place;
      const sectors = inArray(cases.sectorCode, s.sectorCodes);
      const own = actor.departmentId ? eq(cases.supervisorUnit, `department:${actor.departmentId}`) : undefined;
      return and(place, own ? sql`(${sectors} or ${own})` : sectors)!;
    }
    if (s.kind === 'grids') return inArray(cases.gridCode, s.gridCodes.length ? s.gridCodes : ['']);
    return eq(cases.enterpriseId, s.enterpriseId);
  },
  accounts(actor: Actor): SQL {
    const s = actor.scope;
    return s.kind === 'region' ? underPath(accounts.scopePath, s.regionPath) : eq(accounts.id, actor.accountId);
  },
};

/** A write that would place a record at `regionPath` must stay inside a region scope. */
export function assertPathInScope(actor: Actor, regionPath: string): void {
  const s = actor.scope;
  const inside =
    s.kind === 'region'
      ? isWithinPath(regionPath, s.regionPath)
      : s.kind === 'grids'
        ? s.villagePaths.some((p) => isWithinPath(regionPath, p))
        : isWithinPath(regionPath, s.regionPath);
  if (!inside) throw outOfScope();
}
