/**
 * Printing as a user does: open a report, press 打印, and get an A4 document (print media, as
 * Chromium prints it) with the title, the six headings, the tables' figures and `— N —` page
 * numbers; 打印空白表 prints the same tables without figures. The PDF is read with poppler.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { SECTION_HEADINGS } from './report-page';

const JILIAO = 'fixtures/published/jiliao-2021-in-2019-layout.json';

async function printToPdf(page: Page, button: '打印' | '打印空白表', name: string) {
  await page.goto('/');
  await page.getByLabel('选择报告文件（.json、.docx 或 .txt）').setInputFiles(JILIAO);
  await page.getByRole('button', { name: button, exact: true }).click();
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ preferCSSPageSize: true });
  mkdirSync('artifacts', { recursive: true });
  const path = `artifacts/${name}.pdf`;
  writeFileSync(path, pdf);
  const pages = Number(
    /Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [path], { encoding: 'utf8' }))?.[1],
  );
  const text = execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
  return { pages, flat: text.replace(/\s+/g, '') };
}

test.describe('printing', () => {
  test('prints the report as an A4 document with headings, figures and page numbers', async ({
    page,
  }) => {
    const { pages, flat } = await printToPdf(page, '打印', 'print-jiliao');
    expect(pages).toBeGreaterThanOrEqual(4);
    expect(flat).toContain('汝州市寄料镇人民政府2021年政府信息公开工作年度报告');
    for (const heading of SECTION_HEADINGS) expect(flat).toContain(heading);
    expect(flat).toContain('620.705536');
    expect(flat).toContain('（本列数据的勾稽关系为：第一项加第二项');
    for (let n = 1; n <= pages; n += 1) expect(flat).toContain(`—${n}—`);
    // The editor's controls are not printed.
    expect(flat).not.toContain('检查结果');
    expect(flat).not.toContain('空白格填0');
  });

  test('prints the tables without figures when 打印空白表 is chosen', async ({ page }) => {
    const { flat } = await printToPdf(page, '打印空白表', 'print-blank');
    expect(flat).toContain('第二十条第（九）项');
    expect(flat).toContain('四、结转下年度继续办理');
    expect(flat).not.toContain('620.705536');
    expect(flat).not.toContain('2021年汝州市寄料镇人民政府办公室共主动公开信息');
  });

  test('asks before printing a report whose errors are still open, and prints only when told to', async ({
    page,
  }) => {
    await page.goto('/');
    await page.getByLabel('机关全称').fill('测试镇人民政府');
    await page.getByLabel('报告年度').fill('2021');
    await page.getByRole('button', { name: '开始编写' }).click();
    await page.getByRole('button', { name: '打印', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: /报告还有 \d+ 个错误/ });
    await expect(dialog).toBeVisible();
    await expect(dialog).toContainText('格未填');
    await dialog.getByRole('button', { name: '返回修改' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('article', { name: '打印稿' })).toHaveCount(0);

    await page.getByRole('button', { name: '打印', exact: true }).click();
    await page.getByRole('dialog').getByRole('button', { name: '仍然打印' }).click();
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('article', { name: '打印稿' })).toBeVisible();
  });
});
