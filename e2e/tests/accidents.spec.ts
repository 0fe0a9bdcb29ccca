import { expect, type Locator, type Page, test } from '@playwright/test';
import { watchConsole } from './support/console';
import { saveDocScreen, saveScreen } from './support/screens';
import { signInThroughApi } from './support/sign-in';

/**
 * Accidents in the browser, on the demo city, as `safety` (安委办, 晋城市): a report with 3 deaths is graded 较大
 * (Decree 493 Art. 3) and must climb county → city → province (Art. 10); the city step is reported; a supplementary
 * report (Art. 13) raising the deaths to 10 makes it 重大, which adds the State Council step; a report whose county
 * learned of it before it happened is refused beside that field and creates nothing; the ledger lists the accident.
 *
 * The journeys share one accident and run in order. Times are taken relative to now (the accident 90 minutes ago),
 * so the chain's deadlines and the 30-day supplement window hold whenever the test runs.
 */
test.describe.configure({ mode: 'serial' });

const stamp = Date.now().toString(36).slice(-5);
const TITLE = `晋城市某建筑工地“脚手架坍塌”事故（${stamp}）`;

let accidentUrl = '';
let accidentNumber = '';

/** A moment N minutes from now as Beijing wall time, as the pickers take it (`YYYY-MM-DD HH:mm`). */
function beijingMinutesFromNow(minutes: number): string {
  const at = new Date(Date.now() + minutes * 60_000 + 8 * 3_600_000);
  return at.toISOString().slice(0, 16).replace('T', ' ');
}

/** Types a moment into an antd date-time picker and confirms it with Enter. */
async function typeMoment(field: Locator, value: string) {
  await field.click();
  await field.fill(value);
  await field.press('Enter');
  await expect(field).toHaveValue(value);
}

/** Picks an option of an antd select by typing it and taking the active option with Enter. */
async function typeChoice(page: Page, field: Locator, text: string) {
  await field.fill(text);
  // The option list of the select before may still be closing: the active option showing this text is the one.
  await expect(page.locator('.ant-select-item-option-active').filter({ hasText: text })).toBeVisible();
  await field.press('Enter');
}

/** The region picker by keyboard: the account's scope root (晋城市) is the first node. */
async function chooseRootRegion(page: Page) {
  const region = page.getByLabel('发生区划');
  await region.click();
  const tree = page.locator('.ant-select-tree');
  await expect(tree.getByTitle('晋城市', { exact: true })).toBeVisible();
  await region.press('ArrowDown');
  await expect(tree.locator('.ant-select-tree-treenode-active')).toContainText('晋城市');
  await region.press('Enter');
}

async function fillReport(page: Page, title: string, occurredAt: string, learnedAt: string) {
  await page.getByLabel('事故名称').fill(title);
  await typeMoment(page.getByLabel('事故发生时间'), occurredAt);
  await typeMoment(page.getByLabel('县级部门接报时间'), learnedAt);
  await chooseRootRegion(page);
  await page.getByLabel('事故地点').fill('泽州县金村镇某住宅楼项目 3 号楼');
  await typeChoice(page, page.getByLabel('事故行业'), '建筑业');
  await typeChoice(page, page.getByLabel('事故类别'), '坍塌');
  await page.getByLabel('时间、地点及现场情况').fill('14 时许，3 号楼外脚手架局部坍塌，现场已封闭。');
  await page.getByLabel('事故简要经过').fill('作业人员在脚手架上拆除模板时，连墙件缺失导致架体倾覆。');
  await page.getByLabel('已经采取的措施').fill('已停工，伤员送医，消防和应急部门到场处置。');
}

const preview = (page: Page) => page.getByTestId('grade-preview');
const tags = (page: Page) => page.getByTestId('accident-tags');
const step = (page: Page, level: string) => page.getByTestId(`report-step-${level}`);

