import type { Page } from '@playwright/test';

/** Saves a screenshot of the viewport to e2e/test-results/screens/<name>.png for a person to look at. */
export async function saveScreen(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `${import.meta.dirname}/../../test-results/screens/${name}.png` });
}

/**
 * A screenshot for the README: always into the test report, and into docs/screenshots/<name>.png only when
 * REDLINE_DOC_SCREENSHOTS=1 (`REDLINE_DOC_SCREENSHOTS=1 npm test -- --only e2e` refreshes them), so that an
 * ordinary test run leaves the working tree as it was.
 */
export async function saveDocScreen(page: Page, name: string, fullPage = false): Promise<void> {
  const folder =
    process.env.REDLINE_DOC_SCREENSHOTS === '1'
      ? `${import.meta.dirname}/../../../docs/screenshots`
      : `${import.meta.dirname}/../../test-results/screens`;
  await page.screenshot({ path: `${folder}/${name}.png`, fullPage, animations: 'disabled' });
}
