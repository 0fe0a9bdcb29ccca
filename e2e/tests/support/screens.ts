import type { Page } from '@playwright/test';

/** Saves a full-page screenshot to e2e/test-results/screens/<name>.png for a person to look at. */
export async function saveScreen(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `${import.meta.dirname}/../../test-results/screens/${name}.png`, fullPage: true });
}
