/**
 * Starting this year from last year's report as published in a PDF (issue #10): the real WPS-made
 * PDF of 淮安市洪泽区 2023 is read in the browser (pdf.js loaded only now, its worker and CMaps
 * from the app itself), reviewed, and this year starts from it with 上年结转 in place.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { CARRIED_IN, RECEIVED, cell, total } from './report-page';

const HONGZE = '../shared/fixtures/published/hongze-2023.pdf';

test('opens last year’s PDF, reviews it and starts this year from it', async ({ page }) => {
  // pdf.js loads and lays out five pages on first use: seconds on a busy machine.
  test.setTimeout(90_000);
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.goto('/');
  await page.waitForLoadState('networkidle');
  expect(requests.some((url) => /pdf/i.test(url))).toBe(false);

  await page.getByLabel('选择上年的报告文件').setInputFiles({
    name: '洪泽区2023年报告.pdf',
    mimeType: 'application/pdf',
    buffer: readFileSync(HONGZE),
  });
  await expect(page.getByRole('heading', { level: 1, name: '核对读出的内容' })).toBeVisible({
    timeout: 20_000,
  });
  await expect(page.getByText('淮安市洪泽区人民政府').first()).toBeVisible();
  const parts = page.getByRole('table', { name: '各部分读取情况' });
  for (const name of ['二、主动公开', '四、政府信息公开行政复议']) {
    await expect(parts.getByRole('row', { name: new RegExp(name) })).toContainText('已读出');
  }
  // （六）其他处理 is printed as one row: its three 2021 sub-rows are named, not guessed.
  await expect(page.getByRole('region', { name: /读取时的提示/ })).toContainText(
    '三/21/自然人 至 三/21/总计 留空',
  );
  expect(requests.some((url) => /pdf\.worker/.test(url))).toBe(true);

  await page.getByRole('button', { name: '开始2024年报告' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('2024年');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('洪泽区人民政府');
  await expect(cell(page, CARRIED_IN, '自然人')).toHaveValue('0');
  await expect(total(page, CARRIED_IN)).toHaveText('0');
  await expect(cell(page, RECEIVED, '自然人')).toHaveValue('');
});
