import type { TImportResult } from '@redline/contracts';
import { makeUscc } from '@redline/domain';
import { REGISTER_COLUMNS } from '../risks/register-columns';

export type ImportKind = TImportResult['kind'];

/** One column of an import file: its zh-CN header, the contract field it fills, and its notes for the template. */
export type Column = {
  key: string;
  header: string;
  /** The contract field (request path) a problem in this column is reported on. */
  field: string;
  required?: boolean;
  /** Cells of code-like columns are stored as text in the template, so Excel keeps leading zeros and long digits. */
  text?: boolean;
  example: string;
  note: { 'zh-CN': string; en: string };
};

const col = (
  key: string,
  header: string,
  example: string,
  zh: string,
  en: string,
  extra: Partial<Column> = {},
): Column => ({
  key,
  header,
  field: key,
  example,
  note: { 'zh-CN': zh, en },
  ...extra,
});

export const ENTERPRISE_COLUMNS: Column[] = [
  col(
    'uscc',
    '统一社会信用代码',
    makeUscc('91140502MA0L00001'),
    '18 位，按 GB 32100-2015 校验；系统中已有的代码按重复处理，不会覆盖',
    '18 characters, GB 32100-2015 check; a code already in the system is a duplicate, never overwritten',
    { required: true, text: true },
  ),
  col('name', '企业名称', '示例化工有限公司', '最多 128 字', 'At most 128 characters', { required: true }),
  col(
    'regionCode',
    '所属区划代码',
    '140502001',
    '6、9 或 12 位区划代码，须在本账号数据范围内',
    'A 6, 9 or 12-digit region code inside your data scope',
    { required: true, text: true },
  ),
  col('gridCode', '网格编码', '140502001001-01', '可空；须位于所属区划之内', 'Optional; must lie inside the region', {
    text: true,
  }),
  col('address', '地址', '晋城市城区东街 1 号', '可空，最多 256 字', 'Optional, at most 256 characters'),
  col('lng', '经度', '112.862', '可空；GCJ-02 坐标（高德、腾讯地图）', 'Optional; GCJ-02 (AMap, Tencent Maps)'),
  col('lat', '纬度', '35.497', '可空；GCJ-02 坐标', 'Optional; GCJ-02'),
  col(
    'sectorCodes',
    '行业领域',
    '危险化学品、工贸',
    '一个或多个行业领域的中文名称或代码，用“、”或“,”分隔（见下表）',
    'One or more sector names or codes separated by 、 or , (listed below)',
    { required: true },
  ),
  col(
    'industryCode',
    '国民经济行业代码',
    'C2614',
    '可空；GB/T 4754-2017 代码，如 C2614',
    'Optional; GB/T 4754-2017 code such as C2614',
    { text: true },
  ),
  col('employees', '从业人数', '120', '可空；整数', 'Optional; a whole number'),
  col('principalName', '主要负责人', '张三', '可空', 'Optional'),
  col('principalMobile', '主要负责人电话', '13800000000', '可空；11 位手机号', 'Optional; 11-digit mobile number', {
    text: true,
  }),
  col('safetyManagerName', '安全管理人员', '李四', '可空', 'Optional'),
  col(
    'safetyManagerMobile',
    '安全管理人员电话',
    '13900000000',
    '可空；11 位手机号',
    'Optional; 11-digit mobile number',
    { text: true },
  ),
  col(
    'status',
    '状态',
    '在营',
    '在营、停产整顿、关闭（或 operating、suspended、closed）；空为在营',
    'operating, suspended or closed (or the Chinese words); empty means operating',
  ),
  col(
    'tags',
    '标签',
    '规模以上企业、重大危险源企业',
    '可空；规模以上企业、重大危险源企业、重点监管企业、小微企业，用“、”分隔',
    'Optional; above_designated_size, major_hazard_source, key_supervision, small_micro',
  ),
];

export const PEOPLE_COLUMNS: Column[] = [
  col('name', '姓名', '王五', '最多 32 字', 'At most 32 characters', { required: true }),
  col('mobile', '手机号', '13700000000', '可空；11 位手机号', 'Optional; 11-digit mobile number', { text: true }),
  col('title', '职务', '安全员', '可空', 'Optional'),
  col('regionCode', '所属区划代码', '140502001', '须在本账号数据范围内', 'Inside your data scope', {
    required: true,
    text: true,
  }),
  col(
    'department',
    '所属部门',
    '',
    '可空；本区划或上级区划的部门名称，或部门编号',
    "Optional; a department's name in the region or above, or its id",
    { field: 'departmentId' },
  ),
  col(
    'enterpriseUscc',
    '所属企业统一社会信用代码',
    '',
    '可空；系统中已有企业的统一社会信用代码',
    'Optional; credit code of an enterprise already registered',
    { field: 'enterpriseId', text: true },
  ),
];

export const COLUMNS: Record<ImportKind, Column[]> = {
  enterprises: ENTERPRISE_COLUMNS,
  people: PEOPLE_COLUMNS,
  risk_register: REGISTER_COLUMNS,
};

/** Header cells compare without spaces, a required mark (`*`) or a parenthesised remark: `统一社会信用代码*（必填）`. */
const normalise = (text: string) =>
  text
    .replace(/[（(][^）)]*[）)]/g, '')
    .replace(/[\s*＊]/g, '')
    .toLowerCase();

/** Finds each column in the header row (by its Chinese header, or its English key); lists required ones missing. */
export function matchColumns(columns: Column[], header: string[]) {
  const positions = new Map(header.map((cell, i) => [normalise(cell), i] as const));
  const index = new Map<string, number>();
  for (const c of columns) {
    const at = positions.get(normalise(c.header)) ?? positions.get(c.key.toLowerCase());
    if (at !== undefined) index.set(c.key, at);
  }
  const missing = columns.filter((c) => c.required && !index.has(c.key));
  return { index, missing };
}
