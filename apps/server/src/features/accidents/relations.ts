import type { ReportLevel } from '@redline/domain';
import type { Actor } from '../scope/actor';

/** Path depth of each investigating level: the State Council's investigations are held by the province here. */
const DEPTH: Record<ReportLevel, number> = { state: 1, province: 1, city: 2, county: 3 };

/** The region path of the government that investigates at `level` an accident at `regionPath`. */
export function investigatingPath(regionPath: string, level: ReportLevel): string {
  const codes = regionPath.split('/').filter(Boolean);
  return `/${codes.slice(0, Math.min(DEPTH[level], codes.length)).join('/')}/`;
}

/**
 * How the actor stands to an investigation: `supervisor` when its region scope is the investigating government's
 * region or above it (Art. 19; a higher government may take an investigation over, Art. 20). A town, a grid or an
 * enterprise account never investigates.
 */
export function investigationRelations(actor: Actor, regionPath: string, level: ReportLevel): string[] {
  if (actor.scope.kind !== 'region') return [];
  return investigatingPath(regionPath, level).startsWith(actor.scope.regionPath) ? ['supervisor'] : [];
}
