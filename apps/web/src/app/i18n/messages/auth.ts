import type { Message } from '@redline/contracts';

const m = (zh: string, en: string): Message => ({ 'zh-CN': zh, en });

/** Sign-in, password change and the workbench. */
export const authMessages: Record<string, Message> = {
  'signIn.title': m('登录', 'Sign in'),
  'signIn.login': m('账号名或手机号', 'Account name or mobile'),
  'signIn.loginPlaceholder': m('请输入账号名或手机号', 'Account name or mobile number'),
  'signIn.loginRequired': m('请输入账号名或手机号。', 'Enter your account name or mobile number.'),
  'signIn.password': m('密码', 'Password'),
  'signIn.passwordPlaceholder': m('请输入密码', 'Password'),
  'signIn.passwordRequired': m('请输入密码。', 'Enter your password.'),
  'signIn.submit': m('登录', 'Sign in'),
  'signIn.failed': m('登录失败', 'Sign-in failed'),
  'signIn.footer': m('安全生产是不可逾越的红线。', 'Safety is the red line that must never be crossed.'),
  'password.title': m('修改密码', 'Change password'),
  'password.current': m('当前密码', 'Current password'),
  'password.new': m('新密码', 'New password'),
  'password.confirm': m('确认新密码', 'Confirm the new password'),
  'password.required': m('请输入{field}。', '{field} is required.'),
  'password.mismatch': m('两次输入的新密码不一致。', 'The two new passwords differ.'),
  'password.hint': m(
    '至少 {min} 位，包含大写字母、小写字母、数字、符号中的至少 {classes} 类，且不含账号名。',
    'At least {min} characters with {classes} of: upper case, lower case, digits, symbols; without the account name.',
  ),
  'password.changed': m('密码已修改。', 'The password was changed.'),
  'workbench.welcome': m('您好，{name}', 'Hello, {name}'),
  'workbench.account': m('账号信息', 'Your account'),
  'workbench.username': m('账号名', 'Account name'),
  'workbench.displayName': m('姓名', 'Name'),
  'workbench.mobile': m('手机号', 'Mobile'),
  'workbench.roles': m('角色', 'Roles'),
  'workbench.scope': m('数据范围', 'Data scope'),
  'workbench.comingSoon': m(
    '隐患排查、监督检查、考核等功能正在建设中。',
    'Hazards, inspections, assessment and more are on the way.',
  ),
};
