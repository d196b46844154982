/**
 * How the tests and the bench start a browser: Debian's chromium, never one Playwright downloads
 * (scripts/ensure-system-deps.mjs installs it), with the flags this closed network needs.
 */
import type { LaunchOptions } from '@playwright/test';

export const chromiumLaunchOptions: LaunchOptions = {
  executablePath: '/usr/bin/chromium',
  args: [
    // Chromium's sandbox cannot start as root (CI containers); a normal user keeps it.
    ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-gpu',
    '--no-first-run',
  ],
};
