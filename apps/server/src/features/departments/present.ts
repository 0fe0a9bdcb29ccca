import type { TDepartment } from '@redline/contracts';

export type DepartmentRow = {
  id: string;
  name: string;
  regionCode: string;
  regionName: string;
  kind: TDepartment['kind'];
  sectorCodes: string[] | null;
};

export const presentDepartment = (d: DepartmentRow): TDepartment => ({
  id: d.id,
  name: d.name,
  regionCode: d.regionCode,
  regionName: d.regionName,
  kind: d.kind,
  sectorCodes: d.sectorCodes ?? [],
});
