import { expect, test } from '@playwright/test';
import { watchConsole } from './support/console';
import { saveScreen } from './support/screens';
import { DEMO_PASSWORD } from './support/sign-in';

test('a wrong password shows the error, the right one lands on the workbench', async ({ page }) => {
  const browserConsole = watchConsole(page);
  await page.goto('/sign-in');
  await expect(page.getByRole('heading', { name: /红线/ })).toBeVisible();
  await expect(page.getByText('安全生产监管与重点工作调度平台')).toBeVisible();
  await saveScreen(page, 'sign-in');

  await page.getByLabel('账号名或手机号').fill('admin');
  await page.getByLabel('密码').fill('not-the-password');
  await page.getByRole('button', { name: '登录' }).click();
  await expect(page.getByRole('alert')).toContainText('账号或密码错误');
  await expect(page.getByLabel('密码')).toHaveValue('');
  await saveScreen(page, 'sign-in-error');

  await page.getByLabel('密码').fill(DEMO_PASSWORD);
  await page.getByLabel('密码').press('Enter');
  await expect(page).toHaveURL(/\/workbench$/);
  await expect(page.getByRole('heading', { name: /您好/ })).toBeVisible();
  await expect(page.getByRole('main')).toContainText('系统管理员');
  await saveScreen(page, 'workbench');
  browserConsole.expectClean();
});

test('an empty form is refused beside its fields, without calling the server', async ({ page }) => {
  let calls = 0;
  page.on('request', (r) => {
    if (r.url().includes('/api/v1/auth/sign-in')) calls++;
  });
  await page.goto('/sign-in');
  await page.getByRole('button', { name: '登录' }).click();
  await expect(page.getByText('请输入账号名或手机号。')).toBeVisible();
  await expect(page.getByText('请输入密码。')).toBeVisible();
  expect(calls).toBe(0);
});

test('a deep link asks for sign-in, then returns to where the user was going', async ({ page }) => {
  await page.goto('/enterprises?status=operating');
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fenterprises%3Fstatus%3Doperating$/);
  await page.getByLabel('账号名或手机号').fill('admin');
  await page.getByLabel('密码').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: '登录' }).click();
  await expect(page).toHaveURL(/\/enterprises\?status=operating$/);
  await expect(page.getByRole('heading', { name: '企业' })).toBeVisible();

  await page.getByRole('button', { name: '账号菜单' }).click();
  await page.getByRole('menuitem', { name: '退出登录' }).click();
  await expect(page).toHaveURL(/\/sign-in$/);
  await page.goto('/workbench');
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fworkbench$/);
});

test('in English, the server answers in English too (Accept-Language)', async ({ page }) => {
  await page.goto('/sign-in');
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByLabel('Account name or mobile').fill('admin');
  await page.getByLabel('Password').fill('not-the-password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('alert')).toContainText('Wrong account name or password.');
});
