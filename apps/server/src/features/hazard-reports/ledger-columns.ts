import { MESSAGES } from '@redline/contracts';
import {
  HAZARD_CATEGORIES,
  HAZARD_CHECK_KINDS,
  HAZARD_LEVELS,
  HAZARD_SOURCES,
  HAZARD_STANDARDS,
  HAZARD_TYPES,
  LEDGER_STATES,
} from '@redline/domain';

/** One column of the hazard ledger (隐患台账) template: zh-CN header, English name, the field it fills, notes. */
export type LedgerColumn = {
  key: string;
  header: string;
  en: string;
  required?: boolean;
  /** Cells stored as text in the template (codes keep their leading zeros). */
  text?: boolean;
  example: string;
  note: string;
  /** The drop-down of the template, when the column takes words from a list. */
  choices?: string[];
};

/** Words accepted for each code of a list: the code, its zh-CN and English labels, and common ledger synonyms. */
export function wordsFor(codes: readonly string[], prefix: string, synonyms: Record<string, string[]> = {}) {
  const words = new Map<string, string>();
  for (const code of codes) {
    const label = MESSAGES[`${prefix}.${code}`];
    for (const word of [code, label?.['zh-CN'], label?.en, ...(synonyms[code] ?? [])]) {
      if (word) words.set(word.toLowerCase(), code);
    }
  }
  return words;
}

const zh = (prefix: string, code: string) => MESSAGES[`${prefix}.${code}`]?.['zh-CN'] ?? code;

export const LEVEL_WORDS = wordsFor(HAZARD_LEVELS, 'hazard.level', {
  ordinary: ['一般', '一般事故隐患'],
  major: ['重大', '重大事故隐患'],
});
export const SOURCE_WORDS = wordsFor(HAZARD_SOURCES, 'hazard.source', {
  self_inspection: ['自查'],
  public_report: ['举报'],
});
export const CATEGORY_WORDS = wordsFor(HAZARD_CATEGORIES, 'hazard.category', {
  unsafe_condition: ['物的不安全状态', '不安全状态'],
  unsafe_behaviour: ['不安全行为'],
  management_defect: ['管理缺陷'],
});
export const TYPE_WORDS = wordsFor(Object.keys(HAZARD_TYPES), 'hazard.type');
export const CHECK_KIND_WORDS = wordsFor(Object.keys(HAZARD_CHECK_KINDS), 'hazard.checkKind');
export const STATE_WORDS = wordsFor(LEDGER_STATES, 'hazard.state', {
  reported: ['未整改', '待整改'],
  awaiting_verification: ['已整改待验收', '整改完成'],
  written_off: ['已整改', '已验收', '已验收销号', '销号'],
});
export const MODE_WORDS = new Map<string, 'immediate' | 'by_deadline'>([
  ['立即整改', 'immediate'],
  ['即查即改', 'immediate'],
  ['immediate', 'immediate'],
  ['限期整改', 'by_deadline'],
  ['by_deadline', 'by_deadline'],
  ['by deadline', 'by_deadline'],
]);
/** Standards by code or by title (with or without 《》). */
export const STANDARD_WORDS = new Map<string, string>(
  HAZARD_STANDARDS.flatMap((s) => [
    [s.code.toLowerCase(), s.code],
    [s.title.toLowerCase(), s.code],
    [s.title.replace(/[《》]/g, '').toLowerCase(), s.code],
  ]),
);

const col = (
  key: string,
  header: string,
  en: string,
  example: string,
  note: string,
  extra: Partial<LedgerColumn> = {},
): LedgerColumn => ({ key, header, en, example, note, ...extra });

const DATE_NOTE = '日期，格式 YYYY-MM-DD（如 2026-03-05），也可填 Excel 日期';

/**
 * The columns of the ledger template, in order. A file may hold them in any order and leave optional ones out; the
 * header is matched by the zh-CN text (ignoring spaces, `*` and a remark in brackets) or the English key.
 */
