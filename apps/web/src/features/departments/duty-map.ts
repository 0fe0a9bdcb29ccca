import type { TSector, TSectorDuty } from '@redline/contracts';
import { REGION_LEVELS, type RegionLevel, validateRegionCode } from '@redline/domain';

/** One line of the duty map: a sector, the departments supervising it, and the region whose departments hold it. */
export type DutyRow = {
  sectorCode: string;
  parentCode: string | null;
  departments: Array<{ id: string; name: string }>;
  /** The region of the departments holding the duty; null when no department at or above holds it. */
  heldAt: string | null;
  /** Held by a region above the one asked about (a town's coal mines are the county energy bureau's). */
  inherited: boolean;
};

/**
 * The duty map of a region from GET /sector-duties: every active sector of the catalogue in its order (so a sector
 * nobody supervises shows as a gap), plus any inactive sector that still has a duty.
 */
export function dutyRows(sectors: readonly TSector[], duties: readonly TSectorDuty[], regionCode: string): DutyRow[] {
  const bySector = new Map<string, TSectorDuty[]>();
  for (const duty of duties) bySector.set(duty.sectorCode, [...(bySector.get(duty.sectorCode) ?? []), duty]);
  const known = new Set(sectors.map((s) => s.code));
  const rowOf = (sectorCode: string, parentCode: string | null): DutyRow => {
    const held = bySector.get(sectorCode) ?? [];
    const departments = [...new Map(held.map((d) => [d.departmentId, d.departmentName])).entries()];
    const heldAt = held[0]?.regionCode ?? null;
    return {
      sectorCode,
      parentCode,
      departments: departments.map(([id, name]) => ({ id, name })),
      heldAt,
      inherited: heldAt !== null && heldAt !== regionCode,
    };
  };
  const rows = sectors.filter((s) => s.active || bySector.has(s.code)).map((s) => rowOf(s.code, s.parentCode));
  const unknown = [...bySector.keys()].filter((code) => !known.has(code));
  return [...rows, ...unknown.map((code) => rowOf(code, null))];
}

/** The level of a region code by its shape (GB/T 2260 and the statistical 9/12-digit codes), or null. */
export function regionLevelOf(code: string): RegionLevel | null {
  return REGION_LEVELS.find((level) => validateRegionCode(code, level).ok) ?? null;
}

/** The distinct regions above `regionCode` that hold a duty on the map, for looking up their names. */
export const inheritedRegions = (rows: readonly DutyRow[]): string[] => [
  ...new Set(rows.flatMap((r) => (r.inherited && r.heldAt ? [r.heldAt] : []))),
];