test('1. the office reports an accident with 3 deaths: graded 较大, reported up to the province', async ({ page }) => {
  test.slow();
  const browserConsole = watchConsole(page);
  await signInThroughApi(page, 'safety');
  await page.goto('/accidents');
  await expect(page.getByRole('heading', { name: '事故台账' })).toBeVisible();
  await page.getByRole('button', { name: '报告事故' }).click();
  await expect(page).toHaveURL(/\/accidents\/new$/);
  await expect(page.getByRole('heading', { name: '事故报告' })).toBeVisible();

  await fillReport(page, TITLE, beijingMinutesFromNow(-90), beijingMinutesFromNow(-70));
  // The grade follows the figures as they are typed (Decree 493 Art. 3): 2 deaths 一般, 3 deaths 较大.
  await page.getByLabel('死亡人数').fill('2');
  await expect(preview(page)).toContainText('一般事故');
  await page.getByLabel('死亡人数').fill('3');
  await expect(preview(page)).toContainText('较大事故');
  await expect(page.getByTestId('grade-reason')).toContainText('死亡 3 人，属“死亡 3 人以上 10 人以下”');
  await page.getByLabel('重伤人数（含急性工业中毒）').fill('2');
  await page.getByLabel('直接经济损失（元）').fill('4200000');
  await expect(preview(page)).toContainText('县级 → 设区的市级 → 省级');
  await saveScreen(page, 'accident-report-1440');
  await page.evaluate(() => window.scrollTo(0, 0));
  await saveDocScreen(page, 'accident-report');

  await page.getByRole('button', { name: '提交报告' }).click();
  await expect(page).toHaveURL(/\/accidents\/[0-9a-f-]{36}$/);
  accidentUrl = new URL(page.url()).pathname;
  accidentNumber = (await page.getByTestId('accident-number').textContent())?.trim() ?? '';
  expect(accidentNumber).not.toBe('');
  await expect(page.getByRole('status').filter({ hasText: `事故已报告，编号 ${accidentNumber}` })).toBeVisible();
  await expect(page.getByRole('heading', { name: TITLE })).toBeVisible();
  await expect(tags(page)).toContainText('较大事故');
  await expect(page.getByText('4,200,000').first()).toBeVisible();

  // 较大: county, city and province (Art. 10); the county step was reported when the county learned of it.
  await expect(step(page, 'county')).toBeVisible();
  await expect(step(page, 'county')).toContainText('已上报');
  await expect(step(page, 'city')).toContainText('尚未上报');
  await expect(step(page, 'province')).toBeVisible();
  await expect(step(page, 'state')).toHaveCount(0);
  await saveScreen(page, 'accident-detail-1440');
  await saveDocScreen(page, 'accident-detail');
  browserConsole.expectClean();
});

