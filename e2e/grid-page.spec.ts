/**
 * Table 三 fits the page (issue #14): no inner frame hides its last rows, and while the page
 * scrolls through it the header stays visible just under the toolbar.
 */
import { expect, test } from '@playwright/test';
import { CARRIED_OUT, SECTION_HEADINGS, cell, section, startReport } from './report-page';

test('table 三 scrolls with the page and keeps its header in view', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await startReport(page);
  const three = section(page, SECTION_HEADINGS[2]);
  const frame = three.locator('[data-grid="三"]');
  const { inner, outer } = await frame.evaluate((element) => ({
    inner: element.scrollHeight,
    outer: element.clientHeight,
  }));
  expect(inner).toBeLessThanOrEqual(outer);

  const last = cell(page, CARRIED_OUT, '自然人');
  await last.scrollIntoViewIfNeeded();
  await expect(last).toBeInViewport();

  const header = three.getByRole('columnheader', { name: '自然人', exact: true });
  const toolbar = page.getByRole('toolbar', { name: '编辑' });
  const toolbarBox = await toolbar.boundingBox();
  const headerBox = await header.boundingBox();
  const lastBox = await last.boundingBox();
  if (!toolbarBox || !headerBox || !lastBox) throw new Error('not laid out');
  // The header sits below the toolbar, not under it, and above the last row.
  expect(headerBox.y).toBeGreaterThanOrEqual(toolbarBox.y + toolbarBox.height - 1);
  expect(headerBox.y).toBeLessThan(lastBox.y);
  await expect(header).toBeInViewport();
});
