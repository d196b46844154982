/**
 * What a clerk reads and where a clerk lands (issue #14): a balance error names the rows and the
 * column by their printed labels and its link focuses the cell just edited; a junk paste says what
 * it skipped and why; a report file opened with 打开报告文件 opens that year's report.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import {
  CARRIED_IN,
  DISCLOSED,
  RECEIVED,
  SECTION_HEADINGS,
  cell,
  cellValue,
  editor,
  fillBogang,
  fillCell,
  paste,
  section,
  startReport,
  summaryHeading,
  totalCell,
} from './report-page';

const BALANCE =
  '表三“自然人”列不平衡：“一、本年新收政府信息公开申请数量”0 件加“二、上年结转政府信息公开申请数量”0 件，共 0 件；' +
  '“（七）总计”2 件加“四、结转下年度继续办理”0 件，共 2 件，比前两项多 2 件。';

test.describe('messages in the form’s words', () => {
  test('names a balance error’s rows and column by their labels and focuses the cell just edited', async ({
    page,
  }) => {
    // Filling the whole report takes a while on the shared two-core machine.
    test.slow();
    await startReport(page);
    await fillBogang(page);
    await expect(summaryHeading(page)).toHaveText(/：0 个错误/);

    // An outcome row, not one of the four cells of the 勾稽关系: the link still goes to it.
    await fillCell(page, DISCLOSED, '自然人', '2');
    await cell(page, DISCLOSED, '自然人').press('Tab');
    await expect(summaryHeading(page)).toHaveText(/：2 个错误/);
    const link = page.getByRole('link', { name: BALANCE, exact: true });
    await expect(link).toBeVisible();
    await expect(page.getByRole('region', { name: /检查结果/ }).first()).not.toContainText('三/');
    await link.click();
    await expect(editor(page, DISCLOSED, '自然人')).toBeFocused();

    // The 总计 column's imbalance points into the column that does not balance, at the same cell.
    await page.getByRole('link', { name: /^表三“总计”列不平衡/ }).click();
    await expect(editor(page, DISCLOSED, '自然人')).toBeFocused();

    // Another edit elsewhere leaves the link on the cell the column's structure points to.
    await fillCell(page, '行政复议', '结果维持', '1');
    await cell(page, '行政复议', '结果维持').press('Tab');
    await link.click();
    await expect(totalCell(page, '（七）总计', '自然人')).toBeFocused();
  });

  test('says which pasted column it skipped and why', async ({ page }) => {
    await startReport(page);
    await paste(cell(page, RECEIVED, '自然人'), 'abc\t1\t2\r\n12件\t3\t4\r\n');
    await expect(page.getByText('已粘贴 4 格。第 1 列“abc”“12件”不是数字，未粘贴。')).toBeVisible();
    await expect(cellValue(page, RECEIVED, '自然人')).toHaveText('');
    await expect(cellValue(page, RECEIVED, '商业企业')).toHaveText('1');
    await expect(cellValue(page, CARRIED_IN, '科研机构')).toHaveText('4');
  });

  test('drops a pasted column of the table’s row labels and says so', async ({ page }) => {
    await startReport(page);
    const grid = section(page, SECTION_HEADINGS[2]);
    await expect(grid).toBeVisible();
    await paste(
      cell(page, RECEIVED, '自然人'),
      '一、本年新收政府信息公开申请数量\t5\t6\n二、上年结转政府信息公开申请数量\t7\t8\n',
    );
    await expect(page.getByText('已粘贴 4 格。第 1 列是本表的行名，未粘贴。')).toBeVisible();
    await expect(cellValue(page, CARRIED_IN, '商业企业')).toHaveText('8');
  });
});

test.describe('opening a report file', () => {
  test('reviews a published .txt and opens that year’s report, not the next', async ({ page }) => {
    await page.goto('/');
    await page.getByLabel('选择报告文件（.json、.docx 或 .txt）').setInputFiles({
      name: 'bogang-2021.txt',
      mimeType: 'text/plain',
      buffer: readFileSync('../shared/fixtures/published/bogang-2021.txt'),
    });
    await expect(page.getByRole('heading', { level: 1, name: '核对读出的内容' })).toBeFocused();
    const actions = page.getByRole('group', { name: '下一步' });
    await expect(actions.getByRole('button')).toHaveText(['打开2021年报告', '重新选择文件']);
    await actions.getByRole('button', { name: '打开2021年报告' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      '柘城县伯岗镇人民政府2021年政府信息公开工作年度报告',
    );
  });

  test('starts the next year from last year’s file with 开始2022年报告', async ({ page }) => {
    await page.goto('/');
    await page.getByLabel('选择上年的报告文件').setInputFiles({
      name: 'bogang-2021.txt',
      mimeType: 'text/plain',
      buffer: readFileSync('../shared/fixtures/published/bogang-2021.txt'),
    });
    const actions = page.getByRole('group', { name: '下一步' });
    await expect(actions.getByRole('button').first()).toHaveText('开始2022年报告');
    await actions.getByRole('button', { name: '开始2022年报告' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      '柘城县伯岗镇人民政府2022年政府信息公开工作年度报告',
    );
  });
});
