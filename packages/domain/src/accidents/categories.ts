/**
 * Accident categories (事故类别) of GB 6441-1986 《企业职工伤亡事故分类》, codes 01–20 (domain-reference.md §1.2).
 */
export const ACCIDENT_CATEGORIES = {
  '01': { zh: '物体打击', en: 'Struck by object' },
  '02': { zh: '车辆伤害', en: 'Vehicle injury' },
  '03': { zh: '机械伤害', en: 'Machinery injury' },
  '04': { zh: '起重伤害', en: 'Lifting injury' },
  '05': { zh: '触电', en: 'Electric shock' },
  '06': { zh: '淹溺', en: 'Drowning' },
  '07': { zh: '灼烫', en: 'Burns and scalds' },
  '08': { zh: '火灾', en: 'Fire' },
  '09': { zh: '高处坠落', en: 'Fall from height' },
  '10': { zh: '坍塌', en: 'Collapse' },
  '11': { zh: '冒顶片帮', en: 'Roof or side fall' },
  '12': { zh: '透水', en: 'Water inrush' },
  '13': { zh: '放炮', en: 'Blasting' },
  '14': { zh: '火药爆炸', en: 'Explosive powder explosion' },
  '15': { zh: '瓦斯爆炸', en: 'Gas explosion' },
  '16': { zh: '锅炉爆炸', en: 'Boiler explosion' },
  '17': { zh: '容器爆炸', en: 'Pressure vessel explosion' },
  '18': { zh: '其他爆炸', en: 'Other explosion' },
  '19': { zh: '中毒和窒息', en: 'Poisoning and asphyxiation' },
  '20': { zh: '其他伤害', en: 'Other injury' },
} as const;

export type AccidentCategory = keyof typeof ACCIDENT_CATEGORIES;
export const ACCIDENT_CATEGORY_CODES = Object.keys(ACCIDENT_CATEGORIES) as AccidentCategory[];

export const isAccidentCategory = (code: string): code is AccidentCategory => Object.hasOwn(ACCIDENT_CATEGORIES, code);

/**
 * Sectors whose accidents their competent departments count and copy to the work-safety department monthly; they are
 * in "all production-safety accident deaths" but outside 工矿商贸 (industry, mining, commerce and trade), §5.
 */
export const SECTORS_OUTSIDE_INDUSTRY_MINING_TRADE = [
  'road_traffic',
  'fire',
  'waterway_traffic',
  'rail_traffic',
  'civil_aviation',
  'agricultural_machinery',
  'fishing_vessels',
] as const;

export const isOutsideIndustryMiningTrade = (sector: string): boolean =>
  (SECTORS_OUTSIDE_INDUSTRY_MINING_TRADE as readonly string[]).includes(sector);
