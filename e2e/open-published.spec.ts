/**
 * Opening a published report as its text (a .txt copied from the website): the app reads it
 * through the same entry point as the CLI and shows what it read before anything is used; a figure
 * it cannot read is marked and named, never guessed.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { cellValue } from './report-page';

const BOGANG = '../shared/fixtures/published/bogang-2021.txt';

test.describe('opening a published report', () => {
  test('reviews a published .txt, marks the figure it could not read, then edits it', async ({
    page,
  }) => {
    const text = readFileSync(BOGANG, 'utf8').replace('规章\t0\t0\t0', '规章\t/\t0\t0');
    await page.goto('/');
    await page.getByLabel('选择报告文件（.json、.docx 或 .txt）').setInputFiles({
      name: 'bogang-2021.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from(text, 'utf8'),
    });
    await expect(page.getByRole('heading', { level: 1, name: '核对读出的内容' })).toBeFocused();
    const parts = page.getByRole('table', { name: '各部分读取情况' });
    await expect(parts.getByRole('row', { name: /二、主动公开政府信息情况/ })).toContainText(
      '部分读出10 格中读出 9 格，1 格未读出（留空）。',
    );
    await expect(parts.getByRole('row', { name: /三、收到和处理/ })).toContainText('已读出');
    await expect(page.getByRole('cell', { name: '未读出', exact: true })).toHaveCount(1);
    await expect(page.getByRole('region', { name: /读取时的提示/ })).toContainText(
      '二/（一）/规章/本年制发件数',
    );

    await page.getByRole('button', { name: '打开2021年报告' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      '柘城县伯岗镇人民政府2021年政府信息公开工作年度报告',
    );
    const notes = page.getByRole('region', { name: '打开文件时的提示' });
    await expect(notes).toContainText('二/（一）/规章/本年制发件数');
    await expect(cellValue(page, '规章', '本年制发件数')).toHaveText('');
    await expect(cellValue(page, '行政规范性文件', '本年制发件数')).toHaveText('0');
    await notes.getByRole('button', { name: '知道了' }).click();
    await expect(notes).toBeHidden();
  });
});
