import { type APIRequestContext, expect, type Locator, type Page, request, test } from '@playwright/test';
import { watchConsole } from './support/console';
import { saveDocScreen } from './support/screens';
import { DEMO_PASSWORD, signInThroughApi } from './support/sign-in';

/**
 * The hazard loop in the browser, on the demo data: the grid worker reports a hazard at the `enterprise` account's
 * company (which lies in the grid worker's grid) with a photo, on a phone-sized screen; the town officer (巴公镇安监办,
 * the supervising unit of a grid report) accepts it and assigns rectification by deadline with the five assurances;
 * the enterprise completes it with an after-photo; the town officer fails the verification with a reason, and after a
 * second completion verifies it; an officer of another town opening its URL sees the not-found page.
 *
 * The journeys share one hazard and run in order.
 */
test.describe.configure({ mode: 'serial' });

const ENTERPRISE = '泽州县巴公汇丰砂石有限公司';
const stamp = Date.now().toString(36).slice(-5);
const TITLE = `破碎车间皮带输送机防护罩缺失（${stamp}）`;

let hazardUrl = '';
let hazardNumber = '';

/** A small JPEG made by the browser's canvas: random blocks of colour, so no two runs share a file hash. */
async function generatedJpeg(page: Page, name: string) {
  const dataUrl = await page.evaluate(() => {
    const canvas = document.createElement('canvas');
    canvas.width = 160;
    canvas.height = 120;
    const ctx = canvas.getContext('2d')!;
    for (let x = 0; x < 160; x += 20) {
      for (let y = 0; y < 120; y += 20) {
        ctx.fillStyle = `hsl(${Math.floor(Math.random() * 360)} 60% 55%)`;
        ctx.fillRect(x, y, 20, 20);
      }
    }
    return canvas.toDataURL('image/jpeg', 0.8);
  });
  return { name, mimeType: 'image/jpeg', buffer: Buffer.from(dataUrl.split(',')[1]!, 'base64') };
}

/** A date N days from today in Beijing, as the deadline pickers take it (YYYY-MM-DD). */
function daysFromNow(days: number): string {
  const at = new Date(Date.now() + days * 86_400_000);
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(at);
}

/** Picks an option of an antd select by its visible title. */
async function choose(page: Page, field: Locator, option: string, search?: string) {
  await field.click();
  if (search) await field.fill(search);
  await page.getByTitle(option, { exact: true }).click();
}

const stateTags = (page: Page) => page.getByTestId('hazard-tags');

async function openHazardAs(page: Page, login: string) {
  await signInThroughApi(page, login);
  await page.goto(hazardUrl);
  await expect(page.getByTestId('hazard-number')).toHaveText(hazardNumber);
}

/** Opens an action's dialog from the detail page and returns it. */
async function openAction(page: Page, name: string) {
  await page.getByRole('group', { name: '可执行操作' }).getByRole('button', { name, exact: true }).click();
  const dialog = page.getByRole('dialog', { name });
  await expect(dialog).toBeVisible();
  return dialog;
}

async function completeWithPhoto(page: Page, comment: string) {
  const dialog = await openAction(page, '整改完成');
  await dialog.getByLabel('整改情况说明').fill(comment);
  await dialog.getByLabel('整改后照片').setInputFiles(await generatedJpeg(page, `after-${stamp}.jpg`));
  await expect(dialog.getByText('已上传')).toBeVisible();
  await dialog.getByRole('button', { name: '整改完成' }).click();
  await expect(dialog).toBeHidden();
  await expect(stateTags(page)).toContainText('待验收');
}

