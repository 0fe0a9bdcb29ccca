/**
 * Kinds of demo enterprise: sector(s), GB/T 4754-2017 class paired with a fitting name suffix, size and tags.
 * Weights reflect Jincheng's economy (coal and coal-bed methane, coal chemicals, steel and casting around 巴公,
 * building materials, transport).
 */
export type LocationSetting = 'rural' | 'urban' | 'any';

export type EnterpriseTag = 'above_designated_size' | 'major_hazard_source' | 'key_supervision' | 'small_micro';

/** A GB/T 4754-2017 class (section letter + 4 digits) and a company-name suffix that fits it. */
export type ProfileVariant = readonly [industryCode: string, suffix: string];

export interface EnterpriseProfile {
  weight: number;
  /** Primary sector, always present. */
  sector: string;
  /** A second sector added with the given chance. */
  secondary?: { sector: string; chance: number };
  variants: ReadonlyArray<ProfileVariant>;
  employees: readonly [min: number, max: number];
  tags: ReadonlyArray<{ tag: EnterpriseTag; chance: number }>;
  /** County-level regions where this kind is found (default: all). */
  counties?: ReadonlyArray<string>;
  /** rural: never in a sub-district (街道), preferably in a village; urban: always in a town, never in a county park. */
  setting?: LocationSetting;
}

const MINING = ['140521', '140522', '140524', '140525', '140581'];
const MOUNTAINS = ['140521', '140522', '140524', '140525'];
const SPECIAL_EQUIPMENT = 'special_equipment';

