import { defineConfig, devices } from '@playwright/test';

/**
 * Browser journeys against a running Redline server. The test orchestrator starts the server and sets E2E_BASE_URL;
 * Playwright never starts one itself and never downloads a browser: it drives Debian's Chromium.
 */
const baseURL = process.env.E2E_BASE_URL ?? 'http://localhost:8080';
const here = import.meta.dirname;

export default defineConfig({
  testDir: `${here}/tests`,
  outputDir: `${here}/test-results`,
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  timeout: 30_000,
  expect: { timeout: 10_000 },
  // The test orchestrator may ask for the JSON report elsewhere (PLAYWRIGHT_JSON_OUTPUT_NAME).
  reporter: [
    ['list'],
    ['json', { outputFile: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ?? `${here}/test-results/results.json` }],
  ],
  use: {
    ...devices['Desktop Chrome'],
    baseURL,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    viewport: { width: 1440, height: 900 },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
});
