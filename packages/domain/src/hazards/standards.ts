import { err, ok, type Result } from '../result';

/**
 * The major-hazard determination standards (重大事故隐患判定标准) as data, from domain-reference §3 rows 1–14. A
 * major hazard names its determination basis (判定依据): a standard `code` and a criterion `article` from here.
 *
 * Sources and limits:
 * - Every title, document number, issuer and date is as §3 gives it; `unconfirmed` lists what §3 marks UNCONFIRMED.
 * - Criteria are paraphrased from §3's example criteria, never from memory of the full texts. §3 rarely gives article
 *   numbers, so an `article` is a stable item label: `示例N` (example N of that standard in §3), or `第四条·示例N`
 *   where §3 places the item in an article (coal mines Art. 4; urban gas Arts. 4 and 5). A label never changes once
 *   hazards cite it; when the full texts are checked, the exact article goes into a new criterion beside it.
 * - Rows 15 (水利) and 16 (渔业船舶) are left out: §3 found neither document nor any criterion, and a basis must
 *   cite an article, so an entry without criteria could never be chosen. They are added when their texts are found.
 * - The 电力 standard's row in §3 gives only its scope (which plants and grids it covers), so its criteria here are
 *   those scope items, marked `unconfirmed`, until the text is checked.
 *
 * Cross-sector rule (§3, last paragraph): the 工贸 and 电力 standards say that for hazardous-chemical, fire, gas and
 * special-equipment issues the sector-specific standard prevails. Those two carry the prevailing standards in
 * `defersTo`, and `standardsForSector` offers them too.
 */
export type HazardCriterion = {
  /** Stable label within its standard (see above); the `article` of a determination basis. */
  article: string;
  zh: string;
  en: string;
  /** §3 marks the item UNCONFIRMED, or has it from secondary summaries only. */
  unconfirmed?: true;
};

export type HazardStandard = {
  /** Stable slug, stored on hazards as the basis's `standard`. */
  code: string;
  /** Title as in §3 (zh-CN). */
  title: string;
  /** 文号 or standard number as in §3; null where §3 has none. */
  documentNumber: string | null;
  issuer: string;
  /** Date of signing, adoption or publication as precise as §3 gives it (YYYY, YYYY-MM or YYYY-MM-DD). */
  issued: string | null;
  /** In force from (YYYY-MM-DD), where §3 gives it. */
  inForce: string | null;
  /** The document this one replaces, where §3 says so. */
  replaces?: string;
  /** Sector codes of the sector catalogue (apps/server/src/features/sectors/catalogue.ts) it applies to. */
  sectorCodes: readonly string[];
  /** Standards that prevail over this one for their subjects (the cross-sector rule). */
  defersTo?: readonly string[];
  /** What §3 marks UNCONFIRMED about this entry, and why. */
  unconfirmed?: {
    fields: ReadonlyArray<'documentNumber' | 'issued' | 'inForce' | 'edition' | 'criteria'>;
    note: string;
  };
  criteria: readonly HazardCriterion[];
};

const INDUSTRY_TRADE_SECTORS = [
  'industry_trade',
  'metallurgy',
  'non_ferrous',
  'building_materials',
  'machinery',
  'light_industry',
  'textiles',
  'tobacco',
  'commerce',
] as const;

/** For hazardous-chemical, fire, gas and special-equipment issues these prevail (§3 cross-sector rule). */
const PREVAILING_SPECIALIST_STANDARDS = [
  'hazardous_chemicals_2017',
  'fire_gb35181_2025',
  'urban_gas_2023',
  'special_equipment_gb45067_2024',
] as const;

