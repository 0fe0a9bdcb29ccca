/**
 * The sectors accident statistics are kept by (domain-reference.md §5): the 工矿商贸 families — coal mines,
 * metal and non-metal mines, construction, hazardous chemicals, fireworks, other industry and trade — and the sectors
 * counted by their own competent departments and copied monthly to the work-safety department (road traffic, fire,
 * waterway, rail, civil aviation, agricultural machinery, fishing vessels). The list differs from the supervision
 * sectors of the sector catalogue: `supervisionSector` maps each to the catalogue's code used for data scope.
 */
export const ACCIDENT_SECTORS = {
  coal_mine: { zh: '煤矿', en: 'Coal mines', supervisionSector: 'coal_mine' },
  non_coal_mine: { zh: '金属非金属矿山', en: 'Metal and non-metal mines', supervisionSector: 'non_coal_mine' },
  construction: { zh: '建筑业', en: 'Construction', supervisionSector: 'construction' },
  hazardous_chemicals: { zh: '危险化学品', en: 'Hazardous chemicals', supervisionSector: 'hazardous_chemicals' },
  fireworks: { zh: '烟花爆竹', en: 'Fireworks', supervisionSector: 'fireworks' },
  industry_trade: { zh: '工商贸其他', en: 'Other industry and trade', supervisionSector: 'industry_trade' },
  road_traffic: { zh: '道路交通', en: 'Road traffic', supervisionSector: 'road_transport' },
  fire: { zh: '火灾', en: 'Fire', supervisionSector: 'fire_safety' },
  waterway_traffic: { zh: '水上交通', en: 'Waterway traffic', supervisionSector: 'waterway_transport' },
  rail_traffic: { zh: '铁路交通', en: 'Rail traffic', supervisionSector: null },
  civil_aviation: { zh: '民航飞行', en: 'Civil aviation', supervisionSector: null },
  agricultural_machinery: { zh: '农业机械', en: 'Agricultural machinery', supervisionSector: 'agricultural_machinery' },
  fishing_vessels: { zh: '渔业船舶', en: 'Fishing vessels', supervisionSector: 'fishing_vessels' },
} as const satisfies Record<string, { zh: string; en: string; supervisionSector: string | null }>;

export type AccidentSector = keyof typeof ACCIDENT_SECTORS;
export const ACCIDENT_SECTOR_CODES = Object.keys(ACCIDENT_SECTORS) as [AccidentSector, ...AccidentSector[]];
export const isAccidentSector = (code: string): code is AccidentSector => Object.hasOwn(ACCIDENT_SECTORS, code);
