/**
 * Browser tests run in Debian's chromium (`scripts/ensure-system-deps.mjs` installs it), never in a
 * browser Playwright downloads: no `playwright install` anywhere, so the tests work offline and on
 * the same engine offices get from their distribution.
 */
import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './scripts/chromium';

const CI = Boolean(process.env.CI);
// E2E_PORT lets a second work tree run its tests beside one already serving 4173.
const PORT = Number(process.env.E2E_PORT ?? 4173);
const URL = `http://127.0.0.1:${PORT}/`;

export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results',
  // Two shared cores host both the preview server and chromium.
  workers: 1,
  fullyParallel: false,
  forbidOnly: CI,
  retries: 0,
  reporter: 'list',
  timeout: 30_000,
  expect: { timeout: 5_000 },
  use: {
    baseURL: URL,
    browserName: 'chromium',
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
    launchOptions: chromiumLaunchOptions,
  },
  webServer: {
    // `npm run e2e` builds first; the tests see exactly what `npm start` serves.
    command: `npx vite preview --host 127.0.0.1 --port ${PORT} --strictPort`,
    url: URL,
    reuseExistingServer: !CI,
    timeout: 30_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
