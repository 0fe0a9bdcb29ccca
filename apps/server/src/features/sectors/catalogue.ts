/**
 * The key sectors (重点行业领域) that the sector duty map (三管三必须) assigns to departments.
 * Codes are stable snake_case English; 工贸 (industry and trade) groups its eight sub-sectors.
 */
export interface SectorCatalogueEntry {
  code: string;
  nameZh: string;
  nameEn: string;
  parentCode?: string;
  sortOrder: number;
}

export const SECTOR_CATALOGUE: ReadonlyArray<SectorCatalogueEntry> = [
  { code: 'coal_mine', nameZh: '煤矿', nameEn: 'Coal mines', sortOrder: 10 },
  { code: 'non_coal_mine', nameZh: '非煤矿山', nameEn: 'Non-coal mines', sortOrder: 20 },
  { code: 'hazardous_chemicals', nameZh: '危险化学品', nameEn: 'Hazardous chemicals', sortOrder: 30 },
  { code: 'fireworks', nameZh: '烟花爆竹', nameEn: 'Fireworks', sortOrder: 40 },
  { code: 'urban_gas', nameZh: '城镇燃气', nameEn: 'Urban gas', sortOrder: 50 },
  { code: 'fire_safety', nameZh: '消防', nameEn: 'Fire safety', sortOrder: 60 },
  { code: 'road_transport', nameZh: '道路运输', nameEn: 'Road transport', sortOrder: 70 },
  { code: 'waterway_transport', nameZh: '水路运输', nameEn: 'Waterway transport', sortOrder: 80 },
  { code: 'construction', nameZh: '建筑施工', nameEn: 'Construction', sortOrder: 90 },
  { code: 'special_equipment', nameZh: '特种设备', nameEn: 'Special equipment', sortOrder: 100 },
  { code: 'industry_trade', nameZh: '工贸', nameEn: 'Industry and trade', sortOrder: 110 },
  { code: 'metallurgy', nameZh: '冶金', nameEn: 'Metallurgy', parentCode: 'industry_trade', sortOrder: 111 },
  { code: 'non_ferrous', nameZh: '有色', nameEn: 'Non-ferrous metals', parentCode: 'industry_trade', sortOrder: 112 },
  {
    code: 'building_materials',
    nameZh: '建材',
    nameEn: 'Building materials',
    parentCode: 'industry_trade',
    sortOrder: 113,
  },
  { code: 'machinery', nameZh: '机械', nameEn: 'Machinery', parentCode: 'industry_trade', sortOrder: 114 },
  { code: 'light_industry', nameZh: '轻工', nameEn: 'Light industry', parentCode: 'industry_trade', sortOrder: 115 },
  { code: 'textiles', nameZh: '纺织', nameEn: 'Textiles', parentCode: 'industry_trade', sortOrder: 116 },
  { code: 'tobacco', nameZh: '烟草', nameEn: 'Tobacco', parentCode: 'industry_trade', sortOrder: 117 },
  { code: 'commerce', nameZh: '商贸', nameEn: 'Commerce and trade', parentCode: 'industry_trade', sortOrder: 118 },
  { code: 'crowded_places', nameZh: '人员密集场所', nameEn: 'Crowded places', sortOrder: 120 },
  {
    code: 'tourist_sites',
    nameZh: '旅游景区和游乐设施',
    nameEn: 'Tourist sites and amusement rides',
    sortOrder: 130,
  },
  { code: 'school_bus', nameZh: '校车', nameEn: 'School buses', sortOrder: 140 },
  { code: 'forest_fire', nameZh: '森林防火', nameEn: 'Forest fire prevention', sortOrder: 150 },
  { code: 'civil_explosives', nameZh: '民用爆炸物品', nameEn: 'Civil explosives', sortOrder: 160 },
  { code: 'electric_power', nameZh: '电力', nameEn: 'Electric power', sortOrder: 170 },
  { code: 'fishing_vessels', nameZh: '渔业船舶', nameEn: 'Fishing vessels', sortOrder: 180 },
  { code: 'agricultural_machinery', nameZh: '农业机械', nameEn: 'Agricultural machinery', sortOrder: 190 },
];

const SECTOR_CODES: ReadonlySet<string> = new Set(SECTOR_CATALOGUE.map((sector) => sector.code));

export function isSectorCode(code: string): boolean {
  return SECTOR_CODES.has(code);
}

/** Codes of the direct children of a sector (the 工贸 sub-sectors for `industry_trade`). */
export function childSectorCodes(parentCode: string): string[] {
  return SECTOR_CATALOGUE.filter((sector) => sector.parentCode === parentCode).map((sector) => sector.code);
}