export const LEDGER_COLUMNS: LedgerColumn[] = [
  col(
    'ledgerNumber',
    '原台账编号',
    'Ledger number',
    'TZ-2026-001',
    '可空；原台账中的编号。同一企业（或区划）下已导入过的编号不会再次导入',
    {
      text: true,
    },
  ),
  col('title', '隐患名称', 'Title', '配电箱门未关闭', '最多 100 字', { required: true }),
  col('description', '隐患描述', 'Description', '二号车间配电箱门敞开，无警示标识', '可空，最多 2000 字'),
  col('foundOn', '发现日期', 'Found on', '2026-03-05', `${DATE_NOTE}；不晚于今天`, { required: true }),
  col(
    'source',
    '隐患来源',
    'Source',
    zh('hazard.source', 'self_inspection'),
    '网格巡查、企业自查、部门检查、暗查暗访、第三方诊断、群众举报、专项整治、其他',
    {
      required: true,
      choices: HAZARD_SOURCES.map((s) => zh('hazard.source', s)),
    },
  ),
  col(
    'enterpriseUscc',
    '企业统一社会信用代码',
    'Enterprise credit code',
    '',
    '可空；系统中已登记、且在本账号数据范围内的企业。填写后区划、网格、行业领域默认取企业的；企业账号可不填（即本企业）',
    { text: true },
  ),
  col(
    'regionCode',
    '所属区划代码',
    'Region code',
    '140525108',
    '未填企业时必填；6、9 或 12 位区划代码，须在本账号数据范围内',
    {
      text: true,
    },
  ),
  col('gridCode', '网格编码', 'Grid code', '', '可空；须位于所属区划之内', { text: true }),
  col('sectorCode', '行业领域', 'Sector', '', '可空；行业领域的中文名称或代码（见“填写说明”）'),
  col(
    'category',
    '隐患类别',
    'Category',
    zh('hazard.category', 'unsafe_condition'),
    '可空；物的不安全状态、人的不安全行为、管理上的缺陷',
    {
      choices: HAZARD_CATEGORIES.map((c) => zh('hazard.category', c)),
    },
  ),
  col(
    'hazardType',
    '隐患类型',
    'Hazard type',
    zh('hazard.type', 'electrical'),
    '可空；安全、工艺、电气、仪表、消防、总图、设备、其他',
    {
      choices: Object.keys(HAZARD_TYPES).map((t) => zh('hazard.type', t)),
    },
  ),
  col(
    'checkKind',
    '排查类型',
    'Check kind',
    zh('hazard.checkKind', 'daily'),
    '可空；日常排查、综合性排查、专业性排查、季节性排查等',
  ),
  col('level', '隐患等级', 'Level', '一般隐患', '一般隐患或重大隐患；状态为整改中、待验收、已销号时必填', {
    choices: HAZARD_LEVELS.map((l) => zh('hazard.level', l)),
  }),
  col(
    'basisStandard',
    '判定依据标准',
    'Determination standard',
    '',
    '重大隐患必填；判定标准的名称或代码（见“填写说明”）',
  ),
  col('basisArticle', '判定依据条款', 'Determination article', '', '重大隐患必填；判定标准中的条款（见“填写说明”）'),
  col('locationText', '隐患位置', 'Location', '二号车间东侧', '可空，最多 200 字'),
  col('state', '当前状态', 'State', '已销号', '待受理、整改中、待验收、已销号；空为待受理', {
    choices: LEDGER_STATES.map((s) => zh('hazard.state', s)),
  }),
  col(
    'rectificationMode',
    '整改方式',
    'Rectification',
    '限期整改',
    '立即整改或限期整改；空时有整改期限的为限期整改，否则为立即整改。重大隐患只能限期整改',
    {
      choices: ['立即整改', '限期整改'],
    },
  ),
  col(
    'deadline',
    '整改期限',
    'Deadline',
    '2026-03-20',
    `限期整改时必填；${DATE_NOTE}，或 YYYY-MM-DD HH:mm；只写日期时为当天 24 时`,
  ),
  col('measures', '整改措施', 'Measures', '关闭配电箱门并加锁，张贴警示标识', '限期整改时必填（五落实）'),
  col('responsiblePerson', '整改责任人', 'Responsible person', '张三', '限期整改时必填（五落实）'),
  col('funds', '整改资金（元）', 'Funds (CNY)', '500', '限期整改时必填（五落实）；数字'),
  col(
    'contingencyPlan',
    '应急措施',
    'Contingency plan',
    '设置警戒区，专人看护',
    '限期整改时必填（五落实：整改期间的安全防范和应急措施）',
  ),
  col('completedOn', '整改完成日期', 'Completed on', '2026-03-18', `待验收、已销号时必填；${DATE_NOTE}`),
  col('fundsSpent', '实际投入资金（元）', 'Funds spent (CNY)', '480', '可空；数字'),
  col('writtenOffOn', '销号日期', 'Written off on', '2026-03-19', `已销号时必填；${DATE_NOTE}`),
  col(
    'currentCondition',
    '隐患现状',
    'Current condition',
    '',
    '重大隐患整改中及以后必填（第16号令第十四条：隐患的现状）',
  ),
  col('causes', '产生原因', 'Causes', '', '重大隐患必填（隐患的产生原因）'),
  col('harmAndDifficultyAnalysis', '危害程度和整改难易程度分析', 'Harm and difficulty', '', '重大隐患必填'),
  col('objectives', '治理目标和任务', 'Objectives', '', '重大隐患必填（第16号令第十五条治理方案）'),
  col('materials', '经费和物资落实', 'Materials', '', '重大隐患必填'),
  col('responsibleOrganisation', '负责治理的机构', 'Responsible organisation', '', '重大隐患必填'),
  col('rectificationRequirements', '治理时限和要求', 'Requirements', '', '重大隐患必填'),
  col('safetyMeasures', '安全措施', 'Safety measures', '', '重大隐患必填（治理期间的安全措施）'),
];

/** The column a contract field's problem belongs to (a problem on `enterpriseId` is on the credit-code column). */
export const COLUMN_OF_FIELD: Record<string, string> = {
  enterpriseId: 'enterpriseUscc',
  determinationBasis: 'basisStandard',
  deadline: 'deadline',
  place: 'regionCode',
};

export const columnOf = (key: string) => LEDGER_COLUMNS.find((c) => c.key === key);

/** Header cells compare without spaces, a required mark (`*`) or a remark in brackets. */
const normalise = (text: string) =>
  text
    .replace(/[（(][^）)]*[）)]/g, '')
    .replace(/[\s*＊]/g, '')
    .toLowerCase();

/** Finds each column in the header row; lists the required ones missing. */
export function matchLedgerColumns(header: string[]) {
  const positions = new Map<string, number>();
  header.forEach((cell, i) => {
    const key = normalise(cell);
    if (!positions.has(key)) positions.set(key, i);
  });
  const index = new Map<string, number>();
  for (const c of LEDGER_COLUMNS) {
    const at = positions.get(normalise(c.header)) ?? positions.get(c.key.toLowerCase());
    if (at !== undefined) index.set(c.key, at);
  }
  return { index, missing: LEDGER_COLUMNS.filter((c) => c.required && !index.has(c.key)) };
}
