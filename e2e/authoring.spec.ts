import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import {
  APPLICANT_COLUMNS,
  CARRIED_IN,
  CARRIED_OUT,
  DISCLOSED,
  OUTCOME_TOTAL,
  RECEIVED,
  SECTION_HEADINGS,
  allTotals,
  cell,
  cellValue,
  editor,
  fillBogang,
  fillCell,
  paste,
  section,
  startReport,
  summaryHeading,
  total,
  totalCell,
} from './report-page';

const fillTableThreeWithZeros = async (page: Page) =>
  section(page, SECTION_HEADINGS[2]).getByRole('button', { name: '空白格填0' }).click();

test.describe('authoring a report', () => {
  test('shows the published totals and no errors when the 伯岗镇 figures and texts are filled', async ({
    page,
  }) => {
    await startReport(page);
    const published = await fillBogang(page);

    const stated = Object.values(published.stated);
    await expect(allTotals(page)).toHaveCount(stated.length);
    await expect(allTotals(page)).toHaveText(stated);
    await expect(total(page, OUTCOME_TOTAL)).toHaveText('0');
    await expect(total(page, '行政复议')).toHaveText('0');
    await expect(summaryHeading(page)).toHaveText(/^检查结果：0 个错误，\d+ 个提醒$/);
  });

  test('marks the four cells and the summary when 一 + 二 ≠ （七）总计 + 四 in a column, and clears when fixed', async ({
    page,
  }) => {
    await startReport(page);
    await fillBogang(page);
    await expect(summaryHeading(page)).toHaveText(/：0 个错误/);

    await fillCell(page, RECEIVED, '自然人', '3');
    await cell(page, RECEIVED, '自然人').press('Tab');

    const unbalanced = /表三“自然人”列不平衡.*比前两项少 3 件/;
    for (const involved of [
      cell(page, RECEIVED, '自然人'),
      cell(page, CARRIED_IN, '自然人'),
      totalCell(page, OUTCOME_TOTAL, '自然人'),
      cell(page, CARRIED_OUT, '自然人'),
    ]) {
      await expect(involved).toHaveAccessibleDescription(unbalanced);
    }
    await expect(cell(page, DISCLOSED, '自然人')).toHaveAccessibleDescription('');
    // The 总计 column sums the applicant columns, so it is out of balance too.
    await expect(summaryHeading(page)).toHaveText(/：2 个错误/);

    await page.getByRole('link', { name: unbalanced }).click();
    await expect(editor(page, RECEIVED, '自然人')).toBeFocused();

    // Focus selects the figure, so typing replaces it, as in a spreadsheet.
    await page.keyboard.type('0');
    await page.keyboard.press('Tab');
    await expect(summaryHeading(page)).toHaveText(/：0 个错误/);
    await expect(cell(page, RECEIVED, '自然人')).toHaveAccessibleDescription('');
    await expect(page.getByRole('link', { name: /列不平衡/ })).toHaveCount(0);
  });

  test('fills a 3×6 block and its totals, undone and redone in one step, when a block is pasted into 三', async ({
    page,
  }) => {
    await startReport(page);
    const block = ['1\t2\t3\t4\t5\t6', '0\t1\t0\t1\t0\t1', '1\t3\t3\t5\t5\t7'].join('\r\n');
    await paste(cell(page, RECEIVED, '自然人'), `${block}\r\n`);

    await expect(page.getByText('已粘贴 18 格。')).toBeVisible();
    const rows = [
      [RECEIVED, ['1', '2', '3', '4', '5', '6'], '21'],
      [CARRIED_IN, ['0', '1', '0', '1', '0', '1'], '3'],
      [DISCLOSED, ['1', '3', '3', '5', '5', '7'], '24'],
    ] as const;
    for (const [row, values, sum] of rows) {
      for (const [i, column] of APPLICANT_COLUMNS.entries())
        await expect(cellValue(page, row, column)).toHaveText(values[i] ?? '');
      await expect(total(page, row)).toHaveText(sum);
    }

    await page.keyboard.press('Control+z');
    for (const [row] of rows) {
      for (const column of APPLICANT_COLUMNS)
        await expect(cellValue(page, row, column)).toHaveText('');
      await expect(total(page, row)).toHaveText('');
    }

    // Leaving the cell after the undo is not a new edit: redo still restores the paste.
    await page.keyboard.press('Tab');
    await expect(editor(page, RECEIVED, '商业企业')).toBeFocused();
    await page.keyboard.press('Control+y');
    for (const [row, values, sum] of rows) {
      for (const [i, column] of APPLICANT_COLUMNS.entries())
        await expect(cellValue(page, row, column)).toHaveText(values[i] ?? '');
      await expect(total(page, row)).toHaveText(sum);
    }
  });

  test('reads full-width digits as a number and normalises them when the cell is left', async ({
    page,
  }) => {
    await startReport(page);
    await fillTableThreeWithZeros(page);
    const typed = cell(page, RECEIVED, '自然人');

    await typed.click();
    await page.keyboard.type('１２');
    await expect(total(page, RECEIVED)).toHaveText('12');
    await expect(editor(page, RECEIVED, '自然人')).toHaveValue('１２');

    await page.keyboard.press('Tab');
    await expect(cellValue(page, RECEIVED, '自然人')).toHaveText('12');
    await expect(typed).toHaveAccessibleDescription(/“自然人”列不平衡.*少 12 件/);
  });

  for (const bad of ['abc', '-1', '1.5', '1234567890']) {
    test(`says what is wrong at the cell and keeps what was typed when “${bad}” is typed`, async ({
      page,
    }) => {
      await startReport(page);
      await fillTableThreeWithZeros(page);
      const typed = cell(page, DISCLOSED, '科研机构');
      const neighbour = cell(page, DISCLOSED, '社会公益组织');
      const errorsBefore = await summaryHeading(page).textContent();

      await typed.click();
      await page.keyboard.type(bad);
      await page.keyboard.press('Tab');

      await expect(typed.locator('.cell-value')).toHaveText(bad);
      await expect(typed).toHaveAttribute('aria-invalid', 'true');
      await expect(typed).toHaveAccessibleDescription(new RegExp(`^错误：.*“${bad}”有误`));
      await expect(summaryHeading(page)).not.toHaveText(errorsBefore ?? '');
      // Nothing else changes: the neighbours keep their figure and their clean state.
      await expect(neighbour.locator('.cell-value')).toHaveText('0');
      await expect(neighbour).toHaveAccessibleDescription('');
      await expect(cellValue(page, RECEIVED, '科研机构')).toHaveText('0');
    });
  }

  test('keeps the figure and the page when Enter is pressed in the last row, with nowhere to move', async ({
    page,
  }) => {
    await startReport(page);
    const last = cell(page, CARRIED_OUT, '其他');
    const url = page.url();

    await last.click();
    await page.keyboard.type('7');
    await page.keyboard.press('Enter');

    // The editor is a form of its own (cell-editor.tsx); Enter must not submit it.
    await expect(editor(page, CARRIED_OUT, '其他')).toBeFocused();
    await expect(last.locator('.cell-value')).toHaveText('7');
    expect(page.url()).toBe(url);
  });

  test('moves between typed cells with arrows and Enter, skipping computed cells, when navigating by keyboard', async ({
    page,
  }) => {
    await startReport(page);
    await cell(page, RECEIVED, '自然人').click();

    await page.keyboard.press('ArrowRight');
    await expect(editor(page, RECEIVED, '商业企业')).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(editor(page, CARRIED_IN, '商业企业')).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(editor(page, DISCLOSED, '商业企业')).toBeFocused();
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowLeft');
    await expect(editor(page, CARRIED_IN, '自然人')).toBeFocused();

    // The last typed row of 三（六）, then down over the computed （七）总计 row.
    await cell(page, '其他处理：3.其他', '自然人').click();
    await page.keyboard.press('ArrowDown');
    await expect(editor(page, CARRIED_OUT, '自然人')).toBeFocused();

    // Right of the last applicant column is the computed 总计: focus stays.
    await cell(page, RECEIVED, '其他').click();
    await page.keyboard.press('ArrowRight');
    await expect(editor(page, RECEIVED, '其他')).toBeFocused();

    // Tab skips the computed 总计 to the next row's first cell.
    await page.keyboard.press('Tab');
    await expect(editor(page, CARRIED_IN, '自然人')).toBeFocused();
    await cell(page, '行政复议', '尚未审结').click();
    await page.keyboard.press('Tab');
    await expect(editor(page, '未经复议直接起诉', '结果维持')).toBeFocused();

    // No computed cell is in the tab order at all.
    const tabbable = await page
      .locator('td[data-computed]')
      .evaluateAll((cells) => cells.filter((c) => (c as HTMLElement).tabIndex >= 0));
    expect(tabbable).toHaveLength(0);
  });
});
