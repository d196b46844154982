/**
 * A new version deployed while a page is open: the server then has only the new build's files, and
 * the open page must go on working on its own (exporting, opening a file load code on demand),
 * and say that a reload brings the new version. The build is served from a copy this test can
 * "deploy" over, by a small static server of its own.
 */
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { expect, test } from '@playwright/test';
import { BOGANG_BODY, RECEIVED, SECTION_HEADINGS, fillCell } from './report-page';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
};

function serve(root: string): Promise<{ server: Server; url: string }> {
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname));
    const file = join(root, path.endsWith('/') ? `${path}index.html` : path);
    try {
      const body = readFileSync(file);
      response.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      });
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      resolve({ server, url: `http://127.0.0.1:${port}/` });
    }),
  );
}

/** Replaces the served build by "another" one: none of the old assets, a new worker. */
function deploy(root: string): void {
  rmSync(join(root, 'assets'), { recursive: true, force: true });
  const sw = join(root, 'sw.js');
  const source = readFileSync(sw, 'utf8')
    .replace(/const VERSION = '([^']+)';/, "const VERSION = '$1-next';")
    .replace(/const PRECACHE = \[[^\]]*\];/, "const PRECACHE = ['index.html'];");
  writeFileSync(sw, source);
}

test('an open page keeps exporting and opening files after a new version is deployed', async ({
  page,
}) => {
  test.slow();
  const root = mkdtempSync(join(tmpdir(), 'deployed-'));
  cpSync('dist', root, { recursive: true });
  expect(readdirSync(join(root, 'assets')).length).toBeGreaterThan(2);
  const { server, url } = await serve(root);
  try {
    await page.goto(url);
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      if (navigator.serviceWorker.controller) return;
      await new Promise((resolve) =>
        navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }),
      );
    });
    await page.getByLabel('机关全称').fill(BOGANG_BODY);
    await page.getByLabel('报告年度').fill('2021');
    await page.getByRole('button', { name: '开始编写' }).click();
    await expect(page.getByRole('heading', { level: 2, name: SECTION_HEADINGS[0] })).toBeVisible();
    await fillCell(page, RECEIVED, '自然人', '3');

    deploy(root);
    await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.ready;
      await registration.update();
    });
    await expect(page.getByText('新版本已就绪，刷新后使用')).toBeVisible({ timeout: 15_000 });

    // The exporter was never loaded before: it comes from the earlier build's cache.
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: '导出文本（.txt）' }).click();
    // A new report has blank cells: the open errors are shown first.
    await page.getByRole('button', { name: '仍然导出' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe(`${BOGANG_BODY}2021年政府信息公开工作年度报告.txt`);

    // Opening a file needs the reading worker, never loaded before either.
    await page.getByRole('button', { name: '返回首页' }).click();
    await page
      .getByLabel('选择报告文件（.json、.docx 或 .txt）')
      .setInputFiles('fixtures/published/zhengguo-2020.json');
    await expect(page.getByLabel('机关全称')).toHaveValue('郑郭镇政府', { timeout: 15_000 });
    await expect(page.getByText('Failed to fetch')).toHaveCount(0);
  } finally {
    server.close();
    rmSync(root, { recursive: true, force: true });
  }
});