export const HAZARD_STANDARDS: readonly HazardStandard[] = [
  {
    code: 'industry_trade_2023',
    title: '《工贸企业重大事故隐患判定标准》',
    documentNumber: '应急管理部令第10号',
    issuer: '应急管理部',
    issued: '2023-04-14',
    inForce: '2023-05-15',
    replaces: '2017年版（59项）',
    sectorCodes: INDUSTRY_TRADE_SECTORS,
    defersTo: PREVAILING_SPECIALIST_STANDARDS,
    criteria: [
      {
        article: '示例1',
        zh: '未对承包单位、承租单位的安全生产工作统一协调、管理，或者未定期进行安全检查',
        en: 'Contractors or lessees not coordinated and managed as one, or not safety-checked regularly',
      },
      {
        article: '示例2',
        zh: '特种作业人员未按照规定经专门的安全作业培训并取得相应资格，上岗作业',
        en: 'Special-operations workers at work without the required training and certificate',
      },
      {
        article: '示例3',
        zh: '金属冶炼企业主要负责人、安全生产管理人员未按照规定经考核合格',
        en: 'Principal or safety managers of a metal-smelting firm not assessed as qualified',
      },
      {
        article: '示例4',
        zh: '氨制冷：包装、分割、产品整理场所的空调系统采用氨直接蒸发制冷',
        en: 'Ammonia refrigeration: direct-evaporation ammonia air-conditioning in packing, cutting or finishing areas',
      },
      {
        article: '示例5',
        zh: '快速冻结装置未设置在单独的作业间内，或者作业间内作业人员超过9人',
        en: 'Quick-freezing device not in a separate room, or more than 9 workers in that room',
      },
      {
        article: '示例6',
        zh: '有毒有害有限空间未辨识、未建立台账、未设置警示标志，或者未执行作业审批、未落实"先通风、再检测、后作业"',
        en: 'Toxic confined spaces not identified, logged or signed, or work without a permit or without "ventilate, then test, then work"',
      },
    ],
  },
  {
    code: 'coal_mine_2020',
    title: '《煤矿重大事故隐患判定标准》',
    documentNumber: '应急管理部令第4号',
    issuer: '应急管理部',
    issued: '2020-11-20',
    inForce: '2021-01-01',
    replaces: '原安监总局令第85号（2015年）',
    sectorCodes: ['coal_mine'],
    criteria: [
      {
        // §3: "Art. 4 gives detail (e.g. annual output over approved capacity)".
        article: '第四条·示例1',
        zh: '超能力、超强度或者超定员组织生产（如年产量超过核定生产能力）',
        en: 'Producing over capacity, over intensity or over staffing (e.g. annual output over the approved capacity)',
      },
      { article: '示例2', zh: '瓦斯超限作业', en: 'Working with gas over the limit' },
      {
        article: '示例3',
        zh: '煤与瓦斯突出矿井未依照规定实施防突出措施',
        en: 'Outburst-prone mine not applying the anti-outburst measures',
      },
      {
        article: '示例4',
        zh: '高瓦斯矿井未建立并正常使用瓦斯抽采系统和监控系统',
        en: 'High-gas mine without working gas drainage and monitoring systems',
      },
      { article: '示例5', zh: '未按规定实行双回路供电', en: 'No dual-circuit power supply' },
      {
        article: '示例6',
        zh: '超层越界开采',
        en: 'Mining beyond the licensed seam or boundary',
      },
      { article: '示例7', zh: '建设项目边建设边生产', en: 'Building and producing at the same time' },
    ],
  },
  {
    code: 'metal_nonmetal_mine_2022',
    title: '《金属非金属矿山重大事故隐患判定标准》',
    documentNumber: '矿安〔2022〕88号',
    issuer: '国家矿山安全监察局',
    issued: '2022-07-08',
    inForce: '2022-09-01',
    replaces: '安监总管一〔2017〕98号（试行）',
    sectorCodes: ['non_coal_mine'],
    criteria: [
      {
        article: '示例1',
        zh: '地下矿山直达地面的独立安全出口少于2个，或者安全出口未按设计设置',
        en: 'Underground mine with fewer than 2 independent exits to the surface, or exits not as designed',
      },
      {
        article: '示例2',
        zh: '地下矿山仅有2个安全出口且间距小于30米',
        en: 'Underground mine with only 2 exits less than 30 m apart',
      },
      {
        article: '示例3',
        zh: '使用国家明令禁止使用的设备、材料或者工艺',
        en: 'Using banned equipment, materials or processes',
      },
      {
        article: '示例4',
        zh: '相邻不同主体矿山的井巷相互贯通',
        en: 'Workings of mines of different owners interconnected',
      },
      {
        article: '示例5',
        zh: '未按规定更新现状图纸（生产矿山每3个月、基建矿山每月）',
        en: 'Current drawings not updated (every 3 months for producing mines, monthly for mines under construction)',
      },
      {
        article: '示例6',
        zh: '井口标高高出历史最高洪水位不足1米且无防护措施',
        en: 'Wellhead less than 1 m above the historic flood level without protection',
      },
      {
        article: '示例7',
        zh: '入井人员未随身携带便携式气体检测报警仪或者自救器',
        en: 'Portable gas detectors or self-rescuers not carried underground',
      },
      {
        article: '示例8',
        zh: '露天矿山未采用自上而下、分台阶开采，或者边坡角大于设计',
        en: 'Open pit not mined top-down in benches, or slope angle steeper than designed',
      },
      {
        article: '示例9',
        zh: '尾矿库坝坡陡于设计，或者超设计坝高、库容运行',
        en: 'Tailings dam slope steeper than designed, or operated above design height or capacity',
      },
    ],
  },
  {
    code: 'hazardous_chemicals_2017',
    title: '《化工和危险化学品生产经营单位重大生产安全事故隐患判定标准(试行)》',
    documentNumber: '安监总管三〔2017〕121号',
    issuer: '原国家安全生产监督管理总局',
    issued: '2017-11',
    inForce: null,
    sectorCodes: ['hazardous_chemicals'],
    criteria: [
      {
        article: '示例1',
        zh: '危险化学品生产、经营单位主要负责人和安全生产管理人员未依法经考核合格',
        en: 'Principal or safety managers of a hazchem producer or trader not assessed as qualified',
      },
      {
        article: '示例2',
        zh: '特种作业人员未持证上岗',
        en: 'Special-operations workers without certificates',
      },
      {
        article: '示例3',
        zh: '涉及"两重点一重大"的生产装置、储存设施外部安全防护距离不符合要求',
        en: 'Plants or stores involving the "two key points, one major" lacking the external safety distance',
      },
      {
        article: '示例4',
        zh: '涉及重点监管危险化工工艺的装置未实现自动化控制，未设置紧急停车系统，或者未投入使用',
        en: 'Key-supervised hazardous processes without automatic control or emergency shutdown, or not in use',
      },
      {
        article: '示例5',
        zh: '一级、二级重大危险源罐区未设置紧急切断，或者毒性、液化、剧毒气体罐区未配备独立的安全仪表系统',
        en: 'Class 1 or 2 major hazard-source tank farm without emergency cut-off, or toxic/liquefied gas farm without an independent SIS',
      },
      {
        article: '示例6',
        zh: '全压力式液化烃储罐未按规定设置注水措施',
        en: 'Full-pressure liquefied-hydrocarbon tanks without water injection',
      },
      {
        article: '示例7',
        zh: '液化烃、液氨、液氯等装卸未使用万向管道充装系统',
        en: 'Liquefied hydrocarbons, liquid ammonia or chlorine loaded without universal-joint loading arms',
      },
      {
        article: '示例8',
        zh: '未按规定设置可燃和有毒有害气体泄漏检测报警装置',
        en: 'Flammable or toxic gas detection alarms missing',
      },
      {
        article: '示例9',
        zh: '爆炸危险场所未按规定使用防爆电气设备',
        en: 'Non-explosion-proof electrical equipment in explosive areas',
      },
      {
        article: '示例10',
        zh: '未按规定设置双重电源或者不间断电源（UPS）',
        en: 'No dual power supply or UPS',
      },
    ],
  },
  {
    code: 'fireworks_2017',
    title: '《烟花爆竹生产经营单位重大生产安全事故隐患判定标准(试行)》',
    documentNumber: '安监总管三〔2017〕121号',
    issuer: '原国家安全生产监督管理总局',
    issued: '2017-11',
    inForce: null,
    sectorCodes: ['fireworks'],
    unconfirmed: {
      fields: ['criteria'],
      note: '§3 has the items from a summary (10 items); two of the examples are marked UNCONFIRMED there.',
    },
    criteria: [
      {
        article: '示例1',
        zh: '主要负责人、安全生产管理人员未依法经考核合格',
        en: 'Principal or safety managers not assessed as qualified',
      },
      {
        article: '示例2',
        zh: '工（库）房实际存药量超过核定药量',
        en: 'Explosive quantity held in a workshop or store above the approved amount',
      },
      {
        article: '示例3',
        zh: '防静电、防火、防雷设施缺失或者失效',
        en: 'Anti-static, fire-prevention or lightning-protection installations missing or ineffective',
      },
      {
        article: '示例4',
        zh: '工房内作业人员超过核定人数',
        en: 'More workers in a building than the approved number',
        unconfirmed: true,
      },
      {
        article: '示例5',
        zh: '擅自改变工（库）房用途',
        en: 'Use of a workshop or store changed without approval',
        unconfirmed: true,
      },
    ],
  },
  {
    code: 'building_municipal_2022',
    title: '《房屋市政工程生产安全重大事故隐患判定标准(2022版)》',
    documentNumber: '建质规〔2022〕2号',
    issuer: '住房和城乡建设部',
    issued: '2022-04-19',
    inForce: null,
    sectorCodes: ['construction'],
    unconfirmed: {
      fields: ['edition'],
      note: 'A news copy mentions a 2024 edition (announced in December): unchecked.',
    },
    criteria: [
      {
        article: '示例1',
        zh: '施工单位未取得安全生产许可证，或者无资质、超越资质承揽工程',
        en: 'Builder without a safety production licence, or working without or beyond its qualification',
      },
      {
        article: '示例2',
        zh: '塔式起重机、施工升降机等起重机械未经验收合格或者未办理使用登记即投入使用',
        en: 'Hoisting machinery (tower crane, hoist) used before acceptance or without use registration',
      },
      {
        article: '示例3',
        zh: '建筑起重机械的安全装置不齐全或者失效',
        en: 'Safety devices of construction hoisting machinery missing or disabled',
      },
      {
        article: '示例4',
        zh: '悬挑式操作平台未与建筑结构可靠连接',
        en: 'Cantilevered platform not anchored to a stable structure',
      },
      {
        article: '示例5',
        zh: '有限空间作业未履行审批、未培训、未执行"先通风、再检测、后作业"，或者未设专人监护',
        en: 'Confined-space work without permit or training, without "ventilate, then test, then work", or without a watcher',
      },
      {
        article: '示例6',
        zh: '隧道、潮湿、导电粉尘等特殊环境未使用安全电压照明',
        en: 'No safety-voltage lighting in tunnels, damp places or conductive dust',
      },
      { article: '示例7', zh: '拆除工程未按规定顺序施工', en: 'Demolition out of the required sequence' },
    ],
  },
  {
    code: 'urban_gas_2023',
    title: '《城镇燃气经营安全重大隐患判定标准》',
    documentNumber: '建城规〔2023〕4号',
    issuer: '住房和城乡建设部',
    issued: '2023',
    inForce: null,
    sectorCodes: ['urban_gas'],
    unconfirmed: {
      fields: ['documentNumber'],
      note: 'The document number is believed to be 建城规〔2023〕4号 (§3); the notice was reprinted 2023-09-08.',
    },
    criteria: [
      {
        article: '第四条·示例1',
        zh: '未取得燃气经营许可证从事燃气经营活动',
        en: 'Operating without a gas-operation licence',
      },
      {
        article: '第四条·示例2',
        zh: '未建立安全风险分级管控制度',
        en: 'No risk-classification and control system',
      },
      {
        article: '第四条·示例3',
        zh: '未建立事故隐患排查治理制度',
        en: 'No hazard investigation and rectification system',
      },
      { article: '第四条·示例4', zh: '未制定生产安全事故应急预案', en: 'No emergency plan' },
      {
        article: '第四条·示例5',
        zh: '未按规定定期对燃气用户设施进行安全检查',
        en: "No regular safety inspection of users' gas facilities",
      },
      {
        article: '第五条·示例1',
        zh: '场站储罐未设置压力、罐容或者液位监测装置，或者不具有超限报警功能',
        en: 'Station tanks without pressure, volume or level monitoring with over-limit alarm',
      },
      {
        article: '第五条·示例2',
        zh: '未设置超压自动切断和放散装置',
        en: 'No automatic cut-off and venting against over-pressure',
      },
    ],
  },
  {
    code: 'fire_gb35181_2025',
    title: '《重大火灾隐患判定规则》',
    documentNumber: 'GB 35181-2025',
    issuer: '国家市场监督管理总局、国家标准化管理委员会（国家消防救援局提出）',
    issued: '2025-04-25',
    inForce: '2025-11-01',
    replaces: 'GB 35181-2017《重大火灾隐患判定方法》',
    sectorCodes: ['fire_safety', 'crowded_places'],
    unconfirmed: {
      fields: ['criteria'],
      note:
        '§3 gives the items of the 2017 edition (direct and composite determination); the 2025 edition adds terms ' +
        'and changed the composite thresholds, so each item is to be checked against the 2025 text.',
    },
    criteria: [
      {
        article: '示例1',
        zh: '直接判定：生产、储存、装卸易燃易爆危险品的工厂、仓库和专用车站、码头未设置在城市边缘或者相对独立的安全地带',
        en: 'Direct: hazardous-goods plant, store or terminal not at the city edge or in an isolated safe area',
      },
      {
        article: '示例2',
        zh: '直接判定：易燃易爆危险品场所与人员密集场所、居住场所设置在同一建筑物内，或者防火间距小于规定值的75%',
        en: 'Direct: hazardous-goods premises in one building with crowded or residential premises, or separation under 75% of the code value',
      },
      {
        article: '示例3',
        zh: '直接判定：甲、乙类生产场所和仓库设置在地下或者半地下',
        en: 'Direct: class A or B production or storage in a basement',
      },
      {
        article: '示例4',
        zh: '直接判定：人员密集场所安全出口数量不足，或者疏散宽度小于规定值的80%',
        en: 'Direct: crowded premises with too few exits, or exit width under 80% of the code value',
      },
      {
        article: '示例5',
        zh: '直接判定：旅馆、公共娱乐场所、商店、地下人员密集场所未按规定设置自动喷水灭火系统或者火灾自动报警系统',
        en: 'Direct: hotel, entertainment venue, shop or underground crowded place without sprinklers or fire alarm',
      },
      {
        article: '示例6',
        zh: '综合判定要素：未按规定设置消防车道，或者消防车道被堵塞、占用',
        en: 'Composite element: fire lane missing or blocked',
      },
      {
        article: '示例7',
        zh: '综合判定要素：改变防火分区后实际面积大于规定值的50%',
        en: 'Composite element: an altered fire compartment larger than the code value by more than 50%',
      },
      {
        article: '示例8',
        zh: '综合判定要素：防火分区内超过50%的防火门、防火卷帘损坏',
        en: 'Composite element: more than 50% of the fire doors or shutters of a compartment damaged',
      },
    ],
  },
  {
    code: 'road_transport_2023',
    title: '《道路运输企业和城市客运企业安全生产重大事故隐患判定标准(试行)》',
    documentNumber: null,
    issuer: '交通运输部',
    issued: null,
    inForce: '2023-10-01',
    sectorCodes: ['road_transport'],
    unconfirmed: {
      fields: ['documentNumber'],
      note: 'Document number not found; a Hunan compilation pairs it with 交办公路〔2023〕59号, which appears to be the highway-operation standard.',
    },
    criteria: [
      {
        article: '示例1',
        zh: '未取得经营许可或者未备案从事经营，或者超越许可范围、有效期经营',
        en: 'Operating without a licence or filing, or beyond its scope or validity',
      },
      {
        article: '示例2',
        zh: '使用报废、擅自改装、拼装或者检验不合格的车辆从事经营',
        en: 'Using scrapped, altered, assembled or uninspected vehicles',
      },
      {
        article: '示例3',
        zh: '驾驶员"三超一疲劳"问题一个月内未纠正、未处理，或者单次诚信考核扣分达10分以上仍在岗',
        en: 'Drivers\' "three overs and one fatigue" not corrected or punished within a month, or a driver with a single deduction of 10 points or more kept on duty',
      },
      {
        article: '示例4',
        zh: '在橙色及以上台风预警或者红色雨雪雾等预警期间违反停运要求继续运营',
        en: 'Operating during an orange-or-higher typhoon or red rain, snow or fog warning against stop orders',
      },
      {
        article: '示例5',
        zh: '800公里以上客运班线未进行风险评估，或者未执行凌晨2时至5时停车休息或者接驳运输',
        en: 'Coach line of 800 km or more without risk assessment, or without the 02:00–05:00 rest or relay',
      },
    ],
  },
  {
    code: 'highway_operation_2023',
    title: '《公路运营领域重大事故隐患判定标准》',
    documentNumber: '交办公路〔2023〕59号',
    issuer: '交通运输部',
    issued: '2023',
    inForce: null,
    sectorCodes: ['road_transport'],
    unconfirmed: {
      fields: ['documentNumber'],
      note: 'The pairing with 交办公路〔2023〕59号 comes from a provincial compilation only.',
    },
    criteria: [
      // §3 names "bridge or tunnel" in one sentence; they are two criteria because each is a separate structure.
      {
        article: '示例1',
        zh: '在役桥梁技术状况评定为5类，既未改造也未封闭交通',
        en: 'In-service bridge rated technical condition class 5, neither rebuilt nor closed',
      },
      {
        article: '示例2',
        zh: '在役隧道技术状况评定为5类，既未改造也未封闭交通',
        en: 'In-service tunnel rated technical condition class 5, neither rebuilt nor closed',
      },
      {
        article: '示例3',
        zh: '路侧净区内有高速铁路、高速公路、高压铁塔、危险化学品仓储等危险，未按建设期标准设置防护',
        en: 'Roadside hazards (high-speed rail, expressway, HV tower, hazchem store) within the clear zone without barriers to construction-period standard',
      },
    ],
  },
  {
    code: 'highway_waterway_construction_2025',
    title: '《公路水运工程生产安全重大事故隐患判定标准》',
    documentNumber: '交办安监〔2025〕28号',
    issuer: '交通运输部办公厅',
    issued: '2025-04-14',
    inForce: null,
    sectorCodes: ['construction'],
    criteria: [
      {
        article: '示例1',
        zh: '施工单位无有效资质或者安全生产许可证',
        en: 'Builder without a valid qualification or safety production licence',
      },
      {
        article: '示例2',
        zh: '主要负责人、项目负责人、专职安全生产管理人员无有效安全生产考核合格证书',
        en: 'Principal, project or safety managers without a valid assessment certificate',
      },
      {
        article: '示例3',
        zh: '危险性较大的分部分项工程未编制、审核或者论证专项施工方案',
        en: 'Special plan of a high-risk sub-project not prepared, reviewed or checked',
      },
    ],
  },
  {
    code: 'special_equipment_gb45067_2024',
    title: '《特种设备重大事故隐患判定准则》',
    documentNumber: 'GB 45067-2024',
    issuer: '国家市场监督管理总局',
    issued: '2024-11-28',
    inForce: '2024-12-01',
    sectorCodes: ['special_equipment', 'tourist_sites'],
    unconfirmed: {
      fields: ['issued', 'inForce', 'criteria'],
      note:
        'Dates from news reports; criteria from secondary summaries only. Covers boilers, pressure vessels ' +
        '(incl. cylinders), pressure piping, lifts, lifting machinery, passenger ropeways, amusement rides and ' +
        'in-plant vehicles.',
    },
    criteria: [
      {
        article: '示例1',
        zh: '电梯未经定期检验继续使用',
        en: 'Lift in use without its periodic inspection',
        unconfirmed: true,
      },
      {
        article: '示例2',
        zh: '制动器存在故障未修复继续使用',
        en: 'Brake faults not repaired, equipment still in use',
        unconfirmed: true,
      },
      {
        article: '示例3',
        zh: '压力容器安全附件失效',
        en: 'Pressure vessel safety accessories failed',
        unconfirmed: true,
      },
    ],
  },
  {
    code: 'electric_power_2022',
    title: '《重大电力安全隐患判定标准(试行)》',
    documentNumber: '国能综通安全〔2022〕123号',
    issuer: '国家能源局综合司',
    issued: '2022-12-29',
    inForce: null,
    sectorCodes: ['electric_power'],
    defersTo: PREVAILING_SPECIALIST_STANDARDS,
    unconfirmed: {
      fields: ['criteria'],
      note: '§3 gives only the scope of the standard; the criteria below are its scope items until the text is checked.',
    },
    criteria: [
      {
        article: '示例1',
        zh: '涉及330千伏及以上电网设备的安全隐患',
        en: 'A hazard on grid equipment of 330 kV or above',
        unconfirmed: true,
      },
      {
        article: '示例2',
        zh: '涉及30万千瓦及以上燃煤、水电机组，或者20万千瓦及以上燃气机组的安全隐患',
        en: 'A hazard on a coal or hydro unit of 300 MW or above, or a gas unit of 200 MW or above',
        unconfirmed: true,
      },
      {
        article: '示例3',
        zh: '涉及核电厂常规岛的安全隐患',
        en: 'A hazard on the conventional island of a nuclear plant',
        unconfirmed: true,
      },
      {
        article: '示例4',
        zh: '涉及30万千瓦及以上风电场、光伏电站的安全隐患',
        en: 'A hazard at a wind or PV plant of 300 MW or above',
        unconfirmed: true,
      },
      {
        article: '示例5',
        zh: '涉及NB/T 10096-2018所列危险性较大的分部分项工程的安全隐患',
        en: 'A hazard in a high-risk sub-project listed in NB/T 10096-2018',
        unconfirmed: true,
      },
    ],
  },
  {
    code: 'civil_explosives_2023',
    title: '《民用爆炸物品行业重大事故隐患判定标准(试行)》',
    documentNumber: '工信厅安全函〔2023〕337号',
    issuer: '工业和信息化部办公厅',
    issued: '2023-12-01',
    inForce: null,
    sectorCodes: ['civil_explosives'],
    criteria: [
      {
        article: '示例1',
        zh: '许可证缺失或者过期，或者安全评价结论为"不合格"',
        en: 'Licence missing or expired, or safety assessment "unqualified"',
      },
      {
        article: '示例2',
        zh: '未设置安全生产管理机构、未配备专职安全生产管理人员或者注册安全工程师',
        en: 'No safety organisation, safety staff or registered safety engineer',
      },
      {
        article: '示例3',
        zh: '主要负责人、安全生产管理人员未经考核合格，或者特种作业人员未持证上岗',
        en: 'Principal or safety managers not qualified, or special operators without certificates',
      },
      {
        article: '示例4',
        zh: '超许可能力、时间、储存量或者定员生产、储存',
        en: 'Exceeding the licensed quantity, time, storage or staffing',
      },
      {
        article: '示例5',
        zh: '危险性建筑物防爆、防火、防雷设施缺失',
        en: 'Explosion, fire or lightning protection missing in hazardous buildings',
      },
    ],
  },
];