test.describe('on a phone', () => {
  test.use({ viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true });

  test('1. the grid worker reports a hazard with a photo at 375 px', async ({ page }) => {
    const browserConsole = watchConsole(page);
    await signInThroughApi(page, 'grid');
    await page.goto('/hazards/new');
    await expect(page.getByRole('heading', { name: '上报隐患' })).toBeVisible();

    await choose(page, page.getByLabel('企业'), ENTERPRISE, '汇丰砂石');
    // While the title is typed, the open hazards of the same enterprise with a similar title are suggested.
    await page.getByLabel('隐患名称').fill('破碎车间皮带输送机防护罩缺失');
    const suggestions = page.getByTestId('duplicate-suggestions');
    await expect(suggestions).toContainText('可能重复的隐患');
    await expect(suggestions.getByRole('link').first()).toHaveText(/^YH-\d{6}-\d{4}-\d{6}$/);
    await page.getByLabel('隐患名称').fill(TITLE);

    await page.getByLabel('隐患描述').fill('1号皮带输送机尾轮防护罩缺失，巡检通道紧邻转动部位。');
    await page.getByLabel('隐患位置').fill('破碎车间1号皮带输送机尾部');
    await choose(page, page.getByLabel('隐患类别'), '物的不安全状态');
    const camera = page.getByLabel('现场照片');
    await expect(camera).toHaveAttribute('accept', 'image/*');
    await expect(camera).toHaveAttribute('capture', 'environment');
    await camera.setInputFiles(await generatedJpeg(page, `before-${stamp}.jpg`));
    await expect(page.getByRole('list', { name: '已选照片' })).toContainText('已上传');

    // The form fits the phone's width: nothing of it runs off to the side.
    const form = page.locator('form[id="hazard-report"]');
    const box = await form.boundingBox();
    expect(box).not.toBeNull();
    expect(box!.x + box!.width).toBeLessThanOrEqual(375);
    await saveDocScreen(page, 'hazard-report-375', true);

    await page.getByRole('button', { name: '提交上报' }).click();
    await expect(page).toHaveURL(/\/hazards\/[0-9a-f-]{36}$/);
    await expect(page.getByRole('status').filter({ hasText: '隐患已上报，编号' })).toBeVisible();
    hazardNumber = (await page.getByTestId('hazard-number').textContent())?.trim() ?? '';
    expect(hazardNumber).toMatch(/^YH-140525-\d{4}-\d{6}$/);
    await expect(page.getByText(`隐患已上报，编号 ${hazardNumber}`).first()).toBeVisible();
    hazardUrl = new URL(page.url()).pathname;
    await expect(page.getByRole('heading', { name: TITLE })).toBeVisible();
    await expect(stateTags(page)).toContainText('待受理');
    await expect(page.getByRole('region', { name: '整改前' }).getByRole('img')).toHaveCount(1);
    // The reporter takes no decision on the report: no action is offered.
    await expect(page.getByTestId('no-actions')).toBeVisible();
    browserConsole.expectClean();
  });
});

test('2. the town officer accepts it and assigns rectification by deadline with the five assurances', async ({
  page,
}) => {
  // Several dialogs and server round trips: three times the default time on a busy machine.
  test.slow();
  const browserConsole = watchConsole(page);
  await signInThroughApi(page, 'town');
  // Found through the list, its filters in the URL.
  await page.goto(`/hazards?q=${encodeURIComponent(hazardNumber)}&state=reported`);
  await expect(page.getByLabel('关键词')).toHaveValue(hazardNumber);
  await page.getByRole('link', { name: hazardNumber }).click();
  await expect(page).toHaveURL(new RegExp(`${hazardUrl}$`));

  // Only what the town officer may do now is offered; rectification comes after acceptance.
  const actions = page.getByRole('group', { name: '可执行操作' });
  await expect(actions.getByRole('button', { name: '受理', exact: true })).toBeVisible();
  await expect(actions.getByRole('button', { name: '限期整改' })).toHaveCount(0);

  let dialog = await openAction(page, '受理');
  await dialog.getByRole('button', { name: '受理' }).click();
  await expect(dialog.getByText('请填写隐患等级。')).toBeVisible();
  await dialog.getByText('一般隐患', { exact: true }).click();
  await dialog.getByLabel('说明（选填）').fill('经核实属一般事故隐患，予以受理。');
  await dialog.getByRole('button', { name: '受理' }).click();
  await expect(dialog).toBeHidden();
  await expect(stateTags(page)).toContainText('已受理');
  await expect(stateTags(page)).toContainText('一般隐患');

  dialog = await openAction(page, '限期整改');
  await expect(dialog.getByText('五落实')).toBeVisible();
  await dialog.getByLabel('整改措施').fill('加装尾轮防护罩，设置警示标志。');
  await dialog.getByLabel('整改责任人').fill('陈静');
  await dialog.getByLabel('整改资金（元）').fill('3500');
  await dialog.getByLabel('整改期限').fill(daysFromNow(14));
  await dialog.getByLabel('整改期限').press('Enter');
  await dialog.getByLabel('应急预案与防范措施').fill('整改完成前停用1号皮带输送机，设专人监护。');
  await dialog.getByRole('button', { name: '限期整改' }).click();
  await expect(dialog).toBeHidden();
  await expect(stateTags(page)).toContainText('整改中');
  await expect(page.getByText('加装尾轮防护罩，设置警示标志。')).toBeVisible();
  await expect(page.getByText('3,500.00')).toBeVisible();
  browserConsole.expectClean();
});

