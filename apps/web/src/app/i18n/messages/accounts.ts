import type { Message } from '@redline/contracts';

const m = (zh: string, en: string): Message => ({ 'zh-CN': zh, en });

export const accountMessages: Record<string, Message> = {
  'accounts.title': m('账号', 'Accounts'),
  'accounts.q': m('账号名、姓名或手机号', 'Account name, name or mobile'),
  'accounts.username': m('账号名', 'Account name'),
  'accounts.displayName': m('姓名', 'Name'),
  'accounts.mobile': m('手机号', 'Mobile'),
  'accounts.roles': m('角色', 'Roles'),
  'accounts.scope': m('数据范围', 'Data scope'),
  'accounts.status': m('状态', 'Status'),
  'accounts.lastSignInAt': m('最近登录', 'Last sign-in'),
  'accounts.active': m('正常', 'Active'),
  'accounts.disabled': m('已锁定', 'Locked'),
  'accounts.lockedUntil': m('锁定至 {until}', 'Locked until {until}'),
  'accounts.lock': m('锁定', 'Lock'),
  'accounts.unlock': m('解锁', 'Unlock'),
  'accounts.resetPassword': m('重置密码', 'Reset password'),
  'accounts.lockConfirm': m(
    '锁定账号“{name}”？锁定后该账号无法登录。',
    'Lock "{name}"? It will not be able to sign in.',
  ),
  'accounts.unlockConfirm': m('解锁账号“{name}”？', 'Unlock "{name}"?'),
  'accounts.locked': m('账号已锁定。', 'The account was locked.'),
  'accounts.unlocked': m('账号已解锁。', 'The account was unlocked.'),
  'accounts.resetTitle': m('重置“{name}”的密码', 'Reset the password of "{name}"'),
  'accounts.resetDone': m(
    '密码已重置，请将新密码告知本人并提醒其登录后修改。',
    'Password reset; tell the person and ask them to change it.',
  ),
  'accounts.empty': m('没有符合条件的账号。', 'No account matches.'),
};
