/**
 * Makes sure the Debian packages the browser tests need are installed (run by `npm run e2e`).
 * Plain JavaScript because it runs before anything is built and Node 20 cannot run TypeScript.
 *
 * Fast path: when every package is present nothing is printed and apt is never called. When one is
 * missing, root installs it (CI containers run as root); anyone else gets the exact command to run,
 * because an unattended `sudo` would hang on a password prompt.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

/** True when the file exists: for packages whose binary path is fixed on Debian. */
export const fileExists = (path) => () => existsSync(path);

/** True when dpkg reports the package installed: for packages without one telling file (fonts). */
export const debInstalled = (name) => () => {
  const result = spawnSync('dpkg-query', ['-W', '-f=${Status}', name], { encoding: 'utf8' });
  return result.status === 0 && result.stdout.trim() === 'install ok installed';
};

/** Debian packages the tests need, each with how to tell it is installed. One line per package. */
export const requirements = [
  // Playwright launches Debian's chromium (playwright.config.ts) and never downloads its own.
  { name: 'chromium', present: fileExists('/usr/bin/chromium') },
  // The app is in Chinese; without a CJK font the screenshots show boxes instead of characters.
  { name: 'fonts-noto-cjk', present: debInstalled('fonts-noto-cjk') },
  // The .docx export test converts the exported file to PDF headless, as Word would print it.
  { name: 'libreoffice-writer-nogui', present: fileExists('/usr/bin/soffice') },
  // pdfinfo/pdftotext/pdftoppm read that PDF's page count and text and render pages to PNG.
  { name: 'poppler-utils', present: fileExists('/usr/bin/pdftoppm') },
];

const runApt = (args, env) => {
  const result = spawnSync('apt-get', args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.error) throw result.error;
  return result.status ?? 1;
};

/**
 * Installs what is missing when allowed to; returns the exit code. Everything that touches the
 * system is a parameter so the missing-package paths can be tested on a machine that has them all.
 */
export function ensureSystemDeps({
  list = requirements,
  isRoot = process.getuid?.() === 0,
  apt = runApt,
  log = console.error,
} = {}) {
  const missing = list.filter((r) => !r.present()).map((r) => r.name);
  if (missing.length === 0) return 0;
  if (!isRoot) {
    const packages = missing.join(' ');
    log(`缺少系统软件包 (missing): ${packages}。请运行 (run): sudo apt-get install -y ${packages}`);
    return 1;
  }
  log(`正在安装 / installing: ${missing.join(' ')}`);
  const updated = apt(['update']);
  if (updated !== 0) return updated;
  const installed = apt(['install', '-y', '--no-install-recommends', ...missing], {
    DEBIAN_FRONTEND: 'noninteractive',
  });
  if (installed !== 0) return installed;
  const stillMissing = list.filter((r) => !r.present()).map((r) => r.name);
  if (stillMissing.length === 0) return 0;
  log(`安装后仍缺少 / still missing after install: ${stillMissing.join(' ')}`);
  return 1;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = ensureSystemDeps();
}
