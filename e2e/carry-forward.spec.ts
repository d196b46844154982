/**
 * Starting this year from last year (issue #6): open last year's published text, review it, start
 * this year, find 上年结转 filled from last year's 结转下年度 and everything else blank, see where a
 * carried value came from and last year's figures on request, get the across-year check live, and
 * download the prefilled template and open it again.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { CARRIED_IN, RECEIVED, cell, cellValue, fillCell, section, total } from './report-page';

const BOGANG = '../shared/fixtures/published/bogang-2021.txt';
const TITLE_2022 = '柘城县伯岗镇人民政府2022年政府信息公开工作年度报告';

/** 伯岗镇 2021 as published, but with 2 + 1 applications received and carried into next year. */
function lastYearText(): string {
  const text = readFileSync(BOGANG, 'utf8')
    .replace(/^(一、本年新收政府信息公开申请数量)(\t0){7}$/m, '$1\t2\t1\t0\t0\t0\t0\t3')
    .replace(/^(\t四、结转下年度继续办理\t)(\t0){7}\t$/m, '$1\t2\t1\t0\t0\t0\t0\t3\t');
  expect(text.match(/\t2\t1\t0\t0\t0\t0\t3/g)).toHaveLength(2);
  return text;
}

async function openLastYear(page: Page): Promise<void> {
  await page.goto('/');
  await page.getByLabel('选择上年的报告文件').setInputFiles({
    name: '伯岗镇2021年报告.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from(lastYearText(), 'utf8'),
  });
  await expect(page.getByRole('heading', { level: 1, name: '核对读出的内容' })).toBeVisible();
}

test.describe('starting this year from last year', () => {
  test('reviews last year, starts this year with 上年结转 filled, downloads and reopens the template', async ({
    page,
  }) => {
    await openLastYear(page);
    const parts = page.getByRole('table', { name: '各部分读取情况' });
    for (const name of ['二、主动公开', '三、收到和处理', '四、政府信息公开行政复议']) {
      await expect(parts.getByRole('row', { name: new RegExp(name) })).toContainText('已读出');
    }
    await expect(page.getByRole('cell', { name: '未读出', exact: true })).toHaveCount(0);

    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: '下载2022年预填模板（.docx）' }).click();
    const template = await downloading;
    expect(template.suggestedFilename()).toContain('2022年');
    expect(template.suggestedFilename()).toMatch(/\.docx$/);
    const templateBytes = readFileSync(await template.path());

    await page.getByRole('button', { name: '开始2022年报告' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLE_2022);
    await expect(cellValue(page, CARRIED_IN, '自然人')).toHaveText('2');
    await expect(cellValue(page, CARRIED_IN, '商业企业')).toHaveText('1');
    await expect(cellValue(page, CARRIED_IN, '其他')).toHaveText('0');
    await expect(total(page, CARRIED_IN)).toHaveText('3');
    await expect(cellValue(page, RECEIVED, '自然人')).toHaveText('');
    await expect(cell(page, CARRIED_IN, '自然人')).toHaveAccessibleDescription(
      /由2021年报告的 三\/25\/自然人 结转而来/,
    );

    await page.getByRole('button', { name: '显示2021年数字' }).click();
    await expect(page.getByRole('button', { name: '显示2021年数字' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await expect(cell(page, RECEIVED, '自然人')).toHaveAccessibleDescription('2021年 2');

    // The narrative came over as a draft and is flagged until rewritten.
    const overview = section(page, '一、总体情况');
    await expect(overview).toContainText('与上年报告完全相同');
    await overview.getByRole('textbox').fill('2022年，本镇主动公开政府信息180条。');
    await expect(overview).not.toContainText('与上年报告完全相同');

    // The across-year check runs as the user types.
    await fillCell(page, CARRIED_IN, '自然人', '1');
    await cell(page, CARRIED_IN, '自然人').press('Tab');
    await expect(
      page.getByRole('link', {
        name: '表三“二、上年结转政府信息公开申请数量”行，“自然人”列为 1 件，但上年报告表三“四、结转下年度继续办理”行，“自然人”列为 2 件，少 1 件。',
      }),
    ).toBeVisible();

    // The template opens like any of our .docx files: this year, carried figures, last year beside.
    await page.getByRole('button', { name: '返回首页' }).click();
    await page.getByLabel('选择报告文件（.json、.docx 或 .txt）').setInputFiles({
      name: template.suggestedFilename(),
      mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      buffer: templateBytes,
    });
    const dialog = page.getByRole('dialog', {
      name: /本机已有“柘城县伯岗镇人民政府 2022年”的草稿/,
    });
    await expect(dialog).toBeVisible();
    await dialog.getByRole('button', { name: '替换草稿' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLE_2022);
    await expect(cellValue(page, CARRIED_IN, '自然人')).toHaveText('2');
    await expect(page.getByRole('button', { name: '显示2021年数字' })).toBeVisible();
  });

  test('a draft for the same year is never replaced without asking', async ({ page }) => {
    await openLastYear(page);
    await page.getByRole('button', { name: '开始2022年报告' }).click();
    await fillCell(page, RECEIVED, '自然人', '7');
    await cell(page, RECEIVED, '自然人').press('Tab');
    await expect(page.getByRole('status').filter({ hasText: /^已保存/ })).toBeVisible();

    await page.getByRole('button', { name: '返回首页' }).click();
    await page.getByLabel('选择上年的报告文件').setInputFiles({
      name: '伯岗镇2021年报告.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from(lastYearText(), 'utf8'),
    });
    await page.getByRole('button', { name: '开始2022年报告' }).click();
    const dialog = page.getByRole('dialog', { name: /的草稿$/ });
    await dialog.getByRole('button', { name: '继续编辑已有草稿' }).click();
    await expect(cellValue(page, RECEIVED, '自然人')).toHaveText('7');
  });
});
