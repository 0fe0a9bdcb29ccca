import type { THazard } from '@redline/contracts';
import type { cases } from '../cases/schema';
import { CLOSED_STATES } from './filters';

type CaseRow = typeof cases.$inferSelect;
export type HazardRow = CaseRow & {
  regionName: string;
  enterpriseName: string | null;
  enterpriseUscc: string | null;
};

/** A hazard as the API shows it; `overdue` is computed at `now` (open, with a deadline already passed). */
export function presentHazard(row: HazardRow, now: Date): THazard {
  return {
    id: row.id,
    number: row.number,
    title: row.title,
    state: row.state as THazard['state'],
    version: row.version,
    cycle: row.cycle,
    level: (row.level as THazard['level']) ?? null,
    source: row.source,
    regionCode: row.regionCode,
    regionName: row.regionName,
    gridCode: row.gridCode,
    enterprise:
      row.enterpriseId && row.enterpriseName
        ? { id: row.enterpriseId, name: row.enterpriseName, uscc: row.enterpriseUscc ?? '' }
        : null,
    sectorCode: row.sectorCode,
    ownerUnit: row.ownerUnit,
    supervisorUnit: row.supervisorUnit,
    deadline: row.deadline?.toISOString() ?? null,
    overdue: row.deadline !== null && !CLOSED_STATES.includes(row.state) && row.deadline.getTime() < now.getTime(),
    listed: row.listedUnit && row.listedAt ? { unit: row.listedUnit, at: row.listedAt.toISOString() } : null,
    locationText: row.locationText,
    lng: row.lng,
    lat: row.lat,
    mergedIntoId: row.mergedIntoId,
    fields: row.fields,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
