/**
 * Starting this year from last year's report as published in a PDF (issue #10): the real WPS-made
 * PDF of 淮安市洪泽区 2023 is read in the browser (pdf.js loaded only now, its worker and CMaps
 * from the app itself), reviewed, and this year starts from it with 上年结转 in place.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { CARRIED_IN, RECEIVED, cellValue, total } from './report-page';

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
  await expect(page.getByRole('main')).toContainText('淮安市洪泽区人民政府 2023年报告，2021年格式');
  const parts = page.getByRole('table', { name: '各部分读取情况' });
  const part = (name: string) => parts.getByRole('row', { name: new RegExp(name) });
  await expect(part('二、主动公开')).toContainText('已读出');
  // Table 三 prints （六）其他处理 as one row: its three 2021 rows (21 cells, totals included) are all it lacks.
  await expect(part('三、收到和处理')).toContainText('175 格中读出 154 格，21 格未读出（留空）');
  // Table 四 is read whole, and its published inconsistency (行政复议 结果维持 10, 总计 0) marked.
  await expect(part('四、政府信息公开行政复议')).toContainText('已读出');
  await expect(part('四、政府信息公开行政复议')).toContainText('格数字不一致');
  await expect(page.getByRole('region', { name: /检查结果/ })).toContainText(
    '表四“行政复议”栏“总计”列报告中为 0 件，但本栏结果维持、结果纠正、其他结果、尚未审结相加为 11 件',
  );
  const tableFour = page
    .getByRole('table')
    .filter({ has: page.getByRole('columnheader', { name: '复议后起诉' }) });
  await expect(tableFour.getByRole('cell', { name: /^10\s*不一致$/ })).toBeVisible();
  // （六）其他处理 is printed as one row: its three 2021 sub-rows are named, not guessed.
  await expect(page.getByRole('region', { name: /读取时的提示/ })).toContainText(
    '三/21/自然人 至 三/21/总计 留空',
  );
  expect(requests.some((url) => /pdf\.worker/.test(url))).toBe(true);

  await page.getByRole('button', { name: '开始2024年报告' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('2024年');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('洪泽区人民政府');
  await expect(cellValue(page, CARRIED_IN, '自然人')).toHaveText('0');
  await expect(total(page, CARRIED_IN)).toHaveText('0');
  await expect(cellValue(page, RECEIVED, '自然人')).toHaveText('');
});
