import { expect, type Page, test } from '@playwright/test';
import { watchConsole } from './support/console';
import { saveDocScreen, saveScreen } from './support/screens';
import { signInThroughApi } from './support/sign-in';

type Statistics = {
  region: { code: string; name: string };
  year: number;
  asOf: string;
  current: { accidents: number; deaths: number };
  deathCap: { cap: number | null; percent: number | null; warning: boolean };
  rates: Record<'perGdp' | 'per100kEmployees' | 'per10kVehicles' | 'perMillionTonnesCoal', number | null>;
  monthly: Array<{ accidents: number; previousAccidents: number }>;
};

const CITY = '140500'; // 晋城市, the demo city
const shown = (n: number) => new Intl.NumberFormat('zh-CN').format(n);
/** The share as the cockpit prints it: one decimal, half up (domain percentOf). */
const share = (deaths: number, cap: number) => `${(Math.round((deaths * 1000) / cap + 1e-9) / 10).toFixed(1)}%`;

/** The city's statistics to today, as the signed-in account sees them. */
async function cityStatistics(page: Page, asOf?: string): Promise<Statistics> {
  const query = new URLSearchParams({ regionCode: CITY, ...(asOf ? { asOf } : {}) });
  const res = await page.request.get(`/api/v1/accident-statistics?${query.toString()}`);
  expect(res.status(), await res.text()).toBe(200);
  return (await res.json()) as Statistics;
}

/** The cockpit on this year to the statistics' day, so page and API count the same days. */
const openCockpit = (page: Page, s: Statistics) => page.goto(`/cockpit?from=${s.year}-01-01&to=${s.asOf}`);

test('the leader sees 晋城市’s accidents, death cap, rates and trend in the cockpit', async ({ page }) => {
  test.setTimeout(60_000);
  const browserConsole = watchConsole(page);
  await signInThroughApi(page, 'leader');
  const s = await cityStatistics(page);
  // The demo city has accidents this year and a death cap with the rates' denominators.
  expect(s.current.accidents).toBeGreaterThan(0);
  expect(s.deathCap.cap).not.toBeNull();
  expect(Object.values(s.rates).some((r) => r !== null)).toBe(true);

  await openCockpit(page, s);
  const section = page.getByTestId('accident-section');
  await expect(section.getByRole('heading', { name: '事故与控制指标' })).toBeVisible();
  await expect(section.getByTestId('accident-period')).toContainText(`晋城市 · ${s.year}-01-01 至 ${s.asOf}`);
  await expect(section.getByTestId('accident-accidents')).toHaveText(shown(s.current.accidents));
  await expect(section.getByTestId('accident-deaths')).toHaveText(shown(s.current.deaths));

  // Deaths against the cap: the share the API computes, printed beside the bar.
  const cap = s.deathCap.cap!;
  await expect(section.getByTestId('accident-cap-of')).toHaveText(`${shown(s.current.deaths)} / ${shown(cap)} 人`);
  expect(s.deathCap.percent?.toFixed(1)).toBe(share(s.current.deaths, cap).replace('%', ''));
  await expect(section.getByTestId('accident-cap-percent')).toHaveText(share(s.current.deaths, cap));

  // The four rates: three decimals, or "未设置分母" where the year has no denominator.
  for (const [key, rate] of Object.entries(s.rates)) {
    await expect(section.getByTestId(`accident-rate-${key}`)).toHaveText(
      rate === null ? '未设置分母' : rate.toFixed(3),
    );
  }

  await expect(section.getByTestId('accident-trend-chart')).toHaveAttribute('data-drawn', 'true');
  await section.scrollIntoViewIfNeeded();
  await saveScreen(page, 'accident-indicators-cockpit-1440');
  await saveDocScreen(page, 'accident-cockpit');

  // The accidents figure opens the accident list of exactly those days and that region.
  await section.getByTestId('accident-accidents').click();
  await expect(page).toHaveURL(`/accidents?regionCode=${CITY}&from=${s.year}-01-01&to=${s.asOf}`);
  await expect(page.getByText(`共找到 ${s.current.accidents} 起事故`)).toBeVisible();

  // The leader reads the settings but may not change them.
  await page.goto('/accidents/indicators');
  await expect(page.getByRole('heading', { name: '控制指标设置' })).toBeVisible();
  await expect(page.getByLabel('死亡人数控制指标（人）')).toHaveValue(String(cap));
  await expect(page.getByLabel('死亡人数控制指标（人）')).toBeDisabled();
  await expect(page.getByRole('button', { name: '保存控制指标' })).toHaveCount(0);

  await page.setViewportSize({ width: 375, height: 812 });
  await openCockpit(page, s);
  await expect(section.getByTestId('accident-trend-chart')).toHaveAttribute('data-drawn', 'true');
  await section.scrollIntoViewIfNeeded();
  await saveScreen(page, 'accident-indicators-cockpit-375');
  browserConsole.expectClean();
});

test('the safety office changes the city’s death cap and the cockpit’s share follows', async ({ page }) => {
  test.setTimeout(60_000);
  const browserConsole = watchConsole(page);
  const { csrfToken } = await signInThroughApi(page, 'safety');
  const before = await cityStatistics(page);
  const year = before.year;
  const saved = await page.request.get(`/api/v1/control-indicators/${CITY}/${year}`);
  expect(saved.status()).toBe(200);
  const original = (await saved.json()) as Record<string, unknown> & { deathCap: number | null };
  const newCap = (original.deathCap ?? before.current.deaths) + 7;

  try {
    await page.goto(`/accidents/indicators?regionCode=${CITY}&year=${year}`);
    await expect(page.getByTestId('control-indicators')).toContainText(`晋城市 ${year} 年度控制指标`);
    const capField = page.getByLabel('死亡人数控制指标（人）');
    await expect(capField).toHaveValue(original.deathCap === null ? '' : String(original.deathCap));
    await capField.fill(String(newCap));
    await page.getByRole('button', { name: '保存控制指标' }).click();
    await expect(page.getByText('已保存。')).toBeVisible();
    await saveScreen(page, 'accident-indicators-settings');
    await saveDocScreen(page, 'accident-indicators');

    // The API's figures after the change decide what the cockpit must show.
    const after = await cityStatistics(page, before.asOf);
    expect(after.deathCap.cap).toBe(newCap);
    const expected = share(after.current.deaths, newCap);
    expect(after.deathCap.percent?.toFixed(1)).toBe(expected.replace('%', ''));

    await openCockpit(page, after);
    const section = page.getByTestId('accident-section');
    await expect(section.getByTestId('accident-cap-of')).toHaveText(
      `${shown(after.current.deaths)} / ${shown(newCap)} 人`,
    );
    await expect(section.getByTestId('accident-cap-percent')).toHaveText(expected);
    browserConsole.expectClean();
  } finally {
    // Leave the demo city's cap as it was for the other specs.
    const { regionCode: _r, year: _y, updatedAt: _u, ...body } = original;
    const restored = await page.request.put(`/api/v1/control-indicators/${CITY}/${year}`, {
      data: body,
      headers: { 'X-CSRF-Token': csrfToken },
    });
    expect(restored.status(), await restored.text()).toBe(200);
  }
});
