/**
 * Printing as a user does: open a report, press 打印, and get an A4 document (print media, as
 * Chromium prints it, backgrounds on as a user may tick them) with the title, the six headings,
 * the tables' figures and `— N —` page numbers; 打印空白表 prints the same tables without figures.
 * The PDF is read with poppler: its text, where each page's text ends (pdftotext -bbox-layout) and
 * its pages as PNGs under artifacts/ (pdftoppm) for a person to look at.
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
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  mkdirSync('artifacts', { recursive: true });
  const path = `artifacts/${name}.pdf`;
  writeFileSync(path, pdf);
  execFileSync('pdftoppm', ['-r', '60', '-png', path, `artifacts/${name}`]);
  const pages = Number(
    /Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [path], { encoding: 'utf8' }))?.[1],
  );
  const text = execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
  return { path, pages, text, flat: text.replace(/\s+/g, '') };
}

/** A4 in points and the GB/T 9704 text block: 37 mm from the top, 35 mm from the bottom. */
const PAGE_HEIGHT = 841.89;
const MM = 72 / 25.4;
const TEXT_TOP = 37 * MM;
const TEXT_BOTTOM = PAGE_HEIGHT - 35 * MM;

interface PageText {
  /** Text of the page, whitespace removed. */
  readonly flat: string;
  /** Where the page's last line of text (its page number aside) ends, in points from the top. */
  readonly bottom: number;
}

/** Each page's text and how far down it reaches, from pdftotext's word boxes. */
function pageTexts(path: string): PageText[] {
  const xml = execFileSync('pdftotext', ['-bbox', path, '-'], { encoding: 'utf8' });
  return xml
    .split('<page ')
    .slice(1)
    .map((page) => {
      const words = [...page.matchAll(/yMax="([\d.]+)">([^<]*)</g)].map((m) => ({
        bottom: Number(m[1]),
        text: m[2] ?? '',
      }));
      // The folio `— N —` sits in the bottom margin, below the text block.
      const body = words.filter((w) => w.bottom <= TEXT_BOTTOM + 1);
      return {
        flat: words.map((w) => w.text).join(''),
        bottom: Math.max(TEXT_TOP, ...body.map((w) => w.bottom)),
      };
    });
}

/**
 * How many pixel rows of each page are mostly a flat light grey — a background block. Text and
 * rules are black on white; antialiased text never fills most of a row with one light grey.
 */
function greyRows(path: string): number[] {
  const out = execFileSync('pdftoppm', ['-r', '20', '-gray', path], { maxBuffer: 1 << 26 });
  const counts: number[] = [];
  for (let at = 0; at < out.length;) {
    const header = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(out.subarray(at, at + 40).toString('latin1'));
    if (!header) break;
    const [width, height] = [Number(header[1]), Number(header[2])];
    const start = at + header[0].length;
    let grey = 0;
    for (let y = 0; y < height; y += 1) {
      const row = out.subarray(start + y * width, start + (y + 1) * width);
      if (row.filter((v) => v >= 232 && v <= 250).length > width / 2) grey += 1;
    }
    counts.push(grey);
    at = start + width * height;
  }
  return counts;
}

/** The first lines of the document: the title as printed, line by line. */
const leadingLines = (text: string, count: number) =>
  text
    .split('\n')
    .map((line) => line.replace(/\s+/g, ''))
    .filter(Boolean)
    .slice(0, count);

test.describe('printing', () => {
  test('prints the report as an A4 document with headings, figures and page numbers', async ({
    page,
  }) => {
    const { path, pages, flat, text } = await printToPdf(page, '打印', 'print-jiliao');
    expect(pages).toBeGreaterThanOrEqual(4);
    // Too long for one line of 2号 type: broken by meaning, the body, then year and report name.
    expect(leadingLines(text, 3)).toEqual([
      '汝州市寄料镇人民政府',
      '2021年政府信息公开工作年度报告',
      '一、总体情况',
    ]);
    for (const heading of SECTION_HEADINGS) expect(flat).toContain(heading);
    expect(flat).toContain('620.705536');
    expect(flat).toContain('（本列数据的勾稽关系为：');
    for (let n = 1; n <= pages; n += 1) expect(flat).toContain(`—${n}—`);
    // With backgrounds on, the paper stays white: no grey block after the last line.
    expect(greyRows(path).every((rows) => rows === 0)).toBe(true);
    // The editor's controls are not printed.
    expect(flat).not.toContain('检查结果');
    expect(flat).not.toContain('空白格填0');
  });

  test('fills every page up to the end of table 三, letting the table break with its header repeated', async ({
    page,
  }) => {
    const { path } = await printToPdf(page, '打印', 'print-jiliao-pages');
    const pages = pageTexts(path);
    const last = pages.findIndex((p) => p.flat.includes('四、结转下年度继续办理'));
    const first = pages.findIndex((p) => p.flat.includes('三、收到和处理政府信息公开申请情况'));
    expect(first).toBeGreaterThan(0);
    expect(last).toBeGreaterThan(first);
    const empty = pages
      .slice(0, last)
      .map((p) => (TEXT_BOTTOM - p.bottom) / (TEXT_BOTTOM - TEXT_TOP));
    for (const share of empty) expect(share).toBeLessThanOrEqual(1 / 3);
    // Every page table 三 runs onto starts with its header again.
    for (const p of pages.slice(first + 1, last + 1)) expect(p.flat).toContain('申请人情况');
  });

  test('prints the tables without figures when 打印空白表 is chosen', async ({ page }) => {
    const { path, flat, text } = await printToPdf(page, '打印空白表', 'print-blank');
    expect(greyRows(path).every((rows) => rows === 0)).toBe(true);
    // Narrow columns keep their width: headers read across, never one character a line.
    expect(text).toMatch(/自然人/);
    expect(text).toMatch(/其他/);
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
