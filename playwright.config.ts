import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { defineConfig } from '@playwright/test';

/**
 * Browser journeys against the real Go binary, always one that Playwright starts itself: `make
 * e2e-server` (bin/werkportaal with a fresh SQLite demo database) on a free loopback port, waiting
 * for /healthz. A server that happens to listen on that port already is never reused: Playwright
 * stops with "is already used" instead. The servers' logs go to .test-output/e2e-server-N.log (N
 * the worker slot, 1 …), so the test output stays readable.
 *
 * The browser is Debian's /usr/bin/chromium-headless-shell (override with CHROMIUM_PATH); Playwright never
 * downloads one. The headless shell is the same Blink without the full browser's UI process: what
 * Playwright itself runs for headless tests; in make test the browsers took 280 s of CPU instead
 * of the full browser's 421 s.
 */
const repoRoot = fileURLToPath(new URL('.', import.meta.url));

/**
 * Parallel workers, each with a server and demo database of its own (E2E_WORKERS, default 2): the
 * journeys run side by side without sharing lockout counters, sessions or a SQLite writer lock.
 */
const workers = Math.max(1, Number(process.env.E2E_WORKERS || 2));

/**
 * Ports the kernel just handed out and released, one per worker. The config is evaluated again in
 * every worker; the first evaluation stores the ports in the environment, which the workers inherit,
 * and each worker takes the one of its slot (TEST_PARALLEL_INDEX, 0 … workers-1, set by Playwright
 * in the worker's environment; a worker started again after a failure keeps its slot and so its
 * server). E2E_PORTS set by hand (comma-separated) picks the ports instead.
 */
function freePorts(n: number): string {
  const script = `const net=require('net');const all=[];let left=${n};for(let i=0;i<${n};i++){const s=net.createServer();all.push(s);s.listen(0,'127.0.0.1',()=>{if(--left===0){process.stdout.write(all.map((x)=>x.address().port).join(','));for(const x of all)x.close()}})}`;
  return execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' }).trim();
}
process.env.E2E_PORTS ||= freePorts(workers);
const ports = process.env.E2E_PORTS.split(',');
const slot = Number(process.env.TEST_PARALLEL_INDEX ?? 0);
const baseURL = `http://127.0.0.1:${ports[slot % ports.length]}`;

const chromium = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium-headless-shell',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
};

export default defineConfig({
  testDir: 'frontend/e2e',
  testMatch: '**/*.spec.ts',
  outputDir: 'test-results',
  // A spec file runs in one worker, its journeys one after another on that worker's database.
  fullyParallel: false,
  workers: ports.length,
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
    // The trace of a failed journey keeps its DOM snapshots, network and console, without the
    // screencast: recording a frame of every change for every journey cost a fifth of the browser
    // tests' CPU, for traces that are thrown away when the journey passes.
    trace: { mode: 'retain-on-failure', screenshots: false },
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
  webServer: ports.map((port, i) => ({
    command: `make --no-print-directory e2e-server E2E_PORT=${port} E2E_LOG=.test-output/e2e-server-${i + 1}.log`,
    cwd: repoRoot,
    url: `http://127.0.0.1:${port}/healthz`,
    reuseExistingServer: false,
    timeout: 180_000,
    stdout: 'ignore' as const,
    stderr: 'pipe' as const,
  })),
});
