import { expect, test } from '@playwright/test';
import { watchConsole } from './support/console';
import { saveScreen } from './support/screens';
import { DEMO_PASSWORD, signInThroughApi } from './support/sign-in';

test('the header shows the scope; English is remembered across a reload', async ({ page }) => {
  const browserConsole = watchConsole(page);
  await signInThroughApi(page, 'admin');
  await page.goto('/workbench');
  await expect(page.getByTestId('header-scope')).not.toBeEmpty();
  await expect(page.getByRole('navigation', { name: '当前位置' })).toContainText('工作台');

  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { name: /Hello/ })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('link', { name: 'Regions' })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
  await saveScreen(page, 'workbench-en');
  await page.getByRole('button', { name: '中文' }).click();
  await expect(page.getByRole('link', { name: '行政区划' })).toBeVisible();
  browserConsole.expectClean();
});

test('a wrong current password is shown beside the field in the change-password dialog', async ({ page }) => {
  await signInThroughApi(page, 'admin');
  await page.goto('/workbench');
  await page.getByRole('button', { name: '账号菜单' }).click();
  await page.getByRole('menuitem', { name: '修改密码' }).click();
  const dialog = page.getByRole('dialog', { name: '修改密码' });
  await expect(dialog.getByLabel('当前密码')).toBeFocused();
  await dialog.getByLabel('当前密码').fill('wrong-Password#1');
  await dialog.getByLabel('新密码', { exact: true }).fill('Another#2026x');
  await dialog.getByLabel('确认新密码').fill('Another#2026x');
  await dialog.getByLabel('确认新密码').press('Enter');
  await expect(dialog.getByRole('alert')).toBeVisible();
  await saveScreen(page, 'change-password');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});

test('an unknown path shows the 404 page inside the shell', async ({ page }) => {
  await signInThroughApi(page, 'admin');
  await page.goto('/no-such-page');
  await expect(page.getByRole('main').getByText('页面不存在', { exact: true })).toBeVisible();
  await page.getByRole('button', { name: '返回工作台' }).click();
  await expect(page).toHaveURL(/\/workbench$/);
});

test('a session that ends elsewhere sends the user to sign in, and back afterwards', async ({ page }) => {
  const session = await signInThroughApi(page, 'admin');
  await page.goto('/workbench');
  await expect(page.getByRole('heading', { name: /您好/ })).toBeVisible();
  const signOut = await page.request.post('/api/v1/auth/sign-out', {
    headers: { 'X-CSRF-Token': session.csrfToken },
    data: {},
  });
  expect(signOut.ok()).toBe(true);

  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '行政区划' }).click();
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fregions$/);
  await page.getByLabel('账号名或手机号').fill('admin');
  await page.getByLabel('密码').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: '登录' }).click();
  await expect(page).toHaveURL(/\/regions$/);
  await expect(page.getByRole('tree').getByRole('treeitem', { name: /晋城市/ })).toBeVisible();
});

test('on a phone the menu is a drawer over the page that closes after choosing; the header fits', async ({ page }) => {
  const browserConsole = watchConsole(page);
  await page.setViewportSize({ width: 375, height: 760 });
  await signInThroughApi(page, 'grid');
  await page.goto('/workbench');
  const toggle = page.getByRole('button', { name: '展开菜单' });
  await expect(toggle).toBeVisible();
  expect((await toggle.boundingBox())?.width).toBeGreaterThanOrEqual(32);
  await toggle.click();
  const drawer = page.getByRole('dialog');
  await expect(drawer.getByRole('link', { name: '隐患', exact: true })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  await saveScreen(page, 'phone-menu');
  await drawer.getByRole('link', { name: '隐患', exact: true }).click();
  await expect(page).toHaveURL(/\/hazards$/);
  await expect(drawer).toBeHidden();
  await expect(page.getByRole('heading', { name: '隐患', level: 1 })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);

  // The bell's unread count is shown whole, not cut by the phone header's rule for long account names.
  const count = page.getByTestId('notification-bell').locator('.ant-badge-count');
  if (await count.count()) {
    const box = await count.boundingBox();
    const text = (await count.textContent()) ?? '';
    expect(text).toMatch(/^\d+\+?$/);
    expect(box?.width).toBeGreaterThanOrEqual(8);
  }
  await page.getByRole('button', { name: '展开菜单' }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toBeHidden();
  browserConsole.expectClean();
});

test('signing out goes straight to the sign-in screen, which says so', async ({ page }) => {
  const browserConsole = watchConsole(page);
  await signInThroughApi(page, 'town');
  await page.goto('/hazards');
  await expect(page.getByRole('heading', { name: '隐患', level: 1 })).toBeVisible();
  await page.getByRole('button', { name: '账号菜单' }).click();
  await page.getByRole('menuitem', { name: '退出登录' }).click();
  await expect(page).toHaveURL(/\/sign-in$/);
  await expect(page.getByRole('status')).toContainText('已退出登录');
  await expect(page.getByText('页面出错了')).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole('status')).toHaveCount(0);
  browserConsole.expectClean();
});
