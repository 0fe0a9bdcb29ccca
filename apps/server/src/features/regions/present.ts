import type { TGrid, TRegion } from '@redline/contracts';

export type RegionRow = {
  code: string;
  name: string;
  level: TRegion['level'];
  parentCode: string | null;
  isDevelopmentZone: boolean;
  childCount: number;
  gridCount: number;
};

export const presentRegion = (r: RegionRow): TRegion => ({
  code: r.code,
  name: r.name,
  level: r.level,
  parentCode: r.parentCode,
  isDevelopmentZone: r.isDevelopmentZone,
  childCount: Number(r.childCount),
  gridCount: Number(r.gridCount),
});

export const presentGrid = (g: { code: string; name: string; villageCode: string; villageName: string }): TGrid => ({
  code: g.code,
  name: g.name,
  villageCode: g.villageCode,
  villageName: g.villageName,
});
