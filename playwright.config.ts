import { defineConfig } from '@playwright/test';
import { STEP_TIMEOUT } from './tests/e2e/step-timeout';

/**
 * End-to-end tests drive the real app (the browser shell over the real api and SQLite) in
 * Debian's Chromium: browsers cannot be downloaded here. Screenshots of each screen are kept in
 * tests/artifacts/e2e/.
 */
export default defineConfig({
  testDir: 'tests/e2e',
  // Bounds on a hang, generous for a busy machine: the bench measures speed, the tests do not. A
  // whole test may take minutes on a loaded machine; one action, navigation or assertion may not:
  // each has its own bound, so that a hang fails within a minute, naming the step (issue 19, item 7).
  timeout: 600_000,
  expect: { timeout: 30_000 },
  workers: 1,
  reporter: [['list']],
  outputDir: 'test-results',
  use: {
    actionTimeout: STEP_TIMEOUT,
    navigationTimeout: STEP_TIMEOUT,
    viewport: { width: 1366, height: 900 },
    locale: 'vi-VN',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
});
