import { expect, type Page } from '@playwright/test';

export const DEMO_PASSWORD = 'Redline@2026';

/**
 * Signs in through the API with the page's own request context, so the session cookie it sets is the one the page
 * then uses. Returns the session answer.
 */
export async function signInThroughApi(page: Page, login: string, password = DEMO_PASSWORD) {
  const response = await page.request.post('/api/v1/auth/sign-in', { data: { login, password } });
  expect(response.status(), await response.text()).toBe(200);
  return (await response.json()) as { account: { username: string; displayName: string }; csrfToken: string };
}