test('3. the enterprise user completes it with an after-photo', async ({ page }) => {
  const browserConsole = watchConsole(page);
  await openHazardAs(page, 'enterprise');
  const actions = page.getByRole('group', { name: '可执行操作' });
  // No suspension is ordered: completion is offered, a resumption application is not.
  await expect(actions.getByRole('button', { name: '申请复产复工' })).toHaveCount(0);
  await completeWithPhoto(page, '已加装尾轮防护罩并设置警示标志。');
  await expect(page.getByRole('region', { name: '整改后' }).getByRole('img')).toHaveCount(1);
  browserConsole.expectClean();
});

test('4. the town officer fails the verification with a reason, then verifies the second completion', async ({
  page,
  browser,
}) => {
  // Several dialogs and server round trips: three times the default time on a busy machine.
  test.slow();
  const browserConsole = watchConsole(page);
  await openHazardAs(page, 'town');
  const actions = page.getByRole('group', { name: '可执行操作' });
  await expect(actions.getByRole('button', { name: '整改完成' })).toHaveCount(0);

  let dialog = await openAction(page, '验收不通过');
  await dialog.getByRole('button', { name: '验收不通过' }).click();
  await expect(dialog.getByText('请填写理由。')).toBeVisible();
  await dialog.getByLabel('理由').fill('防护罩固定不牢，需加装紧固件。');
  await dialog.getByRole('button', { name: '验收不通过' }).click();
  await expect(dialog).toBeHidden();
  await expect(stateTags(page)).toContainText('整改中');
  await expect(page.getByText('防护罩固定不牢，需加装紧固件。')).toBeVisible();

  // The enterprise rectifies again, in its own session.
  const enterpriseContext = await browser.newContext();
  const enterprisePage = await enterpriseContext.newPage();
  await openHazardAs(enterprisePage, 'enterprise');
  await completeWithPhoto(enterprisePage, '已加装紧固件，防护罩固定牢靠。');
  await enterpriseContext.close();

  await page.reload();
  await expect(stateTags(page)).toContainText('待验收');
  dialog = await openAction(page, '验收销号');
  await dialog.getByLabel('说明（选填）').fill('现场复查，整改到位，同意销号。');
  await dialog.getByRole('button', { name: '验收销号' }).click();
  await expect(dialog).toBeHidden();
  await expect(stateTags(page)).toContainText('已销号');
  await expect(page.getByRole('region', { name: '整改后' }).getByRole('img')).toHaveCount(2);
  await expect(page.getByText('验收不通过').first()).toBeVisible();
  await saveDocScreen(page, 'hazard-detail', true);
  browserConsole.expectClean();
});

