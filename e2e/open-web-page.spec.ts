/**
 * Last year's report as a web page (#10): a page saved by the browser in GBK, opened through 从上年
 * 报告开始, and a report copied from the browser (Ctrl+A, Ctrl+C) and pasted on the start screen —
 * the clipboard's HTML is read, tables and all — each reviewed and then used to start this year.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';

const GBK_PAGE = 'fixtures/web/bogang-2021-gbk.html';
const COPIED_PAGE = 'fixtures/web/jiliao-2021-in-2019-layout.html';
const COPIED_TEXT = '../shared/fixtures/published/jiliao-2021-in-2019-layout.txt';

async function expectAllRead(page: Page) {
  const parts = page.getByRole('table', { name: '各部分读取情况' });
  for (const name of ['二、主动公开', '三、收到和处理', '四、政府信息公开行政复议']) {
    await expect(parts.getByRole('row', { name: new RegExp(name) })).toContainText('已读出');
  }
  await expect(page.getByRole('cell', { name: '未读出', exact: true })).toHaveCount(0);
}

test.describe('last year’s report as a web page', () => {
  test('opens a page saved in GBK, reviews it and starts the next year from it', async ({
    page,
  }) => {
    await page.goto('/');
    await page.getByLabel('选择上年的报告文件').setInputFiles({
      name: '柘城县伯岗镇人民政府2021年政府信息公开工作年度报告.html',
      mimeType: 'text/html',
      buffer: readFileSync(GBK_PAGE),
    });
    await expect(page.getByRole('heading', { level: 1, name: '核对读出的内容' })).toBeFocused();
    await expect(page.getByRole('main')).toContainText(
      '按政府网站上公开的年度报告网页 (.html)读出：柘城县伯岗镇人民政府 2021年报告，2021年格式',
    );
    await expectAllRead(page);

    await page.getByRole('button', { name: '开始2022年报告' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      '柘城县伯岗镇人民政府2022年政府信息公开工作年度报告',
    );
  });

  test('reads a report pasted from the browser as HTML, reviews it and starts the next year', async ({
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('/');
    const html = readFileSync(COPIED_PAGE, 'utf8');
    const text = readFileSync(COPIED_TEXT, 'utf8');
    await page.evaluate(
      async ([h, t]) => {
        await navigator.clipboard.write([
          new ClipboardItem({
            'text/html': new Blob([h ?? ''], { type: 'text/html' }),
            'text/plain': new Blob([t ?? ''], { type: 'text/plain' }),
          }),
        ]);
      },
      [html, text],
    );
    const area = page.getByRole('textbox', { name: '或者粘贴上年报告的内容' });
    await area.focus();
    await page.keyboard.press('Control+V');

    await expect(page.getByRole('heading', { level: 1, name: '核对读出的内容' })).toBeFocused();
    await expect(page.getByRole('main')).toContainText(
      '文件“粘贴的网页内容”按政府网站上公开的年度报告网页 (.html)读出：汝州市寄料镇人民政府 2021年报告，2019年格式',
    );
    await expectAllRead(page);

    await page.getByRole('button', { name: '开始2022年报告' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('2022年');
  });

  test('says so when what was pasted is not a report', async ({ page }) => {
    await page.goto('/');
    const area = page.getByRole('textbox', { name: '或者粘贴上年报告的内容' });
    await area.fill('这不是报告');
    await page.getByRole('button', { name: '读取粘贴的文字' }).click();
    await expect(page.getByRole('alert')).toContainText('粘贴的内容：');
  });
});
