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
  'CASE.BLOCKED_BY_FIELD': {
    'zh-CN': '当前“{field}”为“{value}”，不能执行此操作。',
    en: 'Not possible while "{field}" is "{value}".',
  },
  'ACCIDENT.COUNT_INVALID': {
    'zh-CN': '{field}必须是不小于 0 的整数。',
    en: '{field} must be a whole number of 0 or more.',
  },
  'ACCIDENT.LOSS_INVALID': {
    'zh-CN': '{field}必须是不小于 0 的金额（元，最多两位小数）。',
    en: '{field} must be an amount of 0 or more in CNY, at most to the fen.',
  },
  'ACCIDENT.DAYS_INVALID': {
    'zh-CN': '{field}必须是不小于 0 的整数天数。',
    en: '{field} must be a whole number of days, 0 or more.',
  },
  'ACCIDENT.EXTENSION_TOO_LONG': {
    'zh-CN': '延长 {days} 天超过了上限 {max} 天（《生产安全事故报告和调查处理条例》第二十九条）。',
    en: 'An extension of {days} days exceeds the maximum of {max} days (Decree 493 Art. 29).',
  },
  'ACCIDENT.OCCURRED_IN_FUTURE': {
    'zh-CN': '{field}不能晚于当前时间。',
    en: '{field} cannot be in the future.',
  },
  'ACCIDENT.LEARNED_BEFORE_OCCURRED': {
    'zh-CN': '{field}不能早于事故发生时间。',
    en: '{field} cannot be earlier than the time the accident occurred.',
  },
  'ACCIDENT.REPORTED_OUT_OF_RANGE': {
    'zh-CN': '{field}不能早于事故发生或下一级接报的时间，也不能晚于当前时间。',
    en: '{field} cannot be before the accident or the report to the level below, nor in the future.',
  },
  'ACCIDENT.WINDOW_CLOSED': {
    'zh-CN': '事故发生已超过 {days} 日（截至 {end}），伤亡人数不再补报（《生产安全事故报告和调查处理条例》第十三条）。',
    en: 'More than {days} days have passed since the accident (until {end}); casualty changes are no longer reported (Decree 493 Art. 13).',
  },
  'ACCIDENT.NO_LETS_GO_OPEN': {
    'zh-CN': '“四不放过”尚未全部落实：{items}。',
    en: 'The four no-lets-go are not all done: {items}.',
  },
  'ACCIDENT.EXPORT_TOO_LARGE': {
    'zh-CN': '符合条件的事故有 {count} 起，超过单次导出上限 {max} 起，请缩小筛选范围。',
    en: '{count} accidents match, more than the {max} one export may hold; narrow the filter.',
  },
  'RISK.FACTOR_NOT_IN_TABLE': {
    'zh-CN': '{field}的取值 {value} 不在评价表中，可选：{allowed}。',
    en: '{field} value {value} is not in the assessment table; allowed: {allowed}.',
  },
  'RISK.THRESHOLDS_INVALID': {
    'zh-CN': '分级阈值须从重大到一般依次递减且大于 0。',
    en: 'Thresholds must fall strictly from major to ordinary and be above 0.',
  },
  'RISK.SCHEDULE_INVALID': { 'zh-CN': '排查周期设置有误：{field}。', en: 'The check schedule is invalid: {field}.' },
  'RISK.SCHEDULE_TOO_MANY': {
    'zh-CN': '该时段内排查次数超过 {max} 次，请缩短时段或放宽周期。',
    en: 'More than {max} checks in this period; shorten it or lengthen the cycle.',
  },
  'RISK.POLYGON_OUT_OF_PLAN': {
    'zh-CN': '区域的点超出了平面图范围。',
    en: 'A point of the area lies outside the plan.',
  },
  'RISK.POLYGON_TOO_FEW_POINTS': {
    'zh-CN': '区域至少需要 3 个顶点（首尾相接）。',
    en: 'An area needs at least 3 corners (closing on the first).',
  },
  'RISK.POLYGON_NOT_CLOSED': { 'zh-CN': '区域的边界没有闭合。', en: 'The area’s outline does not close.' },
  'RISK.POLYGON_NO_AREA': { 'zh-CN': '区域没有面积。', en: 'The area encloses nothing.' },
  'RISK.POLYGON_SELF_CROSSING': { 'zh-CN': '区域的边界自相交叉。', en: 'The area’s outline crosses itself.' },
  'RISK.UNIT_NOT_IN_REGISTER': {
    'zh-CN': '风险单元 {id} 不属于本企业的风险清单。',
    en: 'Risk unit {id} is not in this enterprise’s register.',
  },
  'RISK.SITE_PLAN_NOT_USABLE': {
    'zh-CN': '图片 {id} 不存在或无权使用，请重新上传厂区平面图。',
    en: 'Image {id} does not exist or may not be used; upload the site plan again.',
  },
  'HAZARD.PLACE_REQUIRED': {
    'zh-CN': '请填写隐患所在区划，或选择所属企业。',
    en: 'Give the region of the hazard, or choose its enterprise.',
  },
  'HAZARD.MERGE_TARGET': {
    'zh-CN': '只能合并到另一条未办结的隐患。',
    en: 'A hazard can only be merged into another open hazard.',
  },
  'HAZARD.ENTERPRISE_REQUIRED': {
    'zh-CN': '停产停业整顿只能针对企业的隐患。',
    en: 'A suspension order needs a hazard of an enterprise.',
  },
  'HAZARD.UNKNOWN_UNIT': { 'zh-CN': '找不到单位“{unit}”。', en: 'Unit "{unit}" not found.' },
  'HAZARD.UNKNOWN_STANDARD': {
    'zh-CN': '重大事故隐患判定标准目录中没有“{standard}”。',
    en: 'The major-hazard standard "{standard}" is not in the catalogue.',
  },
  'HAZARD.UNKNOWN_ARTICLE': {
    'zh-CN': '判定标准“{standard}”中没有条款“{article}”。',
    en: 'The standard "{standard}" has no article "{article}".',
  },
  'HAZARD.EXPORT_TOO_LARGE': {
    'zh-CN': '符合条件的隐患有 {count} 条，超过单次导出上限 {max} 条，请缩小筛选范围。',
    en: '{count} hazards match, more than the {max} one export may hold; narrow the filter.',
  },
  'HAZARD.IMPORT_TOO_MANY_ROWS': {
    'zh-CN': '文件有 {count} 行数据，超过单次导入上限 {max} 行，请分批导入。',
    en: 'The file has {count} data rows, more than the {max} one import may hold; split it.',
  },
  'HAZARD.IMPORT_DATE_ORDER': {
    'zh-CN': '{field}不能早于{after}。',
    en: '{field} cannot be earlier than {after}.',
  },
  'HAZARD.IMPORT_FUTURE_DATE': { 'zh-CN': '{field}不能晚于今天。', en: '{field} cannot be later than today.' },
  'HAZARD.IMPORT_UNKNOWN_WORD': {
    'zh-CN': '{field}“{value}”不是可选值，可填：{allowed}。',
    en: '{field} "{value}" is not one of: {allowed}.',
  },
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
  'LADDER.REMINDER_DAYS': {
    'zh-CN': '第 {index} 条提醒的提前天数须为正整数，且各条互不相同。',
    en: 'Reminder {index}: the days before the deadline must be positive and differ from the other reminders.',
  },
  'LADDER.STEP_DAYS': {
    'zh-CN': '第 {index} 级升级的逾期天数须不小于 0，且逐级递增。',
    en: 'Escalation step {index}: the days overdue must be 0 or more and increase from step to step.',
  },
  'CALENDAR.YEAR': { 'zh-CN': '年份 {year} 不正确（应为 2000–2999）。', en: 'Year {year} is invalid (2000–2999).' },
  'CALENDAR.DATE_FORMAT': {
    'zh-CN': '“{date}”不是有效日期（格式 YYYY-MM-DD）。',
    en: '"{date}" is not a valid date (YYYY-MM-DD).',
  },
  'CALENDAR.DATE_OUTSIDE_YEAR': {
    'zh-CN': '日期 {date} 不在 {year} 年及其前后一年内。',
    en: 'The date {date} is not within {year} or the years next to it.',
  },
  'CALENDAR.DUPLICATE_DATE': {
    'zh-CN': '日期 {date} 重复出现（或同时列为放假和调休上班）。',
    en: 'The date {date} is listed twice (or both as a holiday and as a working day).',
  },
  'CALENDAR.WORKDAY_NOT_WEEKEND': {
    'zh-CN': '调休上班日 {date} 不是周六或周日。',
    en: 'The adjusted working day {date} is not a Saturday or Sunday.',
  },
  'CALENDAR.YEAR_MISSING': {
    'zh-CN': '尚未导入 {year} 年的节假日安排，无法按工作日计算期限；请管理员先导入。',
    en: 'The holiday calendar for {year} is not loaded, so working days cannot be counted; an administrator must load it first.',
  },
  'EVIDENCE.UNSUPPORTED_TYPE': {
    'zh-CN': '仅支持 JPEG、PNG、WebP 图片。',
    en: 'Only JPEG, PNG and WebP images are accepted.',
  },
  'EVIDENCE.TOO_LARGE': { 'zh-CN': '图片不能超过 {maxMb} MB。', en: 'An image may be at most {maxMb} MB.' },
  'EVIDENCE.FILE_REQUIRED': {
    'zh-CN': '请选择要上传的图片（表单字段 file）。',
    en: 'Choose an image to upload (form field "file").',
  },
  'EVIDENCE.UNREADABLE': {
    'zh-CN': '图片无法读取，文件可能已损坏。',
    en: 'The image cannot be read; the file may be damaged.',
  },
  'EVIDENCE.NOT_ATTACHABLE': {
    'zh-CN': '证据 {id} 不存在、不是本人上传或已被使用。',
    en: 'Evidence {id} does not exist, was uploaded by someone else, or is already attached.',
  },
  'EVIDENCE.STORAGE_FAILED': {
    'zh-CN': '证据文件存储暂不可用，请稍后重试。',
    en: 'Evidence storage is unavailable; please retry later.',
  },
  INTERNAL: { 'zh-CN': '服务器内部错误，请稍后重试。', en: 'Internal server error; please retry later.' },
  'SERVICE.UNAVAILABLE': { 'zh-CN': '服务暂不可用。', en: 'Service unavailable.' },
};