export const ENTERPRISE_PROFILES: ReadonlyArray<EnterpriseProfile> = [
  {
    weight: 12,
    sector: 'coal_mine',
    setting: 'rural',
    secondary: { sector: SPECIAL_EQUIPMENT, chance: 0.3 },
    variants: [
      ['B0610', '煤业有限公司'],
      ['B0610', '煤矿有限公司'],
      ['B0690', '洗煤有限公司'],
    ],
    employees: [150, 1800],
    tags: [
      { tag: 'above_designated_size', chance: 0.9 },
      { tag: 'key_supervision', chance: 0.6 },
    ],
    counties: MINING,
  },
  {
    weight: 5,
    sector: 'non_coal_mine',
    setting: 'rural',
    variants: [
      ['B1011', '石料有限公司'],
      ['B1019', '砂石有限公司'],
      ['B0810', '铁矿有限公司'],
    ],
    employees: [12, 160],
    tags: [{ tag: 'small_micro', chance: 0.6 }],
    counties: MOUNTAINS,
  },
  {
    weight: 9,
    sector: 'hazardous_chemicals',
    setting: 'rural',
    secondary: { sector: SPECIAL_EQUIPMENT, chance: 0.4 },
    variants: [
      ['C2621', '化肥有限公司'],
      ['C2614', '化工有限公司'],
      ['C2661', '精细化工有限公司'],
      ['C2520', '焦化有限公司'],
    ],
    employees: [60, 1200],
    tags: [
      { tag: 'major_hazard_source', chance: 0.5 },
      { tag: 'above_designated_size', chance: 0.7 },
      { tag: 'key_supervision', chance: 0.5 },
    ],
  },
  {
    weight: 8,
    sector: 'hazardous_chemicals',
    secondary: { sector: 'fire_safety', chance: 0.5 },
    variants: [
      ['F5265', '加油站有限公司'],
      ['F5162', '石油销售有限公司'],
      ['F5169', '化工贸易有限公司'],
    ],
    employees: [6, 40],
    tags: [{ tag: 'small_micro', chance: 0.8 }],
  },
  {
    weight: 3,
    sector: 'fireworks',
    setting: 'rural',
    variants: [
      ['F5149', '烟花爆竹批发有限公司'],
      ['F5149', '烟花爆竹经营有限公司'],
      ['C2672', '烟花制造有限公司'],
    ],
    employees: [5, 35],
    tags: [{ tag: 'small_micro', chance: 0.9 }],
  },
  {
    weight: 6,
    sector: 'urban_gas',
    secondary: { sector: SPECIAL_EQUIPMENT, chance: 0.5 },
    variants: [
      ['D4511', '燃气有限公司'],
      ['D4511', '煤层气输配有限公司'],
      ['D4512', '液化气有限公司'],
    ],
    employees: [20, 300],
    tags: [
      { tag: 'major_hazard_source', chance: 0.2 },
      { tag: 'key_supervision', chance: 0.4 },
    ],
  },
  {
    weight: 8,
    sector: 'road_transport',
    variants: [
      ['G5431', '运输有限公司'],
      ['G5437', '物流有限公司'],
      ['G5421', '汽车客运有限公司'],
    ],
    employees: [15, 500],
    tags: [{ tag: 'small_micro', chance: 0.4 }],
  },
  {
    weight: 2,
    sector: 'road_transport',
    secondary: { sector: 'hazardous_chemicals', chance: 1 },
    variants: [['G5435', '危险货物运输有限公司']],
    employees: [20, 200],
    tags: [{ tag: 'key_supervision', chance: 0.6 }],
  },
  {
    weight: 1,
    sector: 'waterway_transport',
    secondary: { sector: 'tourist_sites', chance: 0.5 },
    variants: [
      ['G5512', '游船有限公司'],
      ['G5512', '水上客运有限公司'],
    ],
    employees: [5, 40],
    tags: [{ tag: 'small_micro', chance: 0.9 }],
    counties: ['140521', '140522'],
  },
  {
    weight: 12,
    sector: 'construction',
    secondary: { sector: SPECIAL_EQUIPMENT, chance: 0.3 },
    variants: [
      ['E4710', '建筑工程有限公司'],
      ['E4790', '建设工程有限公司'],
      ['E4813', '市政工程有限公司'],
      ['E4819', '路桥工程有限公司'],
    ],
    employees: [30, 900],
    tags: [{ tag: 'above_designated_size', chance: 0.4 }],
  },
  {
    weight: 3,
    sector: SPECIAL_EQUIPMENT,
    variants: [
      ['E4999', '电梯工程有限公司'],
      ['C3432', '起重设备有限公司'],
      ['E4999', '锅炉安装有限公司'],
    ],
    employees: [8, 120],
    tags: [{ tag: 'small_micro', chance: 0.6 }],
  },
  {
    weight: 6,
    sector: 'metallurgy',
    setting: 'rural',
    secondary: { sector: SPECIAL_EQUIPMENT, chance: 0.6 },
    variants: [
      ['C3110', '钢铁有限公司'],
      ['C3120', '特钢有限公司'],
      ['C3130', '轧钢有限公司'],
      ['C3140', '铁合金有限公司'],
    ],
    employees: [80, 3000],
    tags: [
      { tag: 'above_designated_size', chance: 0.85 },
      { tag: 'major_hazard_source', chance: 0.3 },
      { tag: 'key_supervision', chance: 0.4 },
    ],
    counties: ['140525', '140581', '140522', '140571'],
  },
  {
    weight: 2,
    sector: 'non_ferrous',
    setting: 'rural',
    variants: [
      ['C3216', '铝业有限公司'],
      ['C3217', '镁业有限公司'],
      ['C3240', '有色金属有限公司'],
    ],
    employees: [40, 600],
    tags: [{ tag: 'above_designated_size', chance: 0.6 }],
  },
  {
    weight: 6,
    sector: 'building_materials',
    setting: 'rural',
    variants: [
      ['C3011', '水泥有限公司'],
      ['C3021', '建材有限公司'],
      ['C3031', '新型墙材有限公司'],
      ['C3041', '玻璃有限公司'],
    ],
    employees: [20, 500],
    tags: [{ tag: 'above_designated_size', chance: 0.5 }],
  },
  {
    weight: 6,
    sector: 'machinery',
    secondary: { sector: SPECIAL_EQUIPMENT, chance: 0.3 },
    variants: [
      ['C3511', '矿山机械有限公司'],
      ['C3484', '机械制造有限公司'],
      ['C3391', '铸造有限公司'],
      ['C3441', '泵业有限公司'],
    ],
    employees: [20, 2000],
    tags: [{ tag: 'above_designated_size', chance: 0.6 }],
  },
  {
    weight: 5,
    sector: 'light_industry',
    variants: [
      ['C1512', '酒业有限公司'],
      ['C1462', '醋业有限公司'],
      ['C1431', '食品有限公司'],
      ['C2231', '包装有限公司'],
    ],
    employees: [15, 400],
    tags: [{ tag: 'small_micro', chance: 0.5 }],
  },
  {
    weight: 2,
    sector: 'textiles',
    variants: [
      ['C1741', '丝绸有限公司'],
      ['C1711', '纺织有限公司'],
      ['C1819', '服饰有限公司'],
    ],
    employees: [20, 300],
    tags: [{ tag: 'small_micro', chance: 0.5 }],
  },
  {
    weight: 1,
    sector: 'tobacco',
    setting: 'rural',
    variants: [['C1610', '烟叶复烤有限公司']],
    employees: [20, 200],
    tags: [],
    counties: ['140524', '140522'],
  },
  {
    weight: 6,
    sector: 'commerce',
    secondary: { sector: 'crowded_places', chance: 0.5 },
    variants: [
      ['F5211', '百货有限公司'],
      ['F5212', '超市有限公司'],
      ['G5920', '仓储有限公司'],
      ['F5211', '商贸有限公司'],
    ],
    employees: [10, 400],
    tags: [{ tag: 'small_micro', chance: 0.5 }],
  },
  {
    weight: 6,
    sector: 'crowded_places',
    setting: 'urban',
    secondary: { sector: 'fire_safety', chance: 0.8 },
    variants: [
      ['H6110', '大酒店有限公司'],
      ['H6210', '餐饮管理有限公司'],
      ['R9011', '娱乐有限公司'],
      ['Q8411', '医院'],
    ],
    employees: [10, 600],
    tags: [{ tag: 'small_micro', chance: 0.5 }],
  },
  {
    weight: 3,
    sector: 'tourist_sites',
    setting: 'rural',
    secondary: { sector: SPECIAL_EQUIPMENT, chance: 0.4 },
    variants: [
      ['N7851', '旅游开发有限公司'],
      ['N7852', '森林公园管理有限公司'],
      ['R9020', '游乐有限公司'],
    ],
    employees: [20, 400],
    tags: [{ tag: 'key_supervision', chance: 0.3 }],
    counties: MOUNTAINS,
  },
  {
    weight: 2,
    sector: 'school_bus',
    secondary: { sector: 'road_transport', chance: 0.6 },
    variants: [
      ['G5429', '校车服务有限公司'],
      ['G5429', '学生接送服务有限公司'],
    ],
    employees: [10, 80],
    tags: [{ tag: 'small_micro', chance: 0.7 }],
  },
  {
    weight: 2,
    sector: 'forest_fire',
    setting: 'rural',
    variants: [
      ['A0231', '林业开发有限公司'],
      ['A0212', '苗木有限公司'],
    ],
    employees: [6, 80],
    tags: [{ tag: 'small_micro', chance: 0.8 }],
    counties: ['140521', '140522', '140524'],
  },
  {
    weight: 2,
    sector: 'civil_explosives',
    setting: 'rural',
    variants: [
      ['C2671', '民爆器材有限公司'],
      ['B1190', '爆破工程有限公司'],
    ],
    employees: [10, 150],
    tags: [
      { tag: 'major_hazard_source', chance: 0.5 },
      { tag: 'key_supervision', chance: 0.7 },
    ],
    counties: MINING,
  },
  {
    weight: 3,
    sector: 'electric_power',
    secondary: { sector: SPECIAL_EQUIPMENT, chance: 0.5 },
    variants: [
      ['D4411', '发电有限公司'],
      ['D4412', '热电有限公司'],
      ['D4416', '光伏发电有限公司'],
      ['D4419', '煤层气发电有限公司'],
    ],
    employees: [20, 900],
    tags: [{ tag: 'above_designated_size', chance: 0.7 }],
  },
  {
    weight: 1,
    sector: 'fishing_vessels',
    setting: 'rural',
    variants: [
      ['A0422', '渔业有限公司'],
      ['A0412', '水产养殖有限公司'],
    ],
    employees: [3, 30],
    tags: [{ tag: 'small_micro', chance: 1 }],
    counties: ['140521', '140522', '140525'],
  },
  {
    weight: 2,
    sector: 'agricultural_machinery',
    setting: 'rural',
    variants: [
      ['A0512', '农机服务有限公司'],
      ['A0512', '农业机械服务有限公司'],
    ],
    employees: [3, 40],
    tags: [{ tag: 'small_micro', chance: 1 }],
  },
];
