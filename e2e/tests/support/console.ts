import { expect, type Page } from '@playwright/test';

/**
 * Collects the browser console's errors and the page's uncaught exceptions. Failed HTTP answers the test provokes on
 * purpose (a wrong password answers 401) are logged by Chromium as "Failed to load resource"; those are left out.
 */
export function watchConsole(page: Page) {
  const errors: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error' && !msg.text().startsWith('Failed to load resource')) errors.push(msg.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return {
    errors,
    expectClean: () => expect(errors, errors.join('\n')).toEqual([]),
  };
}
