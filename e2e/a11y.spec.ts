import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';
import type { AxeResults } from 'axe-core';
import {
  DISCLOSED,
  RECEIVED,
  SECTION_HEADINGS,
  cell,
  fillBogang,
  section,
  startReport,
} from './report-page';

const AXE = fileURLToPath(new URL('../node_modules/axe-core/axe.min.js', import.meta.url));
const artifact = (name: string) =>
  fileURLToPath(new URL(`../artifacts/${name}.png`, import.meta.url));

/** The office screen the layout is made for (form.css). */
test.use({ viewport: { width: 1366, height: 768 } });

/** Runs axe (WCAG 2.x A/AA and best practice) on one element, or the whole page. */
async function axe(page: Page, scope?: Locator): Promise<string[]> {
  await page.addScriptTag({ path: AXE });
  const results = scope
    ? await scope.evaluate((element) => (window as unknown as AxeWindow).axe.run(element))
    : await page.evaluate(() => (window as unknown as AxeWindow).axe.run(document));
  return results.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}

interface AxeWindow {
  readonly axe: { run: (context: Element | Document) => Promise<AxeResults> };
}

test.describe('accessibility and layout', () => {
  test('has no axe violations on the start screen when it first opens', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByText('本机还没有草稿。')).toBeVisible();
    await page.screenshot({ path: artifact('start-screen'), fullPage: true });
    expect(await axe(page)).toEqual([]);
  });

  test('has no axe violations in any section of the editor when cells carry errors', async ({
    page,
  }) => {
    await startReport(page);
    await fillBogang(page);
    // Markers shown: an invalid figure and an unbalanced column.
    await cell(page, DISCLOSED, '科研机构').fill('abc');
    await cell(page, RECEIVED, '自然人').fill('3');
    await page.getByRole('textbox', { name: `${SECTION_HEADINGS[5]}（正文）` }).fill('');
    await page.getByRole('heading', { level: 1 }).click();

    await page.screenshot({ path: artifact('editor'), fullPage: true });
    const found: Record<string, string[]> = {};
    found['page'] = await axe(page);
    for (const heading of SECTION_HEADINGS) {
      const region = section(page, heading);
      await region.screenshot({ path: artifact(`section-${heading.slice(0, 1)}`) });
      found[heading] = await axe(page, region);
    }
    expect(found).toEqual(
      Object.fromEntries(['page', ...SECTION_HEADINGS].map((name) => [name, []])),
    );
  });

  test('has no axe violations on the import review and in a report carried from last year', async ({
    page,
  }) => {
    const published = readFileSync('../shared/fixtures/published/bogang-2021.txt', 'utf8');
    await page.goto('/');
    await page.getByLabel('选择上年的报告文件').setInputFiles({
      name: 'bogang-2021.txt',
      mimeType: 'text/plain',
      // One unreadable figure, so the review shows its marks.
      buffer: Buffer.from(published.replace('规章\t0\t0\t0', '规章\t/\t0\t0'), 'utf8'),
    });
    await expect(page.getByRole('cell', { name: '未读出', exact: true })).toBeVisible();
    await page.screenshot({ path: artifact('import-review'), fullPage: true });
    expect(await axe(page)).toEqual([]);

    await page.getByRole('button', { name: '开始2022年报告' }).click();
    await page.getByRole('button', { name: '显示2021年数字' }).click();
    await section(page, SECTION_HEADINGS[2]).screenshot({ path: artifact('carried-table-3') });
    expect(await axe(page)).toEqual([]);
  });

  test('fits the page width at 1366×768 without horizontal scrolling when the editor is open', async ({
    page,
  }) => {
    await startReport(page);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
  });
});
