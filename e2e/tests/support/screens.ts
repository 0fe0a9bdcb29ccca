import type { Page } from '@playwright/test';

/** Saves a screenshot of the viewport to e2e/test-results/screens/<name>.png for a person to look at. */
export async function saveScreen(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `${import.meta.dirname}/../../test-results/screens/${name}.png` });
}
