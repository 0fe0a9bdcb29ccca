import { expect, test } from '@playwright/test';
import { watchConsole } from './support/console';
import { saveScreen } from './support/screens';
import { signInThroughApi } from './support/sign-in';

test('the enterprise list pages on the server, keeps its filters in the URL and opens a detail drawer', async ({
  page,
}) => {
  const browserConsole = watchConsole(page);
  await signInThroughApi(page, 'admin');
  await page.goto('/enterprises');

  const table = page.getByRole('table');
  const firstRow = table.locator('tbody tr.ant-table-row').first();
  await expect(firstRow).toBeVisible();
  await expect(page.getByText(/共 \d+ 条/)).toBeVisible();

  await page.getByLabel('状态').click();
  await page.getByTitle('正常经营').click();
  await page.getByLabel('区划代码').fill('140525');
  await page.getByRole('button', { name: '查询' }).click();
  await expect(page).toHaveURL(/status=operating/);
  await expect(page).toHaveURL(/regionCode=140525/);
  await expect(firstRow).toBeVisible();
  await expect(firstRow).toContainText('泽州县');

  const name = (await firstRow.getByRole('button').first().textContent()) ?? '';
  await firstRow.getByRole('button').first().click();
  const drawer = page.getByRole('dialog');
  await expect(drawer).toBeVisible();
  await expect(drawer).toContainText(name.trim());
  await expect(drawer).toContainText('统一社会信用代码');
  await expect(page).toHaveURL(/[?&]id=/);
  await saveScreen(page, 'enterprise-drawer');

  await page.keyboard.press('Escape');
  await expect(drawer).toBeHidden();
  await page.reload();
  await expect(page.getByLabel('区划代码')).toHaveValue('140525');
  await saveScreen(page, 'enterprises');
  browserConsole.expectClean();
});

test('a malformed region code is refused beside the field', async ({ page }) => {
  await signInThroughApi(page, 'admin');
  await page.goto('/enterprises');
  await page.getByLabel('区划代码').fill('14');
  await page.getByRole('button', { name: '查询' }).click();
  await expect(page.getByText('区划代码应为 6、9 或 12 位数字。')).toBeVisible();
  await expect(page).not.toHaveURL(/regionCode=/);
});

test('an enterprise account sees only its own enterprise and no region tree', async ({ page }) => {
  await signInThroughApi(page, 'enterprise');
  await page.goto('/enterprises');
  await expect(page.getByText('共 1 条')).toBeVisible();
  await expect(page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '行政区划' })).toHaveCount(0);
  await page.goto('/regions');
  await expect(page.getByText('无权访问')).toBeVisible();
});