export function findStandard(code: string): HazardStandard | undefined {
  return HAZARD_STANDARDS.find((standard) => standard.code === code);
}

/**
 * Checks a major hazard's determination basis against the catalogue: `HAZARD.UNKNOWN_STANDARD` {standard} when the
 * standard is not in it, `HAZARD.UNKNOWN_ARTICLE` {standard, article} when the article is not one of its criteria.
 */
export function checkDeterminationBasis(basis: {
  standard: string;
  article: string;
}): Result<{ standard: HazardStandard; criterion: HazardCriterion }> {
  const standard = findStandard(basis.standard);
  if (!standard) return err('HAZARD.UNKNOWN_STANDARD', { standard: basis.standard });
  const criterion = standard.criteria.find((c) => c.article === basis.article);
  if (!criterion) return err('HAZARD.UNKNOWN_ARTICLE', { standard: basis.standard, article: basis.article });
  return ok({ standard, criterion });
}

/**
 * The standards a hazard in `sectorCode` may be determined by, in catalogue order: the sector's own standards, then
 * the standards they defer to for hazardous-chemical, fire, gas and special-equipment issues (§3 cross-sector rule).
 * The 工贸 sub-sectors are listed on the 工贸 standard itself, so `metallurgy` finds it directly.
 */
export function standardsForSector(sectorCode: string): HazardStandard[] {
  const own = HAZARD_STANDARDS.filter((standard) => standard.sectorCodes.includes(sectorCode));
  const deferred = new Set(own.flatMap((standard) => standard.defersTo ?? []));
  const extra = HAZARD_STANDARDS.filter((standard) => deferred.has(standard.code) && !own.includes(standard));
  return [...own, ...extra];
}
