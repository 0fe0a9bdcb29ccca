import { expect, test } from '@playwright/test';
import { watchConsole } from './support/console';
import { saveScreen } from './support/screens';
import { signInThroughApi } from './support/sign-in';

test('the admin lists accounts and locks then unlocks one', async ({ page }) => {
  const browserConsole = watchConsole(page);
  await signInThroughApi(page, 'admin');
  await page.goto('/accounts');
  const row = page.getByRole('row', { name: /expert/ });
  await expect(row).toBeVisible();
  await expect(page.getByRole('row', { name: /\badmin\b/ })).toContainText('系统管理员');

  await row.getByRole('button', { name: /^锁定/ }).click();
  await page.getByRole('tooltip').getByRole('button', { name: '确定' }).click();
  await expect(row).toContainText('已锁定');
  await row.getByRole('button', { name: /^解锁/ }).click();
  await page.getByRole('tooltip').getByRole('button', { name: '确定' }).click();
  await expect(row).toContainText('正常');

  await row.getByRole('button', { name: /^重置密码/ }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('新密码', { exact: true }).fill('Another#2026');
  await dialog.getByLabel('确认新密码').fill('Different#2026');
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(dialog).toContainText('两次输入的新密码不一致。');
  await saveScreen(page, 'accounts-reset');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await saveScreen(page, 'accounts');
  browserConsole.expectClean();
});

test('a non-admin has no accounts menu and is refused the page', async ({ page }) => {
  await signInThroughApi(page, 'inspector');
  await page.goto('/workbench');
  const menu = page.getByRole('navigation', { name: '主导航' });
  await expect(menu.getByRole('link', { name: '企业' })).toBeVisible();
  await expect(menu.getByRole('link', { name: '账号' })).toHaveCount(0);
  await page.goto('/accounts');
  await expect(page.getByText('无权访问')).toBeVisible();
});
