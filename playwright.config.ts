import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { defineConfig } from '@playwright/test';

/**
 * Browser journeys against the real Go binary, always one that Playwright starts itself: `make
 * e2e-server` (bin/werkportaal with a fresh SQLite demo database) on a free loopback port, waiting
 * for /healthz. A server that happens to listen on that port already is never reused: Playwright
 * stops with "is already used" instead. The server's log goes to .test-output/e2e-server.log, so
 * the test output stays readable.
 *
 * Chromium is Debian's /usr/bin/chromium (override with CHROMIUM_PATH); Playwright never downloads one.
 */
const repoRoot = fileURLToPath(new URL('.', import.meta.url));

/**
 * A port the kernel just handed out and released. The config is evaluated again in every worker;
 * the first evaluation stores the port in the environment, which the workers inherit, so all of
 * them agree on one server. E2E_PORT set by hand picks the port instead.
 */
function freePort(): string {
  const script = "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{process.stdout.write(String(s.address().port));s.close()})";
  return execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' }).trim();
}
process.env.E2E_PORT ||= freePort();
const port = process.env.E2E_PORT;
const baseURL = `http://127.0.0.1:${port}`;

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
  webServer: {
    command: `make --no-print-directory e2e-server E2E_PORT=${port}`,
    cwd: repoRoot,
    url: `${baseURL}/healthz`,
    reuseExistingServer: false,
    timeout: 180_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
