import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import type { AxeResults } from 'axe-core';
import {
  DISCLOSED,
  RECEIVED,
  SECTION_HEADINGS,
  fillBogang,
  fillCell,
  section,
  startReport,
} from './report-page';

const AXE = fileURLToPath(new URL('../node_modules/axe-core/axe.min.js', import.meta.url));
const artifact = (name: string) =>
  fileURLToPath(new URL(`../artifacts/${name}.png`, import.meta.url));

/** The office screen the layout is made for (form.css). */
test.use({ viewport: { width: 1366, height: 768 } });

/**
 * Runs axe (WCAG 2.x A/AA and best practice) once over the whole page and files each violation
 * under the region (section) its element is in, or `page` outside any. Axe is injected once per
 * document, and only violations come back in full: re-injecting it per call and a run per section
 * on top of the page's own (the sections are inside the page) did the same checks eight times,
 * and the passes of every cell made a 1.6 MB result — together over 30 s on a loaded machine.
 */
async function axeByRegion(page: Page): Promise<Record<string, string[]>> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE });
  return page.evaluate(async () => {
    const results = await (window as unknown as AxeWindow).axe.run(document, {
      resultTypes: ['violations'],
      elementRef: true,
    });
    const found: Record<string, string[]> = {};
    for (const v of results.violations) {
      for (const node of v.nodes) {
        const region = node.element?.closest('section[aria-labelledby]');
        const heading = region && document.getElementById(region.getAttribute('aria-labelledby')!);
        const where = heading?.textContent ?? 'page';
        (found[where] ??= []).push(`${v.id} (${v.impact}): ${v.help} — ${node.target.join(' ')}`);
      }
    }
    return found;
  });
}

/** Axe over the whole page: its violations, region by region. */
const axe = async (page: Page): Promise<string[]> => Object.values(await axeByRegion(page)).flat();

interface AxeWindow {
  readonly axe: {
    run: (
      context: Document,
      options: { resultTypes: string[]; elementRef: boolean },
    ) => Promise<AxeResults>;
  };
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
    // A whole journey (start, fill, break three fields), a full-page screenshot and axe over every
    // section: ~10 s alone, over 30 s on two cores shared with other test runs.
    test.slow();
    await startReport(page);
    await fillBogang(page);
    // Markers shown: an invalid figure and an unbalanced column.
    await fillCell(page, DISCLOSED, '科研机构', 'abc');
    await fillCell(page, RECEIVED, '自然人', '3');
    await page.getByRole('textbox', { name: `${SECTION_HEADINGS[5]}（正文）` }).fill('');
    await page.getByRole('heading', { level: 1 }).click();

    // One full-page screenshot shows every section (a screenshot per section waited for each to
    // scroll into view and settle, seconds apiece on a loaded machine).
    await page.screenshot({ path: artifact('editor'), fullPage: true });
    // Every section is there to be checked, so an empty list below means checked and clean.
    for (const heading of SECTION_HEADINGS) await expect(section(page, heading)).toBeVisible();
    expect(await axeByRegion(page)).toEqual({});
  });

  test('has no axe violations on the import review and in a report carried from last year', async ({
    page,
  }) => {
    // Two screens, each screenshot and checked whole by axe: see the editor test above.
    test.slow();
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
