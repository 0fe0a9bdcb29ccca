import { expect, type Page, request, test } from '@playwright/test';
import { watchConsole } from './support/console';
import { saveDocScreen, saveScreen } from './support/screens';
import { DEMO_PASSWORD, signInThroughApi } from './support/sign-in';

/** Another demo account acting through the API at the same time (its own cookie jar and CSRF token). */
async function actAs(login: string) {
  const context = await request.newContext({ baseURL: test.info().project.use.baseURL });
  const res = await context.post('/api/v1/auth/sign-in', { data: { login, password: DEMO_PASSWORD } });
  expect(res.status(), await res.text()).toBe(200);
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  const post = async (url: string, data: unknown) => {
    const answer = await context.post(url, { data, headers: { 'X-CSRF-Token': csrfToken } });
    expect(answer.ok(), `${url}: ${await answer.text()}`).toBe(true);
    return answer.json();
  };
  return { context, post };
}

/** A public-place hazard the demo grid worker reports in 巴公社区 (supervised by the 巴公镇 office, the `town` account). */
async function gridReports(title: string): Promise<{ id: string; version: number }> {
  const grid = await actAs('grid');
  const answer = await grid.post('/api/v1/hazards', {
    title,
    source: 'grid_patrol',
    regionCode: '140525108001',
    gridCode: '140525108001-01',
    locationText: '巴公社区文化广场东侧',
  });
  await grid.context.dispose();
  return answer.hazard;
}

const figure = (page: Page, name: string) => page.getByTestId(`figure-${name}`);
const countOf = async (page: Page, name: string) =>
  Number(((await figure(page, name).textContent()) ?? '').replace(/,/g, ''));
const shown = (n: number) => new Intl.NumberFormat('zh-CN').format(n);

test('the leader sees the cockpit numbers change and clicks through to exactly those hazards', async ({ page }) => {
  test.setTimeout(60_000); // five screens and two other accounts' moves
  const browserConsole = watchConsole(page);
  await signInThroughApi(page, 'leader');
  await page.goto('/cockpit');
  await expect(page.getByRole('heading', { name: '隐患排查治理驾驶舱' })).toBeVisible();
  await expect(page.getByTestId('cockpit-subtitle')).toContainText('晋城市');
  await expect(figure(page, 'found')).toHaveText(/^\d/);
  const found = await countOf(page, 'found');
  expect(found).toBeGreaterThan(0);
  await expect(page.getByTestId('trend-chart')).toHaveAttribute('data-drawn', 'true');
  await expect(page.getByTestId('sector-chart')).toHaveAttribute('data-drawn', 'true');
  await expect(page.getByTestId('region-ranking').getByRole('button', { name: '泽州县' })).toBeVisible();
  await saveDocScreen(page, 'cockpit', true);

  // The grid worker reports a hazard: after a reload the leader's "found" has one more.
  const hazard = await gridReports(`驾驶舱测试：消防通道被占用 ${Date.now()}`);
  await page.reload();
  await expect(figure(page, 'found')).toHaveText(shown(found + 1));

  // The town officer rejects it (not a hazard): it no longer counts as found.
  const town = await actAs('town');
  await town.post(`/api/v1/hazards/${hazard.id}/transitions`, {
    transition: 'reject',
    version: hazard.version,
    comment: '经核查非安全隐患',
  });
  await town.context.dispose();
  await page.reload();
  await expect(figure(page, 'found')).toHaveText(shown(found));

  // A plain list figure opens the hazard list with the same filters: its total is the number.
  const overdue = await countOf(page, 'overdueNow');
  await figure(page, 'overdueNow').click();
  await expect(page).toHaveURL(/\/hazards\?overdue=true$/);
  await expect(page.getByText(`共 ${overdue} 条`, { exact: true })).toBeVisible();

  // "Found" opens the list of the period's hazards, neither rejected nor merged.
  await page.goBack();
  await figure(page, 'found').click();
  await expect(page).toHaveURL(/\/hazards\?from=\d{4}-01-01&to=[\d-]+&state=reported%2C/);
  await expect(page.getByText(`共 ${found} 条`, { exact: true })).toBeVisible();

  // A timeline figure opens the drill-down list of GET /hazards/statistics/items: same total again.
  await page.goBack();
  const rectified = await countOf(page, 'foundRectified');
  await figure(page, 'foundRectified').click();
  await expect(page).toHaveURL(/\/hazards\/figures\?measure=foundRectified&/);
  await expect(page.getByTestId('figures-total')).toHaveText(`共 ${rectified} 条隐患`);
  await expect(page.getByText(`共 ${rectified} 条`, { exact: true })).toBeVisible();

  // A region's number in the ranking opens that region's list.
  await page.goBack();
  const ranking = page.getByTestId('region-ranking');
  const zezhouOverdue = ranking.getByRole('link', { name: /^打开清单：泽州县 当前逾期/ });
  const zezhou = Number(await zezhouOverdue.textContent());
  await zezhouOverdue.click();
  await expect(page).toHaveURL(/\/hazards\?regionCode=140525&overdue=true$/);
  await expect(page.getByText(`共 ${zezhou} 条`, { exact: true })).toBeVisible();
  browserConsole.expectClean();
});

