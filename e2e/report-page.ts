/**
 * What the browser tests do the way a user does: start a report from the start screen, find a cell
 * by its accessible name (`<row> — <column>`), read a computed total, read the issue count. Only
 * roles and labels, so a test breaks when what a user (or a screen reader) meets changes.
 */
import { readFileSync } from 'node:fs';
import { expect } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';

export const BOGANG_BODY = '柘城县伯岗镇人民政府';

/** The six section titles, identical in both formats (report-format.md §2). */
export const SECTION_HEADINGS = [
  '一、总体情况',
  '二、主动公开政府信息情况',
  '三、收到和处理政府信息公开申请情况',
  '四、政府信息公开行政复议、行政诉讼情况',
  '五、存在的主要问题及改进情况',
  '六、其他需要报告的事项',
] as const;

/** Table 三's six applicant columns, in order (the seventh, 总计, is computed). */
export const APPLICANT_COLUMNS = [
  '自然人',
  '商业企业',
  '科研机构',
  '社会公益组织',
  '法律服务机构',
  '其他',
] as const;

export const RECEIVED = '一、本年新收政府信息公开申请数量';
export const CARRIED_IN = '二、上年结转政府信息公开申请数量';
export const DISCLOSED = '（一）予以公开';
export const OUTCOME_TOTAL = '（七）总计';
export const CARRIED_OUT = '四、结转下年度继续办理';

interface SaveFile {
  readonly meta: Record<string, string | number>;
  readonly texts: Record<'一' | '五' | '六', string>;
  readonly cells: Record<string, string>;
  readonly stated: Record<string, string>;
}

/** The transcribed 伯岗镇 2021 report (fixtures/published/bogang-2021.json), read as a user's source. */
export const bogang = (): SaveFile =>
  JSON.parse(
    readFileSync(new URL('../fixtures/published/bogang-2021.json', import.meta.url), 'utf8'),
  ) as SaveFile;

/** Starts a new report from the start screen and waits for the editor. */
export async function startReport(page: Page, body = BOGANG_BODY, year = '2021'): Promise<void> {
  await page.goto('/');
  await page.getByLabel('机关全称').fill(body);
  await page.getByLabel('报告年度').fill(year);
  await page.getByRole('button', { name: '开始编写' }).click();
  await expect(page.getByRole('heading', { level: 2, name: SECTION_HEADINGS[0] })).toBeVisible();
}

/**
 * A cell of a table grid, by the name its editor takes there (`<row> — <column>`, grid-cell.tsx):
 * a screen reader names a grid cell by its row and column headers, which a locator cannot ask
 * for. Focusing or clicking it brings the table's one editor into it.
 */
export const cell = (page: Page, row: string, column: string): Locator =>
  page.locator(`td[data-name="${row} — ${column}"]`);

/** The table's editor while it is in the cell: a text box named as the cell. */
export const editor = (page: Page, row: string, column: string): Locator =>
  page.getByRole('textbox', { name: `${row} — ${column}`, exact: true });

/** Clicks a cell and types `value` over its figure, as a user does. */
export async function fillCell(page: Page, row: string, column: string, value: string) {
  await cell(page, row, column).click();
  await editor(page, row, column).fill(value);
}

/**
 * The figure a cell shows (its text, without the marks and notes under it). The cell's own text
 * rather than the editor's, so it reads the same wherever the editor is.
 */
export const cellValue = (page: Page, row: string, column: string): Locator =>
  cell(page, row, column).locator('.cell-value');

/** A computed cell, by its name `<row> — <column>（自动合计）`. */
export const totalCell = (page: Page, row: string, column = '总计'): Locator =>
  cell(page, row, `${column}（自动合计）`);

/** The figure a computed cell shows. */
export const total = (page: Page, row: string, column = '总计'): Locator =>
  totalCell(page, row, column).locator('.cell-value');

/** The figures of every computed cell of the form. */
export const allTotals = (page: Page): Locator =>
  page.locator('td[data-name$="（自动合计）"] .cell-value');

export const section = (page: Page, heading: string): Locator =>
  page.getByRole('region', { name: heading, exact: true });

/** The issue summary's heading, e.g. `检查结果：0 个错误，1 个提醒`. */
export const summaryHeading = (page: Page): Locator =>
  page.getByRole('heading', { level: 2, name: /^检查结果：/ });

/** Fills the 伯岗镇 figures (all 0, one `空白格填0` per table) and its three texts. */
export async function fillBogang(page: Page): Promise<SaveFile> {
  const report = bogang();
  for (const heading of SECTION_HEADINGS.slice(1, 4)) {
    await section(page, heading).getByRole('button', { name: '空白格填0' }).click();
  }
  for (const [id, heading] of [
    ['一', SECTION_HEADINGS[0]],
    ['五', SECTION_HEADINGS[4]],
    ['六', SECTION_HEADINGS[5]],
  ] as const) {
    await page.getByRole('textbox', { name: `${heading}（正文）` }).fill(report.texts[id]);
  }
  return report;
}

/** Waits for the autosave status to say the latest change is in IndexedDB. */
export const expectSaved = (page: Page): Promise<void> =>
  expect(page.getByRole('status').filter({ hasText: /^已保存 \d{2}:\d{2}:\d{2}$/ })).toBeVisible();

/**
 * Pastes text the way a spreadsheet's copy arrives: a real `paste` event carrying text/plain, at
 * what has focus once `target` is focused (a cell hands focus to its table's editor).
 */
export async function paste(target: Locator, text: string): Promise<void> {
  await target.focus();
  await target.page().evaluate((data) => {
    const clipboardData = new DataTransfer();
    clipboardData.setData('text/plain', data);
    document.activeElement?.dispatchEvent(
      new ClipboardEvent('paste', { clipboardData, bubbles: true, cancelable: true }),
    );
  }, text);
}
