/**
 * The tables' one editor (issue #12), used as a spreadsheet's: it comes to the cell clicked or
 * reached by the keys with the figure selected; Esc puts the figure back, F2 and a double click
 * edit it in place, a block pasted while editing lands at the cell as one undo step. Typing
 * through a Chinese input method is in ime.spec.ts; the keys that move, in authoring.spec.ts.
 */
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import {
  CARRIED_IN,
  RECEIVED,
  SECTION_HEADINGS,
  cell,
  cellValue,
  editor,
  fillCell,
  paste,
  section,
  startReport,
  total,
} from './report-page';

const fillTableThreeWithZeros = (page: Page) =>
  section(page, SECTION_HEADINGS[2]).getByRole('button', { name: '空白格填0' }).click();

test.describe('the tables’ editor', () => {
  test('puts the figure back when Esc is pressed while typing over it', async ({ page }) => {
    await startReport(page);
    await fillTableThreeWithZeros(page);
    await cell(page, RECEIVED, '自然人').click();
    await page.keyboard.type('5');
    await expect(total(page, RECEIVED)).toHaveText('5');

    await page.keyboard.press('Escape');
    await expect(editor(page, RECEIVED, '自然人')).toHaveValue('0');
    await expect(total(page, RECEIVED)).toHaveText('0');
    await page.keyboard.press('Tab');
    await expect(cellValue(page, RECEIVED, '自然人')).toHaveText('0');
    // Nothing was committed: the only step to undo is the fill.
    await page.keyboard.press('Control+z');
    await expect(cellValue(page, RECEIVED, '自然人')).toHaveText('');
  });

  test('edits the figure in place after F2 or a double click, where arrows move the caret', async ({
    page,
  }) => {
    await startReport(page);
    await fillCell(page, RECEIVED, '自然人', '12');
    await page.keyboard.press('Tab');

    await cell(page, RECEIVED, '自然人').click();
    await page.keyboard.press('F2');
    await page.keyboard.type('3');
    await expect(editor(page, RECEIVED, '自然人')).toHaveValue('123');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.type('4');
    await expect(editor(page, RECEIVED, '自然人')).toHaveValue('1243');
    await page.keyboard.press('Enter');
    await expect(editor(page, CARRIED_IN, '自然人')).toBeFocused();
    await expect(cellValue(page, RECEIVED, '自然人')).toHaveText('1243');
    await expect(total(page, RECEIVED)).toHaveText('');

    await cell(page, RECEIVED, '自然人').dblclick();
    await page.keyboard.type('5');
    await expect(editor(page, RECEIVED, '自然人')).toHaveValue('12435');
  });

  test('pastes a block while a figure is being typed, the typing and the paste one undo step each', async ({
    page,
  }) => {
    await startReport(page);
    await cell(page, RECEIVED, '自然人').click();
    await page.keyboard.type('7');
    await paste(editor(page, RECEIVED, '自然人'), '1\t2\r\n3\t4\r\n');

    await expect(page.getByText('已粘贴 4 格。')).toBeVisible();
    await expect(editor(page, RECEIVED, '自然人')).toHaveValue('1');
    await expect(cellValue(page, RECEIVED, '商业企业')).toHaveText('2');
    await expect(cellValue(page, CARRIED_IN, '自然人')).toHaveText('3');
    await expect(cellValue(page, CARRIED_IN, '商业企业')).toHaveText('4');

    await page.keyboard.press('Control+z');
    await expect(editor(page, RECEIVED, '自然人')).toHaveValue('7');
    await expect(cellValue(page, CARRIED_IN, '商业企业')).toHaveText('');
    await page.keyboard.press('Control+z');
    await expect(editor(page, RECEIVED, '自然人')).toHaveValue('');
  });

  test('is a grid to assistive technology: the editor is named by the cell’s row and column and described by its issue', async ({
    page,
  }) => {
    await startReport(page);
    await fillTableThreeWithZeros(page);
    const grid = page.getByRole('grid', { name: SECTION_HEADINGS[2] });
    await expect(grid).toBeVisible();
    // One stop for Tab per table: the editor, in one cell; every other cell is text.
    await expect(grid.getByRole('textbox')).toHaveCount(1);
    await expect(grid.getByRole('row', { name: /^一、本年新收/ })).toMatchAriaSnapshot(`
      - row:
        - rowheader "一、本年新收政府信息公开申请数量"
        - gridcell:
          - textbox "一、本年新收政府信息公开申请数量 — 自然人": "0"
        - gridcell "0"
        - gridcell "0"
        - gridcell "0"
        - gridcell "0"
        - gridcell "0"
        - gridcell "0"
    `);

    await fillCell(page, RECEIVED, '科研机构', 'abc');
    const typed = editor(page, RECEIVED, '科研机构');
    await expect(typed).toHaveAccessibleName('一、本年新收政府信息公开申请数量 — 科研机构');
    await expect(typed).toHaveAttribute('aria-invalid', 'true');
    await expect(typed).toHaveAccessibleDescription(/^错误：.*“abc”有误/);
    // The cell it leaves keeps the same description for a screen reader reading the table.
    await page.keyboard.press('Tab');
    await expect(cell(page, RECEIVED, '科研机构')).toHaveAccessibleDescription(/“abc”有误/);
    await expect(grid.getByRole('textbox')).toHaveAccessibleName(
      '一、本年新收政府信息公开申请数量 — 社会公益组织',
    );
  });

  test('keeps the page heading on the title as the title and the body name are typed', async ({
    page,
  }) => {
    await startReport(page);
    const heading = page.getByRole('heading', { level: 1 });
    await page.getByLabel('报告标题').fill('');
    await page.getByLabel('机关全称').fill('柘城县伯岗镇');
    // No title typed: the heading is the default title for the body name and the year.
    await expect(heading).toHaveText('柘城县伯岗镇2021年政府信息公开工作年度报告');
    await page.getByLabel('报告标题').fill('伯岗镇2021年度政府信息公开工作报告');
    await expect(heading).toHaveText('伯岗镇2021年度政府信息公开工作报告');
  });
});
