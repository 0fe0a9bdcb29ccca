/**
 * The demo city, 晋城市 (Jincheng, Shanxi), as a nested table. County codes are GB/T 2260; town codes are the
 * 9-digit statistical codes (GB/T 10114: 0xx 街道, 1xx 镇, 2xx 乡) and village codes add 3 digits
 * (001–199 社区, 200–399 村), see domain-reference §8.2. Town names are real; town and village codes and the
 * village names are our best knowledge of the statistical tables and are demo data, not an authoritative copy.
 * `lng`/`lat` are approximate GCJ-02 centres used to scatter demo enterprises.
 */
export type VillageRow = readonly [suffix: string, name: string, gridCount: number];

export interface TownRow {
  code: string;
  name: string;
  lng: number;
  lat: number;
  villages: ReadonlyArray<VillageRow>;
}

export interface CountyRow {
  code: string;
  name: string;
  lng: number;
  lat: number;
  isDevelopmentZone?: boolean;
  towns: ReadonlyArray<TownRow>;
}

export const PROVINCE_ROW = { code: '140000', name: '山西省' } as const;
export const CITY_ROW = { code: '140500', name: '晋城市', lng: 112.851, lat: 35.491 } as const;

export const COUNTY_ROWS: ReadonlyArray<CountyRow> = [
  {
    code: '140502',
    name: '城区',
    lng: 112.853,
    lat: 35.501,
    towns: [
      {
        code: '140502001',
        name: '东街街道',
        lng: 112.862,
        lat: 35.497,
        villages: [
          ['001', '凤鸣社区', 2],
          ['002', '东关社区', 2],
          ['003', '太行社区', 1],
        ],
      },
      {
        code: '140502002',
        name: '西街街道',
        lng: 112.838,
        lat: 35.496,
        villages: [
          ['001', '西关社区', 2],
          ['002', '中原社区', 2],
          ['003', '景西社区', 1],
        ],
      },
      {
        code: '140502003',
        name: '南街街道',
        lng: 112.852,
        lat: 35.485,
        villages: [
          ['001', '南关社区', 2],
          ['002', '黄华社区', 1],
          ['003', '红星社区', 2],
        ],
      },
      {
        code: '140502004',
        name: '北街街道',
        lng: 112.848,
        lat: 35.512,
        villages: [
          ['001', '北关社区', 2],
          ['002', '白水社区', 2],
          ['003', '新市社区', 1],
        ],
      },
      {
        code: '140502005',
        name: '矿区街道',
        lng: 112.818,
        lat: 35.517,
        villages: [
          ['001', '古矿社区', 2],
          ['002', '凤凰山社区', 2],
        ],
      },
    ],
  },
  {
    code: '140521',
    name: '沁水县',
    lng: 112.187,
    lat: 35.69,
    towns: [
      {
        code: '140521100',
        name: '龙港镇',
        lng: 112.187,
        lat: 35.69,
        villages: [
          ['001', '杏园社区', 2],
          ['002', '梅园社区', 1],
          ['200', '王寨村', 2],
        ],
      },
      {
        code: '140521102',
        name: '郑庄镇',
        lng: 112.29,
        lat: 35.64,
        villages: [
          ['200', '郑庄村', 2],
          ['201', '河渚村', 1],
          ['202', '西庄村', 1],
        ],
      },
      {
        code: '140521103',
        name: '端氏镇',
        lng: 112.38,
        lat: 35.755,
        villages: [
          ['200', '端氏村', 2],
          ['201', '坪上村', 2],
          ['202', '榼山村', 1],
        ],
      },
      {
        code: '140521104',
        name: '嘉峰镇',
        lng: 112.455,
        lat: 35.715,
        villages: [
          ['200', '嘉峰村', 2],
          ['201', '窦庄村', 2],
          ['202', '郭壁村', 2],
          ['203', '尉迟村', 1],
        ],
      },
      {
        code: '140521200',
        name: '土沃乡',
        lng: 112.02,
        lat: 35.54,
        villages: [
          ['200', '土沃村', 1],
          ['201', '南阳村', 1],
        ],
      },
    ],
  },
  {
    code: '140522',
    name: '阳城县',
    lng: 112.415,
    lat: 35.486,
    towns: [
      {
        code: '140522100',
        name: '凤城镇',
        lng: 112.415,
        lat: 35.486,
        villages: [
          ['001', '东关社区', 2],
          ['002', '南关社区', 1],
          ['200', '下孔村', 2],
        ],
      },
      {
        code: '140522101',
        name: '北留镇',
        lng: 112.555,
        lat: 35.515,
        villages: [
          ['200', '皇城村', 3],
          ['201', '郭峪村', 2],
          ['202', '北留村', 1],
        ],
      },
      {
        code: '140522102',
        name: '润城镇',
        lng: 112.515,
        lat: 35.485,
        villages: [
          ['200', '润城村', 2],
          ['201', '上庄村', 2],
          ['202', '屯城村', 1],
        ],
      },
      {
        code: '140522104',
        name: '芹池镇',
        lng: 112.31,
        lat: 35.545,
        villages: [
          ['200', '芹池村', 2],
          ['201', '刘西村', 1],
          ['202', '羊泉村', 1],
        ],
      },
      {
        code: '140522202',
        name: '西河乡',
        lng: 112.37,
        lat: 35.395,
        villages: [
          ['200', '西河村', 1],
          ['201', '郭河村', 1],
        ],
      },
    ],
  },
  {
    code: '140524',
    name: '陵川县',
    lng: 113.28,
    lat: 35.776,
    towns: [
      {
        code: '140524100',
        name: '崇文镇',
        lng: 113.28,
        lat: 35.776,
        villages: [
          ['001', '城关社区', 2],
          ['002', '东关社区', 1],
          ['200', '岭常村', 1],
        ],
      },
      {
        code: '140524101',
        name: '礼义镇',
        lng: 113.19,
        lat: 35.715,
        villages: [
          ['200', '礼义村', 2],
          ['201', '平川村', 1],
          ['202', '梁泉村', 1],
        ],
      },
      {
        code: '140524102',
        name: '附城镇',
        lng: 113.14,
        lat: 35.8,
        villages: [
          ['200', '附城村', 2],
          ['201', '丈河村', 1],
        ],
      },
      {
        code: '140524205',
        name: '六泉乡',
        lng: 113.47,
        lat: 35.69,
        villages: [
          ['200', '六泉村', 1],
          ['201', '浙水村', 1],
        ],
      },
    ],
  },
  {
    code: '140525',
    name: '泽州县',
    lng: 112.84,
    lat: 35.53,
    towns: [
      {
        code: '140525100',
        name: '南村镇',
        lng: 112.79,
        lat: 35.43,
        villages: [
          ['200', '南村村', 2],
          ['201', '冶底村', 2],
          ['202', '东常村', 1],
        ],
      },
      {
        code: '140525102',
        name: '大东沟镇',
        lng: 112.69,
        lat: 35.525,
        villages: [
          ['200', '大东沟村', 2],
          ['201', '贾辿村', 1],
          ['202', '东沟村', 1],
        ],
      },
      {
        code: '140525107',
        name: '高都镇',
        lng: 112.96,
        lat: 35.64,
        villages: [
          ['200', '高都村', 2],
          ['201', '东街村', 1],
          ['202', '保福村', 1],
        ],
      },
      {
        code: '140525108',
        name: '巴公镇',
        lng: 112.87,
        lat: 35.64,
        villages: [
          ['001', '巴公社区', 2],
          ['200', '巴公一村', 2],
          ['201', '渠头村', 2],
          ['202', '西郜村', 1],
        ],
      },
      {
        code: '140525113',
        name: '北义城镇',
        lng: 112.76,
        lat: 35.6,
        villages: [
          ['200', '北义城村', 2],
          ['201', '西黄石村', 1],
          ['202', '南义城村', 1],
        ],
      },
    ],
  },
  {
    code: '140581',
    name: '高平市',
    lng: 112.924,
    lat: 35.798,
    towns: [
      {
        code: '140581001',
        name: '东城街道',
        lng: 112.935,
        lat: 35.8,
        villages: [
          ['001', '康营社区', 2],
          ['002', '仙井社区', 1],
          ['003', '府底社区', 2],
        ],
      },
      {
        code: '140581100',
        name: '米山镇',
        lng: 112.88,
        lat: 35.765,
        villages: [
          ['200', '米山村', 2],
          ['201', '釜山村', 1],
          ['202', '勾要村', 1],
        ],
      },
      {
        code: '140581101',
        name: '三甲镇',
        lng: 112.955,
        lat: 35.855,
        villages: [
          ['200', '三甲南村', 2],
          ['201', '邢村', 1],
          ['202', '赵庄村', 1],
        ],
      },
      {
        code: '140581103',
        name: '陈区镇',
        lng: 113.01,
        lat: 35.87,
        villages: [
          ['200', '陈区村', 2],
          ['201', '铺上村', 1],
          ['202', '王家村', 1],
        ],
      },
      {
        code: '140581108',
        name: '寺庄镇',
        lng: 112.83,
        lat: 35.835,
        villages: [
          ['200', '寺庄村', 2],
          ['201', '王报村', 1],
          ['202', '伯方村', 2],
        ],
      },
    ],
  },
  {
    // 140571 is the statistical code (统计用区划代码) used for 晋城经济技术开发区; the zone is not a GB/T 2260
    // division. Its sub-districts and town are those it administers (托管); their codes under 140571 are demo data.
    code: '140571',
    name: '晋城经济技术开发区',
    lng: 112.9,
    lat: 35.49,
    isDevelopmentZone: true,
    towns: [
      {
        code: '140571001',
        name: '钟家庄街道',
        lng: 112.9,
        lat: 35.47,
        villages: [
          ['001', '钟家庄社区', 2],
          ['002', '兰花社区', 1],
          ['003', '金匠社区', 1],
        ],
      },
      {
        code: '140571002',
        name: '西上庄街道',
        lng: 112.79,
        lat: 35.485,
        villages: [
          ['001', '西上庄社区', 2],
          ['002', '天泽社区', 1],
        ],
      },
      {
        code: '140571100',
        name: '北石店镇',
        lng: 112.905,
        lat: 35.52,
        villages: [
          ['001', '北石店社区', 2],
          ['200', '司徒村', 2],
          ['201', '吕匠村', 1],
        ],
      },
    ],
  },
];
