import type { Message } from './catalogue';

const m = (zh: string, en: string): Message => ({ 'zh-CN': zh, en });

/**
 * Notification texts (`NOTIFY.*`), rendered in the reader's language when listed and in zh-CN for email. Parameters:
 * {number} the case number, {title}, {deadline} (an ISO instant is shown as YYYY-MM-DD, or YYYY-MM-DD HH:mm when it
 * is not the end of a day, Asia/Shanghai), {state} (a state label, or `@key` of one), {target} the case merged into.
 */
export const notificationMessages: Record<string, Message> = {
  'NOTIFY.CASE_REMINDER': m(
    '事项 {number}「{title}」将于 {deadline} 到期，请按期办理。',
    'Case {number} "{title}" is due on {deadline}.',
  ),
  'NOTIFY.CASE_OVERDUE': m(
    '事项 {number}「{title}」已超过办理期限（{deadline}）。',
    'Case {number} "{title}" is overdue (deadline {deadline}).',
  ),
  'NOTIFY.CASE_ESCALATED': m(
    '事项 {number}「{title}」逾期未办结（期限 {deadline}），已按升级规则通知您督办。',
    'Case {number} "{title}" is overdue (deadline {deadline}) and has been escalated to you.',
  ),
  'NOTIFY.CASE_ASSIGNED': m(
    '您有新的待办事项 {number}「{title}」，办理期限 {deadline}。',
    'Case {number} "{title}" has been assigned to you; deadline {deadline}.',
  ),
  'NOTIFY.CASE_TRANSITION': m(
    '事项 {number}「{title}」当前状态：{state}。',
    'Case {number} "{title}" is now: {state}.',
  ),
  'NOTIFY.CASE_MERGED': m(
    '您上报的事项 {number}「{title}」与 {target} 重复，已合并办理，结果将一并通知您。',
    'Case {number} "{title}" you reported duplicates {target} and was merged into it; you will be told the outcome.',
  ),
  'NOTIFY.RISK_COMMENT': m(
    '{author}对贵单位的风险分级管控清单提出意见：{excerpt}',
    '{author} commented on your risk register: {excerpt}',
  ),
  'NOTIFY.EMAIL_SUBJECT': m('【红线】{text}', '[Redline] {text}'),
  'NOTIFY.EMAIL_FOOTER': m(
    '此邮件由红线系统自动发送，请登录系统查看详情。请勿直接回复。',
    'Sent automatically by Redline; sign in to see the details. Please do not reply.',
  ),
  'NOTIFY.WEBHOOK_PING': m('这是一条测试推送。', 'This is a test delivery.'),
  'VALIDATION.HTTP_URL': m(
    '{field}必须是以 http:// 或 https:// 开头的完整网址。',
    '{field} must be a full URL starting with http:// or https://.',
  ),
  'field.url': m('推送地址', 'URL'),
  'field.events': m('事件类型', 'Event types'),
  'field.active': m('启用', 'Active'),
  'field.unread': m('未读', 'Unread'),
};
