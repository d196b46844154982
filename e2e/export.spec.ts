/**
 * Downloading the report as a user does: open a saved report, press 导出文本（.txt）, and get the
 * file named after the report, byte for byte the reviewed golden export.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { cellValue } from './report-page';

test.describe('exporting', () => {
  test('downloads the .txt named after the report, identical to the golden export', async ({
    page,
  }) => {
    await page.goto('/');
    await page
      .getByLabel('选择报告文件（.json、.docx 或 .txt）')
      .setInputFiles('fixtures/published/zhengguo-2020.json');
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: '导出文本（.txt）' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe('郑郭镇政府2020年政府信息公开工作年度报告.txt');
    const path = await download.path();
    expect(readFileSync(path)).toEqual(readFileSync('fixtures/golden/zhengguo-2020.txt'));
  });

  test('downloads the .docx and opens it again with every figure', async ({ page }) => {
    await page.goto('/');
    await page
      .getByLabel('选择报告文件（.json、.docx 或 .txt）')
      .setInputFiles('fixtures/published/jiliao-2021-in-2019-layout.json');
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: '导出 Word（.docx）' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe(
      '汝州市寄料镇人民政府2021年政府信息公开工作年度报告.docx',
    );
    const path = await download.path();
    expect(readFileSync(path).subarray(0, 2).toString()).toBe('PK');

    await page.getByRole('button', { name: '返回首页' }).click();
    await page.getByLabel('选择报告文件（.json、.docx 或 .txt）').setInputFiles({
      name: download.suggestedFilename(),
      mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      buffer: readFileSync(path),
    });
    await expect(cellValue(page, '政府集中采购', '采购总金额')).toHaveText('620.705536');
    await expect(cellValue(page, '行政复议', '结果纠正')).toHaveText('1');
  });
});
