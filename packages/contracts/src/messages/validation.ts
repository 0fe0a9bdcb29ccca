import type { Message } from './catalogue';

/** Field-level validation messages: zod issue kinds and the domain rules' codes. */
export const validationMessages: Record<string, Message> = {
  'VALIDATION.REQUIRED': { 'zh-CN': '{field}为必填项。', en: '{field} is required.' },
  'VALIDATION.INVALID_TYPE': { 'zh-CN': '{field}的类型不正确。', en: '{field} has the wrong type.' },
  'VALIDATION.TOO_LONG': { 'zh-CN': '{field}最多 {max} 个字符。', en: '{field} must be at most {max} characters.' },
  'VALIDATION.TOO_SHORT': { 'zh-CN': '{field}至少 {min} 个字符。', en: '{field} must be at least {min} characters.' },
  'VALIDATION.TOO_BIG': { 'zh-CN': '{field}不能大于 {max}。', en: '{field} must be at most {max}.' },
  'VALIDATION.TOO_SMALL': { 'zh-CN': '{field}不能小于 {min}。', en: '{field} must be at least {min}.' },
  'VALIDATION.TOO_MANY': { 'zh-CN': '{field}最多 {max} 项。', en: '{field} allows at most {max} items.' },
  'VALIDATION.INVALID_FORMAT': { 'zh-CN': '{field}格式不正确。', en: '{field} has an invalid format.' },
  'VALIDATION.INVALID_VALUE': { 'zh-CN': '{field}的取值不在允许范围内。', en: '{field} is not an allowed value.' },
  'VALIDATION.UNKNOWN_FIELD': { 'zh-CN': '不支持的字段 {field}。', en: 'Unknown field {field}.' },
  'VALIDATION.NOT_INTEGER': { 'zh-CN': '{field}必须是整数。', en: '{field} must be a whole number.' },
  'VALIDATION.UNKNOWN_REFERENCE': {
    'zh-CN': '{field}引用的记录不存在。',
    en: '{field} refers to a record that does not exist.',
  },
  'VALIDATION.INVALID': { 'zh-CN': '{field}不正确。', en: '{field} is invalid.' },
  'USCC.REQUIRED': { 'zh-CN': '统一社会信用代码为必填项。', en: 'The unified social credit code is required.' },
  'USCC.LENGTH': {
    'zh-CN': '统一社会信用代码应为 18 位，实际 {length} 位。',
    en: 'A unified social credit code has 18 characters, not {length}.',
  },
  'USCC.CHARSET': {
    'zh-CN': '统一社会信用代码第 {position} 位“{char}”不是允许的字符（不含 I、O、Z、S、V）。',
    en: 'Character {position} ("{char}") is not allowed in a credit code (no I, O, Z, S, V).',
  },
  'USCC.CHECK_MISMATCH': {
    'zh-CN': '统一社会信用代码校验位错误：应为 {expected}，实际为 {actual}（GB 32100-2015）。',
    en: 'Credit code check character is wrong: expected {expected}, got {actual} (GB 32100-2015).',
  },
  'REGION.CODE_FORMAT': {
    'zh-CN': '{level}级区划代码格式不正确，应为{expected}。',
    en: 'Invalid {level} code; expected {expected}.',
  },
  'REGION.PARENT_LEVEL': { 'zh-CN': '上级区划的层级不正确。', en: 'The parent region is at the wrong level.' },
  'REGION.PARENT_PREFIX': {
    'zh-CN': '区划代码与上级区划代码不一致。',
    en: "The region code does not start with its parent's code.",
  },
  'PASSWORD.TOO_SHORT': { 'zh-CN': '密码至少 {min} 位。', en: 'The password needs at least {min} characters.' },
  'PASSWORD.TOO_LONG': { 'zh-CN': '密码过长。', en: 'The password is too long.' },
  'PASSWORD.TOO_FEW_CLASSES': {
    'zh-CN': '密码须包含大写字母、小写字母、数字、符号中的至少 {min} 类。',
    en: 'The password needs at least {min} of: upper case, lower case, digits, symbols.',
  },
  'PASSWORD.CONTAINS_USERNAME': {
    'zh-CN': '密码不能包含账号名。',
    en: 'The password must not contain the account name.',
  },
  'ACCOUNT.CANNOT_LOCK_SELF': { 'zh-CN': '不能锁定自己的账号。', en: 'You cannot lock your own account.' },
  'GRID.NOT_IN_VILLAGE': {
    'zh-CN': '网格只能设在村（社区）级区划下。',
    en: 'A grid must sit in a village-level region.',
  },
  'SECTOR.PARENT_NOT_TOP_LEVEL': {
    'zh-CN': '上级行业领域本身不能再有上级（只支持一级子领域）。',
    en: 'The parent sector must be a top-level sector (one level of sub-sectors only).',
  },
  'LEADER.NOT_A_LEADER': {
    'zh-CN': '该账号没有“领导”角色，不能设置分管或包联。',
    en: 'The account does not hold the leader role, so it cannot be given assignments.',
  },
  'ENTERPRISE.GRID_OUTSIDE_REGION': {
    'zh-CN': '网格不在所属区划范围内。',
    en: "The grid is not inside the enterprise's region.",
  },
  'IMPORT.DUPLICATE_IN_FILE': { 'zh-CN': '{field}与第 {row} 行重复。', en: '{field} repeats the one in row {row}.' },
  'IMPORT.NOT_A_SPREADSHEET': {
    'zh-CN': '不是有效的 .xlsx 文件，请用 Excel 或 WPS 另存为 .xlsx 后重试',
    en: 'not a valid .xlsx file; save it as .xlsx from Excel or WPS and retry',
  },
  'IMPORT.NOT_TEXT': {
    'zh-CN': '不是 UTF-8 或 GB18030 编码的 CSV 文本',
    en: 'not CSV text in UTF-8 or GB18030',
  },
  'IMPORT.BAD_CSV': { 'zh-CN': 'CSV 格式有误（第 {line} 行附近）', en: 'malformed CSV near line {line}' },
  'IMPORT.NO_SHEET': { 'zh-CN': '文件中没有工作表', en: 'the file has no worksheet' },
  'IMPORT.MISSING_COLUMNS': {
    'zh-CN': '缺少列：{columns}（请使用导入模板）',
    en: 'missing columns: {columns} (use the import template)',
  },
};
