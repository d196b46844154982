/**
 * Opening last year's published report as its text (a .txt copied from the website): the app reads
 * it through the same entry point as the CLI, and a figure it cannot read is named, never guessed.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';

const BOGANG = '../shared/fixtures/published/bogang-2021.txt';

test.describe('opening a published report', () => {
  test('opens a published .txt and names the figure it could not read', async ({ page }) => {
    const text = readFileSync(BOGANG, 'utf8').replace('规章\t0\t0\t0', '规章\t/\t0\t0');
    await page.goto('/');
    await page.getByLabel('选择本程序保存的报告文件').setInputFiles({
      name: 'bogang-2021.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from(text, 'utf8'),
    });
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      '柘城县伯岗镇人民政府2021年政府信息公开工作年度报告',
    );
    const notes = page.getByRole('region', { name: '打开文件时的提示' });
    await expect(notes).toContainText('二/（一）/规章/本年制发件数');
    await expect(page.getByLabel('规章 — 本年制发件数', { exact: true })).toHaveValue('');
    await expect(page.getByLabel('行政规范性文件 — 本年制发件数', { exact: true })).toHaveValue(
      '0',
    );
    await notes.getByRole('button', { name: '知道了' }).click();
    await expect(notes).toBeHidden();
  });
});
