import { fileURLToPath } from 'node:url';
import { defineConfig } from '@playwright/test';

/**
 * Browser journeys against the real Go binary.
 *
 * - E2E_BASE_URL set (the Makefile does this): test that server as is.
 * - Otherwise Playwright starts `make e2e-server` (the binary with a fresh SQLite demo database on
 *   127.0.0.1:18080) and waits for /healthz.
 *
 * Chromium is Debian's /usr/bin/chromium (override with CHROMIUM_PATH); Playwright never downloads one.
 */
const repoRoot = fileURLToPath(new URL('.', import.meta.url));
const externalBaseURL = process.env.E2E_BASE_URL;
// E2E_PORT lets two checkouts run their browser tests side by side (make e2e-server reads it too).
const port = process.env.E2E_PORT ?? '18080';
const baseURL = externalBaseURL ?? `http://127.0.0.1:${port}`;

const chromium = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
};

export default defineConfig({
  testDir: 'frontend/e2e',
  testMatch: '**/*.spec.ts',
  outputDir: 'test-results',
  // One shared demo database: run the journeys one after another so lockout counters and sessions
  // of the demo users never interfere between projects.
  fullyParallel: false,
  workers: 1,
  forbidOnly: !!process.env.CI,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI
    ? [['list'], ['html', { outputFolder: 'playwright-report', open: 'never' }]]
    : [['list']],
  use: {
    baseURL,
    locale: 'nl-NL',
    timezoneId: 'Europe/Amsterdam',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: chromium,
  },
  projects: [
    {
      name: 'desktop',
      use: {
        browserName: 'chromium',
        viewport: { width: 1280, height: 800 },
      },
    },
    {
      name: 'phone',
      use: {
        browserName: 'chromium',
        viewport: { width: 390, height: 844 },
        deviceScaleFactor: 3,
        isMobile: true,
        hasTouch: true,
      },
    },
  ],
  webServer: externalBaseURL
    ? undefined
    : {
        command: 'make e2e-server',
        cwd: repoRoot,
        url: `${baseURL}/healthz`,
        reuseExistingServer: !process.env.CI,
        timeout: 180_000,
        stdout: 'pipe',
        stderr: 'pipe',
      },
});
