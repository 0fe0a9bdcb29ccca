import { expect, test } from '@playwright/test';
import { watchConsole } from './support/console';
import { saveScreen } from './support/screens';
import { signInThroughApi } from './support/sign-in';

test('the admin opens the region tree and expands the city', async ({ page }) => {
  const browserConsole = watchConsole(page);
  await signInThroughApi(page, 'admin');
  await page.goto('/regions');

  const tree = page.getByRole('tree');
  const city = tree.getByRole('treeitem', { name: /晋城市/ });
  await expect(city).toBeVisible();
  await city.getByText('晋城市', { exact: true }).click();

  await expect(tree.getByRole('treeitem', { name: /泽州县/ })).toBeVisible();
  const zone = tree.getByRole('treeitem', { name: /晋城经济技术开发区/ });
  await expect(zone).toBeVisible();
  await expect(zone.getByText('开发区', { exact: true })).toBeVisible();

  const detail = page.getByTestId('region-detail');
  await expect(detail).toContainText('140500');
  await expect(detail).toContainText('市');

  await zone.getByText('晋城经济技术开发区', { exact: true }).click();
  await expect(detail).toContainText('140571');
  await expect(page).toHaveURL(/\/regions\?code=140571$/);
  await saveScreen(page, 'regions');
  browserConsole.expectClean();
});

test('a village shows its grids', async ({ page }) => {
  await signInThroughApi(page, 'admin');
  await page.goto('/regions');
  const tree = page.getByRole('tree');
  for (const name of ['晋城市', '泽州县', '巴公镇', '巴公社区']) {
    await tree.getByText(name, { exact: true }).click();
  }
  const detail = page.getByTestId('region-detail');
  await expect(detail).toContainText('140525108001');
  await expect(detail).toContainText('村');
  const grids = page.getByRole('table');
  await expect(grids.getByRole('row', { name: /巴公社区第1网格/ })).toBeVisible();
  await saveScreen(page, 'regions-village');
});
