import { expect, test } from '@playwright/test';
import { watchConsole } from './support/console';
import { saveDocScreen, saveScreen } from './support/screens';
import { signInThroughApi } from './support/sign-in';

test('the enterprise list pages on the server, keeps its filters in the URL and opens a quick-view drawer', async ({
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

  // The name opens the enterprise's page; 速览 its fields in a drawer, which links to that page.
  const nameLink = firstRow.getByRole('link').first();
  const name = ((await nameLink.textContent()) ?? '').trim();
  await expect(nameLink).toHaveAttribute('href', /^\/enterprises\/[0-9a-f-]{36}$/);
  await firstRow.getByRole('button', { name: `速览 ${name}` }).click();
  const drawer = page.getByRole('dialog');
  await expect(drawer).toBeVisible();
  await expect(drawer).toContainText(name);
  await expect(drawer).toContainText('统一社会信用代码');
  await expect(page).toHaveURL(/[?&]id=/);
  await expect(drawer.getByRole('link', { name: '企业主页' })).toHaveAttribute(
    'href',
    (await nameLink.getAttribute('href')) ?? '',
  );
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

test('an enterprise account opens its own enterprise from the menu and sees no region tree', async ({ page }) => {
  const browserConsole = watchConsole(page);
  const { account } = await signInThroughApi(page, 'enterprise');
  const own = (account as { scope?: { enterpriseId?: string; enterpriseName?: string } }).scope;
  await page.goto('/workbench');
  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '企业', exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/enterprises/${own?.enterpriseId}$`));
  await expect(page.getByRole('heading', { level: 1, name: own?.enterpriseName })).toBeVisible();
  await expect(page.getByRole('button', { name: '上报隐患' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '行政区划' })).toHaveCount(0);
  await page.goto('/regions');
  await expect(page.getByText('无权访问')).toBeVisible();
  browserConsole.expectClean();
});

const OPEN_STATES = 'reported,transferred,accepted,rectifying,awaiting_verification';

test('an enterprise page shows its hazards, and its open-hazards figure opens the list filtered to it', async ({
  page,
}) => {
  test.slow();
  const browserConsole = watchConsole(page);
  await signInThroughApi(page, 'town');
  // An enterprise of the town with open hazards in the demo data.
  const open = await page.request.get(`/api/v1/hazards?state=${OPEN_STATES}&pageSize=100`);
  expect(open.status()).toBe(200);
  const items = ((await open.json()) as { items: Array<{ enterprise: { id: string; name: string } | null }> }).items;
  const enterprise = items.find((h) => h.enterprise)?.enterprise;
  expect(enterprise, 'an open hazard at an enterprise in the demo data').toBeTruthy();
  const { id, name } = enterprise!;
  const count = await page.request.get(`/api/v1/hazards?state=${OPEN_STATES}&enterpriseId=${id}&pageSize=1`);
  const openTotal = ((await count.json()) as { total: number }).total;

  await page.goto(`/enterprises?q=${encodeURIComponent(name)}`);
  await page.getByRole('table').getByRole('link', { name, exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/enterprises/${id}$`));
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await expect(page.getByTestId('enterprise-uscc')).toContainText('统一社会信用代码');
  await expect(page.getByRole('navigation', { name: '当前位置' })).toContainText('企业详情');

  const figure = page.getByTestId('enterprise-figure-open');
  await expect(figure).toHaveText(String(openTotal));
  await expect(page.getByTestId('enterprise-figure-overdue')).toHaveText(/^\d+$/);
  await expect(page.getByTestId('enterprise-figure-majorOpen')).toHaveText(/^\d+$/);
  const hazardLinks = page.getByRole('table').getByRole('link', { name: /^YH-/ });
  await expect(hazardLinks.first()).toHaveAttribute('href', /^\/hazards\/[0-9a-f-]{36}$/);
  await expect(page.getByTestId('enterprise-all-hazards')).toHaveAttribute('href', `/hazards?enterpriseId=${id}`);
  await saveDocScreen(page, 'enterprise-detail', true);
  // On a phone the page fits the width (the hazard table scrolls inside its card).
  await page.setViewportSize({ width: 375, height: 812 });
  await page.reload();
  await expect(page.getByTestId('enterprise-figure-open')).toBeVisible();
  await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  await saveScreen(page, 'enterprise-detail-375');
  await page.setViewportSize({ width: 1440, height: 900 });

  // 上报隐患 opens the report form with this enterprise chosen.
  await page.getByRole('button', { name: '上报隐患' }).click();
  await expect(page).toHaveURL(new RegExp(`/hazards/new\\?enterpriseId=${id}$`));
  await expect(page.locator('form#hazard-report')).toContainText(name);
  await page.goBack();

  await page.getByTestId('enterprise-figure-open').click();
  await expect(page).toHaveURL(/\/hazards\?/);
  await expect(page).toHaveURL(new RegExp(`enterpriseId=${id}`));
  await expect(page).toHaveURL(/state=reported/);
  await expect(page.getByText(`共找到 ${openTotal} 条隐患`)).toBeVisible();
  browserConsole.expectClean();
});

test('an enterprise that does not exist (or is out of scope) shows the not-found page', async ({ page }) => {
  const browserConsole = watchConsole(page);
  await signInThroughApi(page, 'town');
  await page.goto('/enterprises/00000000-0000-4000-8000-000000000000');
  await expect(page.getByText('页面不存在', { exact: true })).toBeVisible();
  await page.goto('/enterprises/not-an-id');
  await expect(page.getByText('页面不存在', { exact: true })).toBeVisible();
  browserConsole.expectClean();
});