test('2. the office reports the city step', async ({ page }) => {
  const browserConsole = watchConsole(page);
  await signInThroughApi(page, 'safety');
  await page.goto(accidentUrl);
  await expect(page.getByTestId('accident-number')).toHaveText(accidentNumber);
  await step(page, 'city').getByRole('button', { name: '上报', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: '上报至设区的市级' });
  await expect(dialog).toBeVisible();
  // The moment defaults to now; the receiving office is written down.
  await expect(dialog.getByLabel('上报时间')).not.toHaveValue('');
  await dialog.getByLabel('接报单位').fill('晋城市应急管理局值班室，电话报告');
  await dialog.getByRole('button', { name: '上报', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(step(page, 'city')).toContainText('已上报');
  await expect(step(page, 'city')).toContainText('接报：晋城市应急管理局值班室，电话报告');
  // Reported within 2 hours of the county (Art. 11): not late.
  await expect(step(page, 'city')).not.toContainText('迟报');
  await expect(step(page, 'city').getByRole('button', { name: '上报', exact: true })).toHaveCount(0);
  await expect(step(page, 'province')).toContainText('尚未上报');
  browserConsole.expectClean();
});

test('3. a supplementary report raises the deaths to 10: 重大, and the State Council step appears', async ({
  page,
}) => {
  test.slow();
  const browserConsole = watchConsole(page);
  await signInThroughApi(page, 'safety');
  await page.goto(accidentUrl);
  await expect(page.getByTestId('window-end')).toContainText('补报截止');
  await page.getByRole('button', { name: '补报', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: '补报伤亡情况' });
  await expect(dialog).toBeVisible();
  // The 30-day window of Art. 13 is stated, and the figures start from the last report.
  await expect(dialog).toContainText('30 日内补报');
  await expect(dialog.getByLabel('死亡人数')).toHaveValue('3');
  await dialog.getByLabel('死亡人数').fill('10');
  await expect(dialog.getByTestId('grade-preview')).toContainText('重大事故');
  await expect(dialog.getByTestId('grade-rises')).toContainText('事故等级将由较大事故升为重大事故');
  await dialog.getByLabel('补报说明').fill('失踪人员搜救中发现遇难者 7 人，死亡人数增至 10 人。');
  await saveScreen(page, 'accident-supplement-1440');
  await dialog.getByRole('button', { name: '提交补报' }).click();
  await expect(dialog).toBeHidden();

  await expect(tags(page)).toContainText('重大事故');
  await expect(page.getByTestId('deaths')).toHaveText('10');
  await expect(step(page, 'state')).toBeVisible();
  await expect(step(page, 'state')).toContainText('尚未上报');
  const versions = page.getByTestId('casualty-versions');
  await expect(versions).toContainText('首报');
  await expect(versions).toContainText('第 1 次补报');
  await expect(versions).toContainText('失踪人员搜救中发现遇难者 7 人');
  browserConsole.expectClean();
});

test('4. learned before it happened: refused beside the field, nothing is created', async ({ page }) => {
  test.slow();
  const browserConsole = watchConsole(page);
  await signInThroughApi(page, 'safety');
  await page.goto('/accidents/new');
  const title = `接报早于发生的事故（${stamp}）`;
  await fillReport(page, title, beijingMinutesFromNow(-60), beijingMinutesFromNow(-120));
  await page.getByRole('button', { name: '提交报告' }).click();
  const learnedItem = page.locator('.ant-form-item').filter({ has: page.getByLabel('县级部门接报时间') });
  await expect(learnedItem).toContainText('不能早于事故发生时间');
  await expect(page).toHaveURL(/\/accidents\/new$/);
  const response = await page.request.get(`/api/v1/accidents?q=${encodeURIComponent(title)}`);
  expect(response.status()).toBe(200);
  expect(((await response.json()) as { total: number }).total).toBe(0);
  // The failed request is the one the test provoked (400); nothing else went wrong.
  browserConsole.expectClean();
});

test('5. the ledger lists the new accident with its grade, filters kept in the URL', async ({ page }) => {
  const browserConsole = watchConsole(page);
  await signInThroughApi(page, 'safety');
  // The whole ledger first (the demo's two years of accidents), for the README.
  await page.goto('/accidents');
  await expect(page.getByText(/共找到 \d+ 起事故/)).toBeVisible();
  await saveDocScreen(page, 'accidents-list');
  await page.goto(`/accidents?q=${encodeURIComponent(accidentNumber)}`);
  await expect(page.getByLabel('关键词')).toHaveValue(accidentNumber);
  const row = page.getByRole('row').filter({ has: page.getByRole('link', { name: accidentNumber }) });
  await expect(row).toContainText(TITLE);
  await expect(row).toContainText('重大事故');
  await expect(row).toContainText('建筑业');
  await expect(row).toContainText('坍塌');
  await expect(row).toContainText('10 / 0 / 2');
  await expect(row).toContainText('4,200,000');
  await expect(page.getByText('共找到 1 起事故')).toBeVisible();
  await saveScreen(page, 'accident-list-1440');
  // 导出 Excel downloads the ledger with the filters of the list.
  const exportRequest = page.waitForRequest(/\/api\/v1\/accidents\/export\.xlsx/);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出 Excel' }).click();
  expect(new URL((await exportRequest).url()).searchParams.get('q')).toBe(accidentNumber);
  expect((await download).suggestedFilename()).toMatch(/\.xlsx$/);
  await row.getByRole('link', { name: accidentNumber }).click();
  await expect(page).toHaveURL(new RegExp(`${accidentUrl}$`));
  browserConsole.expectClean();
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true });

  test('6. the ledger, the report form and the accident fit a 375 px screen', async ({ page }) => {
    const browserConsole = watchConsole(page);
    await signInThroughApi(page, 'safety');
    for (const [url, name] of [
      [`/accidents?q=${encodeURIComponent(accidentNumber)}`, 'accident-list-375'],
      ['/accidents/new', 'accident-report-375'],
      [accidentUrl, 'accident-detail-375'],
    ] as const) {
      await page.goto(url);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(width, `${url} runs off the side`).toBeLessThanOrEqual(375);
      await saveScreen(page, name);
    }
    browserConsole.expectClean();
  });
});
