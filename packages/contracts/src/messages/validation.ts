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
  'VALIDATION.UNKNOWN_REFERENCE': { 'zh-CN': '{field}引用的记录不存在。', en: '{field} refers to a record that does not exist.' },
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
  'PASSWORD.CONTAINS_USERNAME': { 'zh-CN': '密码不能包含账号名。', en: 'The password must not contain the account name.' },
};
