import { defineConfig } from '@playwright/test';

/**
 * End-to-end tests drive the real app (the browser shell over the real api and SQLite) in
 * Debian's Chromium: browsers cannot be downloaded here. Screenshots of each screen are kept in
 * tests/artifacts/e2e/.
 */
export default defineConfig({
  testDir: 'tests/e2e',
  // Bounds on a hang, generous for a busy machine: the bench measures speed, the tests do not.
  timeout: 600_000,
  expect: { timeout: 30_000 },
  workers: 1,
  reporter: [['list']],
  outputDir: 'test-results',
  use: {
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
