import type { Message } from './catalogue';

export const errorMessages: Record<string, Message> = {
  'REQUEST.VALIDATION': { 'zh-CN': '请求内容有误，请检查标出的字段。', en: 'The request has invalid fields.' },
  'REQUEST.MALFORMED_JSON': { 'zh-CN': '请求体不是有效的 JSON。', en: 'The request body is not valid JSON.' },
  'REQUEST.UNSUPPORTED_MEDIA_TYPE': { 'zh-CN': '不支持的内容类型。', en: 'Unsupported content type.' },
  'REQUEST.TOO_LARGE': { 'zh-CN': '请求体过大。', en: 'The request body is too large.' },
  'REQUEST.RATE_LIMITED': { 'zh-CN': '请求过于频繁，请稍后再试。', en: 'Too many requests; try again later.' },
  'AUTH.REQUIRED': { 'zh-CN': '请先登录。', en: 'Please sign in.' },
  'AUTH.INVALID_CREDENTIALS': { 'zh-CN': '账号或密码错误。', en: 'Wrong account name or password.' },
  'AUTH.LOCKED': {
    'zh-CN': '登录失败次数过多，账号已锁定，请于 {until} 后再试。',
    en: 'Too many failed sign-ins; the account is locked until {until}.',
  },
  'AUTH.ACCOUNT_DISABLED': { 'zh-CN': '账号已被管理员锁定。', en: 'The account has been locked by an administrator.' },
  'AUTH.SESSION_EXPIRED': {
    'zh-CN': '会话已过期，请重新登录。',
    en: 'Your session has expired; please sign in again.',
  },
  'AUTH.CSRF': { 'zh-CN': '安全校验失败，请刷新页面后重试。', en: 'Security check failed; reload the page and retry.' },
  'AUTH.FORBIDDEN': { 'zh-CN': '没有执行此操作的权限。', en: 'You are not allowed to do this.' },
  'AUTH.WRONG_PASSWORD': { 'zh-CN': '当前密码不正确。', en: 'The current password is wrong.' },
  'PASSWORD.POLICY': { 'zh-CN': '密码不符合安全要求。', en: 'The password does not meet the policy.' },
  NOT_FOUND: { 'zh-CN': '记录不存在。', en: 'Not found.' },
  'ROUTE.NOT_FOUND': { 'zh-CN': '接口不存在。', en: 'No such endpoint.' },
  'CONFLICT.DUPLICATE': { 'zh-CN': '{field}已存在。', en: '{field} already exists.' },
  'CONFLICT.IN_USE': { 'zh-CN': '该记录仍被引用，无法删除。', en: 'The record is still in use.' },
  'REGION.INVALID': { 'zh-CN': '行政区划不正确。', en: 'The region is invalid.' },
  'ENTERPRISE.INVALID': { 'zh-CN': '企业信息不正确。', en: 'The enterprise data is invalid.' },
  'SCOPE.OUT_OF_SCOPE': { 'zh-CN': '超出本账号的数据范围。', en: "Outside this account's data scope." },
  'IMPORT.INVALID_ROWS': {
    'zh-CN': '有 {count} 行数据不合格，未导入任何数据。',
    en: '{count} rows are invalid; nothing was imported.',
  },
  'IMPORT.UNREADABLE_FILE': { 'zh-CN': '无法读取文件：{reason}', en: 'Cannot read the file: {reason}' },
  'CASE.STALE_VERSION': {
    'zh-CN': '该事项已被他人更新（当前版本 {current}），请刷新后重试。',
    en: 'The case was changed by someone else (now version {current}); reload and retry.',
  },
  'CASE.INVALID_TRANSITION': {
    'zh-CN': '事项当前状态（{from}）不能执行“{transition}”。',
    en: 'The case cannot take "{transition}" from its current state ({from}).',
  },
  'CASE.UNKNOWN_TRANSITION': { 'zh-CN': '没有“{transition}”这一操作。', en: 'There is no transition "{transition}".' },
  'CASE.ROLE_NOT_ALLOWED': {
    'zh-CN': '您的角色不能执行“{transition}”。',
    en: 'Your role may not take "{transition}".',
  },
  'CASE.RELATION_NOT_ALLOWED': {
    'zh-CN': '只有相应的责任或监管单位才能执行“{transition}”。',
    en: 'Only the responsible or supervising unit may take "{transition}".',
  },
  'CASE.COMMENT_REQUIRED': { 'zh-CN': '请填写说明或理由。', en: 'A comment or reason is required.' },
  'CASE.EVIDENCE_REQUIRED': {
    'zh-CN': '至少需要 {min} 份证据材料（{phase}）。',
    en: 'At least {min} evidence items ({phase}) are required.',
  },
  'CASE.FIELDS_REQUIRED': { 'zh-CN': '请填写：{fields}。', en: 'Required: {fields}.' },
  'CASE.FIELD_VALUE_NOT_ALLOWED': {
    'zh-CN': '{field} 只能是：{allowed}。',
    en: '{field} must be one of: {allowed}.',
  },
  'CASE.DEADLINE_REQUIRED': { 'zh-CN': '请填写期限。', en: 'A deadline is required.' },
  'CASE.DEADLINE_IN_PAST': { 'zh-CN': '期限必须晚于当前时间。', en: 'The deadline must be in the future.' },
  'CASE.NUMBER_PREFIX': {
    'zh-CN': '事项类型没有编号前缀：{prefix}。',
    en: 'The case type has no number prefix: {prefix}.',
  },
  'CASE.NUMBER_COUNTY_CODE': {
    'zh-CN': '无法从行政区划确定县级代码：{countyCode}。',
    en: 'No county code can be taken from the region: {countyCode}.',
  },
  'CASE.NUMBER_SEQUENCE': {
    'zh-CN': '本县本年度的事项编号已用完（上限 {max}）。',
    en: "This county's case numbers for the year are used up (at most {max}).",
  },
  INTERNAL: { 'zh-CN': '服务器内部错误，请稍后重试。', en: 'Internal server error; please retry later.' },
  'SERVICE.UNAVAILABLE': { 'zh-CN': '服务暂不可用。', en: 'Service unavailable.' },
};