test('switching zh-CN ↔ English changes the interface text, the cockpit included', async ({ page }) => {
  const browserConsole = watchConsole(page);
  await signInThroughApi(page, 'leader');
  await page.goto('/cockpit');
  const menu = page.getByRole('navigation', { name: '主导航' });
  await expect(menu.getByRole('link', { name: '驾驶舱' })).toBeVisible();
  await expect(page.getByRole('heading', { name: '隐患排查治理驾驶舱' })).toBeVisible();
  await expect(figure(page, 'found')).toHaveAccessibleName(/^打开清单：排查发现隐患 \d/);

  await page.getByRole('button', { name: 'English' }).click();
  await expect(
    page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Cockpit' }),
  ).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Hazard cockpit' })).toBeVisible();
  await expect(figure(page, 'found')).toHaveAccessibleName(/^Open the list: Hazards found \d/);
  await expect(page.getByRole('columnheader', { name: 'Rectification rate' }).first()).toBeVisible();
  await expect(page.getByText('Subordinate regions', { exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: /^Notifications/ })).toBeVisible();
  await saveScreen(page, 'cockpit-en');

  await page.getByRole('button', { name: '中文' }).click();
  await expect(menu.getByRole('link', { name: '驾驶舱' })).toBeVisible();
  await expect(page.getByText('下级区划排名', { exact: true })).toBeVisible();
  browserConsole.expectClean();
});

test('the town officer’s workbench lists a new report to accept; the bell lists the notice', async ({ page }) => {
  const browserConsole = watchConsole(page);
  const title = `工作台测试：配电箱未上锁 ${Date.now()}`;
  const hazard = await gridReports(title);
  await signInThroughApi(page, 'town');
  const mine = (await (await page.request.get('/api/v1/workbench')).json()) as {
    todo: Record<'overdue' | 'dueSoon' | 'waiting', { total: number; items: Array<{ id: string }> }>;
  };
  const bucket = (['overdue', 'dueSoon', 'waiting'] as const).find((k) =>
    mine.todo[k].items.some((i) => i.id === hazard.id),
  );
  expect(bucket, 'the new report waits for the town office').toBeDefined();
  const tabName = { overdue: '已逾期', dueSoon: '即将到期', waiting: '待处理' }[bucket!];

  await page.goto('/workbench');
  await expect(page.getByRole('button', { name: '上报隐患' })).toBeVisible();
  const tab = page.getByRole('tab', { name: new RegExp(`^${tabName}`) });
  await expect(tab).toContainText(String(mine.todo[bucket!].total));
  await tab.click();
  const item = page.getByRole('tabpanel').getByRole('link', { name: new RegExp(title) });
  await expect(item).toBeVisible();
  await expect(item).toContainText('待受理');
  await expect(item).toContainText('受理 / 不予受理');
  await saveDocScreen(page, 'workbench');

  // The town office was told of the report: the bell lists it; opening it marks it read and goes to the hazard.
  const bell = page.getByTestId('notification-bell');
  await expect(bell).toHaveAccessibleName(/^通知（\d+ 条未读）$/);
  const unread = Number(/（(\d+)/.exec((await bell.getAttribute('aria-label')) ?? '')?.[1]);
  await bell.click();
  const notice = page.getByTestId('notification-list').getByRole('button', { name: new RegExp(title) });
  await expect(notice).toBeVisible();
  // The list takes the keyboard focus (its first notification), so it can be used without a mouse.
  await expect(page.getByTestId('notification-list').getByRole('button').first()).toBeFocused();
  await saveDocScreen(page, 'notifications');
  await notice.click();
  await expect(page).toHaveURL(new RegExp(`/hazards/${hazard.id}$`));
  await expect(bell).toHaveAccessibleName(`通知（${unread - 1} 条未读）`);

  // Mark all read: the badge goes.
  await bell.click();
  await page.getByRole('button', { name: '全部标为已读' }).click();
  await expect(bell).toHaveAccessibleName('通知');
  await page.getByRole('dialog', { name: '通知' }).press('Escape');
  await expect(page.getByRole('dialog', { name: '通知' })).toBeHidden();
  await expect(bell).toBeFocused();

  await page.goto('/workbench');
  await tab.click();
  await item.click();
  await expect(page).toHaveURL(new RegExp(`/hazards/${hazard.id}$`));
  browserConsole.expectClean();
});

test('the grid worker’s workbench is usable 375 px wide', async ({ page }) => {
  const browserConsole = watchConsole(page);
  await page.setViewportSize({ width: 375, height: 812 });
  await signInThroughApi(page, 'grid');
  await page.goto('/workbench');
  await expect(page.getByRole('heading', { name: /您好/ })).toBeVisible();
  const report = page.getByRole('button', { name: '上报隐患' });
  await expect(report).toBeVisible();
  // The three lists are stacked on a phone, each under its heading with its count.
  for (const name of ['已逾期', '即将到期', '待处理']) {
    await expect(page.getByRole('heading', { name: new RegExp(`^${name}`) })).toBeVisible();
  }
  const main = await page.getByRole('main').boundingBox();
  expect(main!.x + main!.width).toBeLessThanOrEqual(375);
  await saveDocScreen(page, 'workbench-375');
  await report.click();
  await expect(page).toHaveURL(/\/hazards\/new$/);
  browserConsole.expectClean();
});
