import { readFile } from 'node:fs/promises';
import { expect, type Page, test } from '@playwright/test';
import { watchConsole } from './support/console';
import { saveDocScreen, saveScreen } from './support/screens';
import { signInThroughApi } from './support/sign-in';

/**
 * 数据导入 in the browser: the admin downloads the enterprise template, fills a CSV from its header row with one good
 * row and one whose credit code has a wrong check character; all or nothing refuses the file and names row 3, the
 * column and the reason in Chinese, and nothing is written; the partial import then keeps the good row.
 */

const CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** The GB 32100-2015 check character of a credit code's first 17 characters. */
function checkChar(prefix17: string): string {
  const sum = [...prefix17].reduce((acc, ch, i) => acc + CHARSET.indexOf(ch) * WEIGHTS[i]!, 0);
  return CHARSET[(31 - (sum % 31)) % 31]!;
}

/** A credit code of Zezhou county no earlier run has used (9 random organisation-code characters). */
function newPrefix(): string {
  let body = '';
  for (let i = 0; i < 9; i++) body += CHARSET[Math.floor(Math.random() * CHARSET.length)];
  return `91140525${body}`;
}

const csvCell = (text: string) => (/[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);

async function countEnterprises(page: Page, q: string): Promise<number> {
  const response = await page.request.get(`/api/v1/enterprises?q=${encodeURIComponent(q)}`);
  expect(response.status()).toBe(200);
  return ((await response.json()) as { total: number }).total;
}

test('the admin imports enterprises: refused rows are listed and nothing is written, then a partial import', async ({
  page,
}) => {
  const browserConsole = watchConsole(page);
  await signInThroughApi(page, 'admin');
  await page.goto('/imports');
  await expect(page.getByRole('heading', { name: '数据导入', level: 1 })).toBeVisible();
  const kinds = page.getByRole('radiogroup', { name: '导入内容' });
  // Enterprises, people and an enterprise's risk register (for an enterprise it keeps); an admin reports no hazards.
  await expect(kinds.getByRole('radio')).toHaveCount(3);
  await expect(kinds.getByRole('radio', { name: '风险分级管控清单' })).toHaveCount(1);
  await expect(kinds.getByRole('radio', { name: '企业' })).toBeChecked();

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: '下载 CSV 模板（.csv）' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('企业导入模板.csv');
  const template = await readFile(await download.path());
  expect(template.length).toBeGreaterThan(0);
  const headers = template
    .toString('utf8')
    .replace(/^\uFEFF/, '')
    .split('\r\n')[0]!
    .split(',');
  expect(headers.slice(0, 3)).toEqual(['统一社会信用代码', '企业名称', '所属区划代码']);

  const stamp = Date.now().toString(36).slice(-6);
  const goodPrefix = newPrefix();
  const badPrefix = newPrefix();
  const good = goodPrefix + checkChar(goodPrefix);
  const right = checkChar(badPrefix);
  const wrong = CHARSET[(CHARSET.indexOf(right) + 1) % CHARSET.length]!;
  const bad = badPrefix + wrong;
  const row = (cells: Record<string, string>) => headers.map((h) => csvCell(cells[h] ?? '')).join(',');
  const place = { 所属区划代码: '140525108', 行业领域: '危险化学品' };
  const csv = [
    headers.join(','),
    row({ 统一社会信用代码: good, 企业名称: `导入测试良好企业${stamp}`, ...place }),
    row({ 统一社会信用代码: bad, 企业名称: `导入测试错误企业${stamp}`, ...place }),
  ].join('\r\n');
  await page.getByLabel('导入文件').setInputFiles({
    name: `enterprises-${stamp}.csv`,
    mimeType: 'text/csv',
    buffer: Buffer.from(`\uFEFF${csv}\r\n`, 'utf8'),
  });
  await expect(page.getByText(`enterprises-${stamp}.csv`)).toBeVisible();

  await page.getByRole('button', { name: '开始导入' }).click();
  const alert = page.getByRole('alert').filter({ hasText: '未导入任何数据' });
  await expect(alert).toContainText('有 1 行数据不合格，未导入任何数据。');
  await expect(alert).toContainText('没有写入任何数据');
  const errorRow = page.getByRole('row', { name: new RegExp(bad) });
  await expect(errorRow.getByRole('cell').first()).toHaveText('3');
  await expect(errorRow).toContainText('统一社会信用代码');
  await expect(errorRow).toContainText(`统一社会信用代码校验位错误：应为 ${right}，实际为 ${wrong}（GB 32100-2015）。`);
  await alert.evaluate((el) => el.scrollIntoView({ block: 'center' }));
  await saveDocScreen(page, 'imports-errors');
  expect(await countEnterprises(page, good)).toBe(0);
  expect(await countEnterprises(page, `导入测试良好企业${stamp}`)).toBe(0);

  await page.getByRole('checkbox', { name: '部分导入：只导入正确的行' }).check();
  await page.getByRole('button', { name: '开始导入' }).click();
  const status = page.getByRole('status').filter({ hasText: '已导入正确的行' });
  await expect(status).toContainText('共 2 行：导入 1 行，跳过 1 行。');
  await expect(page.getByRole('row', { name: new RegExp(bad) })).toContainText('3');
  expect(await countEnterprises(page, good)).toBe(1);
  expect(await countEnterprises(page, bad)).toBe(0);
  browserConsole.expectClean();
});

test('a grid worker imports only the hazard ledger, on a phone; a leader has no imports', async ({ page }) => {
  const browserConsole = watchConsole(page);
  await page.setViewportSize({ width: 375, height: 812 });
  await signInThroughApi(page, 'grid');
  await page.goto('/imports');
  const kinds = page.getByRole('radiogroup', { name: '导入内容' });
  await expect(kinds.getByRole('radio')).toHaveCount(1);
  await expect(kinds.getByRole('radio', { name: '隐患台账' })).toBeChecked();
  await expect(page.getByRole('button', { name: '下载 Excel 模板（.xlsx）' })).toBeVisible();
  await expect(page.getByRole('button', { name: '下载 CSV 模板（.csv）' })).toHaveCount(0);

  // A file that is not the template is refused as a whole, with the missing columns named.
  await page.getByLabel('导入文件').setInputFiles({
    name: 'ledger.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from('名称,地址\r\n某处,某地\r\n', 'utf8'),
  });
  await page.getByRole('button', { name: '开始导入' }).click();
  const failed = page.getByRole('alert').filter({ hasText: '导入失败' });
  await expect(failed).toContainText('缺少列');
  const main = await page.getByRole('main').boundingBox();
  expect(main!.x + main!.width).toBeLessThanOrEqual(375);
  await saveScreen(page, 'imports-375');
  browserConsole.expectClean();

  await signInThroughApi(page, 'leader');
  await page.goto('/workbench');
  await expect(page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '数据导入' })).toHaveCount(0);
  await page.goto('/imports');
  await expect(page.getByText('无权访问')).toBeVisible();
});
