import { eq } from 'drizzle-orm';
import type { Tx } from '../../db/client';
import { AppError } from '../../http/errors';
import type { cases } from '../cases/schema';
import { departments } from '../departments/schema';
import { enterprises } from '../enterprises/schema';
import { grids, regions } from '../regions/schema';
import type { Actor } from '../scope/actor';

/**
 * Units own and supervise cases. A unit is a key: `region:<code>` (the safety office of that region's government,
 * e.g. a town's 安监办), `department:<id>`, `enterprise:<id>`, `grid:<code>`.
 */
export type UnitKey = string;
type CaseRow = typeof cases.$inferSelect;

/** The units an actor acts for: its department, or the office of its region; its enterprise; its grids. */
export function actorUnits(actor: Actor): UnitKey[] {
  const s = actor.scope;
  if (actor.departmentId) return [`department:${actor.departmentId}`];
  if (s.kind === 'region') return s.regionCode ? [`region:${s.regionCode}`] : [];
  if (s.kind === 'grids') return s.gridCodes.map((code) => `grid:${code}`);
  return [`enterprise:${s.enterpriseId}`];
}

/**
 * How an actor stands to a case, for the workflow's relation checks: `owner` (the actor's enterprise or grid owns it,
 * or the actor is its named owner), `supervisor` (the actor acts for its supervising unit), `reporter`.
 */
export function relationsOf(actor: Actor, row: CaseRow, watcher = false): string[] {
  const units = actorUnits(actor);
  const relations: string[] = [];
  if (row.ownerAccountId === actor.accountId || (row.ownerUnit !== null && units.includes(row.ownerUnit))) {
    relations.push('owner');
  }
  if (row.supervisorUnit !== null && units.includes(row.supervisorUnit)) relations.push('supervisor');
  if (row.reporterAccountId === actor.accountId || watcher) relations.push('reporter');
  return relations;
}

/**
 * Who supervises a new report: a reporting department keeps it (an inspector's finding); otherwise the safety office
 * of the town the place lies in (it triages grid and enterprise reports), or of the place itself above town level.
 */
export function defaultSupervisor(actor: Actor, regionPath: string): UnitKey {
  if (actor.departmentId) return `department:${actor.departmentId}`;
  const codes = regionPath.split('/').filter(Boolean);
  const town = codes.find((code) => code.length === 9);
  return `region:${town ?? codes.at(-1)}`;
}

/** The owner of a new report: its enterprise, else the grid it lies in, else (public place) the supervising office. */
export function defaultOwner(
  place: { enterpriseId: string | null; gridCode: string | null },
  supervisor: UnitKey,
): UnitKey {
  if (place.enterpriseId) return `enterprise:${place.enterpriseId}`;
  if (place.gridCode) return `grid:${place.gridCode}`;
  return supervisor;
}

/** Checks that a unit key names a unit that exists, with its name for display (`HAZARD.UNKNOWN_UNIT` otherwise). */
export async function findUnit(tx: Tx, unit: UnitKey): Promise<{ key: UnitKey; name: string }> {
  const [kind, ref] = [unit.slice(0, unit.indexOf(':')), unit.slice(unit.indexOf(':') + 1)];
  const rows =
    kind === 'region'
      ? await tx.select({ name: regions.name }).from(regions).where(eq(regions.code, ref))
      : kind === 'department'
        ? await tx.select({ name: departments.name }).from(departments).where(eq(departments.id, ref))
        : kind === 'enterprise'
          ? await tx.select({ name: enterprises.name }).from(enterprises).where(eq(enterprises.id, ref))
          : kind === 'grid'
            ? await tx.select({ name: grids.name }).from(grids).where(eq(grids.code, ref))
            : [];
  if (!rows[0]) throw new AppError('HAZARD.UNKNOWN_UNIT', { unit });
  return { key: unit, name: rows[0].name };
}
