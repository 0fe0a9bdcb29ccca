import { expect, test } from '@playwright/test';
import { watchConsole } from './support/console';
import { saveDocScreen } from './support/screens';
import { signInThroughApi } from './support/sign-in';

type Page<T> = { items: T[]; total: number };

test('the header search finds a hazard by the beginning of its number and opens it', async ({ page }) => {
  const browserConsole = watchConsole(page);
  await signInThroughApi(page, 'leader');
  const hazards = (await (await page.request.get('/api/v1/hazards?pageSize=1')).json()) as Page<{
    id: string;
    number: string;
  }>;
  const hazard = hazards.items[0];
  if (!hazard) throw new Error('the demo has no hazard in the leader’s scope');
  await page.goto('/workbench');

  const box = page.getByRole('combobox', { name: '搜索' });
  await box.fill(hazard.number);
  // Ant Design draws the suggestions outside the listbox's accessible options (a virtual list): found by their text.
  const option = page.locator('.ant-select-item-option', { hasText: hazard.number });
  await expect(option).toBeVisible();
  await saveDocScreen(page, 'global-search');
  await option.click();
  await expect(page).toHaveURL(new RegExp(`/hazards/${hazard.id}$`));
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('main')).toContainText(hazard.number);
  await expect(box).toHaveValue('');
  browserConsole.expectClean();
});

test('the header search finds an enterprise by its credit code; Enter opens the matching list', async ({ page }) => {
  const browserConsole = watchConsole(page);
  await signInThroughApi(page, 'admin');
  const list = (await (await page.request.get('/api/v1/enterprises?pageSize=1&sort=name')).json()) as Page<{
    id: string;
    name: string;
    uscc: string;
  }>;
  const enterprise = list.items[0];
  if (!enterprise) throw new Error('the demo has no enterprise');
  await page.goto('/workbench');

  const box = page.getByRole('combobox', { name: '搜索' });
  await box.fill(enterprise.uscc);
  await expect(page.locator('.ant-select-item-option', { hasText: enterprise.name })).toBeVisible();
  await box.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/enterprises\\?q=${enterprise.uscc}$`));
  await expect(page.getByRole('table')).toContainText(enterprise.name);

  await box.fill('没有这样的企业或隐患');
  await expect(page.getByText('没有找到匹配的隐患或企业')).toBeVisible();
  browserConsole.expectClean();
});

test('on a phone the search is a button that opens the box in a dialog', async ({ page }) => {
  const browserConsole = watchConsole(page);
  await page.setViewportSize({ width: 375, height: 760 });
  await signInThroughApi(page, 'grid');
  await page.goto('/workbench');
  await page.getByRole('button', { name: '搜索' }).click();
  const dialog = page.getByRole('dialog', { name: '搜索' });
  const box = dialog.getByRole('combobox', { name: '搜索' });
  await expect(box).toBeFocused();
  await box.fill('YH-');
  const first = page.locator('.ant-select-item-option').first();
  await expect(first).toBeVisible();
  // The suggestion list is still moving in under the dialog; its click event, not a pointer aimed at it (missed once).
  await first.dispatchEvent('click');
  await expect(dialog).toBeHidden();
  await expect(page).toHaveURL(/\/hazards(\/|\?)/);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  browserConsole.expectClean();
});
