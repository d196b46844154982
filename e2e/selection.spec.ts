/**
 * Selecting a block of cells with Shift+arrows and clearing it with Delete, as in a spreadsheet:
 * one step that Ctrl+Z undoes at once.
 */
import { expect, test } from '@playwright/test';
import { CARRIED_IN, RECEIVED, cell, cellValue } from './report-page';

test.describe('selecting cells', () => {
  test('clears a Shift+arrow selection with Delete as one undoable step', async ({ page }) => {
    await page.goto('/');
    await page.getByLabel('机关全称').fill('测试镇人民政府');
    await page.getByLabel('报告年度').fill('2021');
    await page.getByRole('button', { name: '开始编写' }).click();
    const grid = page.getByRole('region', { name: '三、收到和处理政府信息公开申请情况' });
    await grid.getByRole('button', { name: '空白格填0' }).click();

    await cell(page, RECEIVED, '自然人').click();
    await page.keyboard.press('Shift+ArrowRight');
    await page.keyboard.press('Shift+ArrowRight');
    await page.keyboard.press('Shift+ArrowDown');
    await page.keyboard.press('Delete');

    const block = [RECEIVED, CARRIED_IN].flatMap((row) =>
      ['自然人', '商业企业', '科研机构'].map((column) => cellValue(page, row, column)),
    );
    for (const figure of block) await expect(figure).toHaveText('');
    await expect(cellValue(page, RECEIVED, '社会公益组织')).toHaveText('0');
    await expect(page.getByRole('status').filter({ hasText: '已清空 6 格' })).toBeVisible();

    await page.keyboard.press('Control+z');
    for (const figure of block) await expect(figure).toHaveText('0');
  });
});