test('a decision on a version someone else has changed reloads the case and says so', async ({ page }) => {
  const browserConsole = watchConsole(page);
  const { csrfToken } = await signInThroughApi(page, 'town');
  await page.goto(hazardUrl);
  await expect(stateTags(page)).toContainText('已销号');
  const dialog = await openAction(page, '重新打开');
  await dialog.getByLabel('理由').fill('群众反映防护罩再次缺失。');

  // Meanwhile the case moves on (another officer, another tab): the version the page saw is stale.
  const id = hazardUrl.split('/').pop();
  const current = await (await page.request.get(`/api/v1/hazards/${id}`)).json();
  const moved = await page.request.post(`/api/v1/hazards/${id}/transitions`, {
    headers: { 'X-CSRF-Token': csrfToken },
    data: { transition: 'reopen', version: current.version, comment: '另一位办理人重新打开。' },
  });
  expect(moved.status()).toBe(200);

  await dialog.getByRole('button', { name: '重新打开' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('已重新加载最新内容')).toBeVisible();
  await expect(stateTags(page)).toContainText('待受理');
  await expect(page.getByText('另一位办理人重新打开。')).toBeVisible();
  browserConsole.expectClean();
});

/** A town officer of 南村镇 (another town of 泽州县), created by the admin through the API for this test. */
async function otherTownOfficer(baseURL: string): Promise<string> {
  const admin: APIRequestContext = await request.newContext({ baseURL });
  try {
    const signIn = await admin.post('/api/v1/auth/sign-in', { data: { login: 'admin', password: DEMO_PASSWORD } });
    expect(signIn.status()).toBe(200);
    const { csrfToken } = (await signIn.json()) as { csrfToken: string };
    const username = `nancun_${stamp}`;
    const created = await admin.post('/api/v1/accounts', {
      headers: { 'X-CSRF-Token': csrfToken },
      data: {
        username,
        displayName: '南村镇安监办（测试）',
        roles: ['town_officer'],
        scope: { kind: 'region', regionCode: '140525100' },
        password: DEMO_PASSWORD,
      },
    });
    expect(created.status(), await created.text()).toBe(201);
    return username;
  } finally {
    await admin.dispose();
  }
}

test('6. an officer of another town opening the hazard sees the not-found page', async ({ page, baseURL }) => {
  const browserConsole = watchConsole(page);
  const username = await otherTownOfficer(baseURL!);
  await signInThroughApi(page, username);
  await page.goto(hazardUrl);
  await expect(page.getByText('页面不存在', { exact: true })).toBeVisible();
  await expect(page.getByText(hazardNumber)).toHaveCount(0);
  // An id that is no hazard at all gets the same page.
  await page.goto('/hazards/00000000-0000-4000-8000-000000000000');
  await expect(page.getByText('页面不存在', { exact: true })).toBeVisible();
  // The list of that town does not show it either.
  await page.goto(`/hazards?q=${encodeURIComponent(hazardNumber)}`);
  await expect(page.getByText('没有符合筛选条件的隐患。')).toBeVisible();
  browserConsole.expectClean();
});

test('the hazard list keeps its filters in the URL, sorts, hides columns and exports the same query', async ({
  page,
}) => {
  // Several dialogs and server round trips: three times the default time on a busy machine.
  test.slow();
  const browserConsole = watchConsole(page);
  await signInThroughApi(page, 'town');
  // The cockpit links here with the list's own query.
  await page.goto('/hazards?overdue=true&regionCode=140525108');
  const rows = page.locator('tbody tr.ant-table-row');
  await expect(rows.first()).toBeVisible();
  await expect(page.getByLabel('是否逾期')).toBeVisible();
  await expect(page.getByTitle('巴公镇', { exact: true })).toBeVisible();
  for (const row of await rows.all()) await expect(row.getByText('已逾期')).toBeVisible();

  await choose(page, page.getByLabel('状态'), '整改中');
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: '查询' }).click();
  await expect(page).toHaveURL(/state=rectifying/);
  await expect(page).toHaveURL(/overdue=true/);
  await expect(rows.first()).toContainText('整改中');

  await page.getByRole('columnheader', { name: /当前期限/ }).click();
  await expect(page).toHaveURL(/sort=deadline/);

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出 CSV' }).click();
  expect((await download).suggestedFilename()).toMatch(/\.csv$/);

  await page.getByRole('button', { name: '列设置' }).click();
  await page.getByRole('checkbox', { name: '来源' }).uncheck();
  await expect(page.getByRole('columnheader', { name: '来源' })).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole('columnheader', { name: '来源' })).toHaveCount(0);
  await expect(page.getByRole('columnheader', { name: '编号' })).toBeVisible();
  await page.getByRole('button', { name: '列设置' }).click();
  await page.getByRole('checkbox', { name: '来源' }).check();
  await page.keyboard.press('Escape');

  await page.goto('/hazards');
  await expect(rows.first()).toBeVisible();
  await saveDocScreen(page, 'hazards-list', true);
  browserConsole.expectClean();
});
