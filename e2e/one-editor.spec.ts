/**
 * Keeping the work whatever the user does: two windows on one draft, renaming onto another
 * draft's name, storage that never answers, an over-long paste.
 */
import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import {
  BOGANG_BODY,
  RECEIVED,
  SECTION_HEADINGS,
  cell,
  cellValue,
  editor,
  expectSaved,
  fillCell,
  startReport,
} from './report-page';

const readOnly = (page: Page) => page.getByText('这份报告正在另一个窗口中编辑');
const resume = (page: Page, body = BOGANG_BODY) =>
  page.getByRole('button', { name: `继续：${body} 2021年`, exact: true });

test('a second window opens the draft read-only and can take it over without losing either', async ({
  page,
  context,
}) => {
  test.slow();
  await startReport(page);
  await fillCell(page, RECEIVED, '自然人', '4');
  await expectSaved(page);

  const second = await context.newPage();
  await second.goto('/');
  await resume(second).click();
  await expect(readOnly(second)).toBeVisible();
  await expect(cellValue(second, RECEIVED, '自然人')).toHaveText('4');
  await expect(editor(second, RECEIVED, '自然人')).toBeDisabled();

  // Typed in the first window just before the take-over, not yet autosaved.
  await fillCell(page, RECEIVED, '商业企业', '2');
  await second.getByRole('button', { name: '在本窗口编辑' }).click();
  await expect(readOnly(second)).toBeHidden();
  await expect(cellValue(second, RECEIVED, '商业企业')).toHaveText('2');
  await expect(readOnly(page)).toBeVisible();
  // The table's editor, still in the cell typed last, takes no more typing.
  await expect(editor(page, RECEIVED, '商业企业')).toBeDisabled();

  await fillCell(second, RECEIVED, '科研机构', '1');
  await expectSaved(second);
  await second.reload();
  await expect(cellValue(second, RECEIVED, '科研机构')).toHaveText('1');
  await expect(cellValue(second, RECEIVED, '商业企业')).toHaveText('2');
});

test('renaming onto another draft asks, and keeps both drafts', async ({ page }) => {
  test.slow();
  const other = '柘城县岗王镇人民政府';
  await startReport(page, other);
  await fillCell(page, RECEIVED, '自然人', '8');
  await expectSaved(page);
  await page.getByRole('button', { name: '返回首页' }).click();

  await startReport(page);
  await fillCell(page, RECEIVED, '自然人', '3');
  const body = page.getByLabel('机关全称');
  await body.fill(other);
  await body.press('Tab');
  const dialog = page.getByRole('dialog', { name: `本机已有另一份“${other} 2021年”的草稿` });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: '两份都保留' }).click();
  await expectSaved(page);

  await page.getByRole('button', { name: '返回首页' }).click();
  await expect(resume(page, other)).toHaveCount(2);
  await expect(resume(page)).toHaveCount(0);
  for (const expected of ['3', '8']) {
    await page.goto('/');
    const buttons = resume(page, other);
    await expect(buttons).toHaveCount(2);
    await buttons.nth(expected === '3' ? 0 : 1).click();
    await expect(cellValue(page, RECEIVED, '自然人')).toHaveText(expected);
    await page.getByRole('button', { name: '返回首页' }).click();
  }
});

test('storage that never answers: 开始编写 still opens the editor, says so and offers a backup', async ({
  page,
}) => {
  test.slow();
  await page.addInitScript(() => {
    // A hung profile: the open request never succeeds nor fails.
    IDBFactory.prototype.open = function open() {
      return {} as IDBOpenDBRequest;
    };
  });
  await startReport(page);
  await fillCell(page, RECEIVED, '自然人', '6');
  const banner = page.getByRole('alert').filter({ hasText: '未能把草稿保存在本机' });
  await expect(banner).toContainText('没有响应', { timeout: 15_000 });
  await expect(page.getByRole('status').filter({ hasText: '未能保存到本机' })).toBeVisible();

  const downloading = page.waitForEvent('download');
  await banner.getByRole('button', { name: '下载备份' }).click();
  const saved = JSON.parse(await readFile(await (await downloading).path(), 'utf8')) as {
    cells: Record<string, string>;
  };
  expect(saved.cells['三/1/自然人']).toBe('6');

  // The start screen says storage is not answering and still lists the work, from the journal.
  await page.getByRole('button', { name: '返回首页' }).click();
  await expect(page.getByRole('alert')).toContainText('无法读取本机草稿', { timeout: 15_000 });
  await expect(resume(page)).toBeVisible();
});

test('over-limit pastes are marked where they are, saved, and the draft still opens', async ({
  page,
}) => {
  test.slow();
  await startReport(page);
  const target = cell(page, RECEIVED, '自然人');
  const sentence =
    '本年度共收到申请若干件，其中大部分已经办结，少数仍在办理之中，具体数字待统计后补充填写。';
  const pasted = sentence.repeat(3).slice(0, 101);
  // One value pasted is inserted by the browser itself (the grid handles only blocks), as here.
  await target.click();
  await editor(page, RECEIVED, '自然人').selectText();
  await page.keyboard.insertText(pasted);
  await target.press('Tab');
  await expect(page.getByText(/内容太长，共 101 字，最多 100 字/).first()).toBeVisible();
  // A body name of 2,001 characters and a section of 200,001, each arriving as one insertion.
  const body = page.getByLabel('机关全称');
  await body.selectText();
  await page.keyboard.insertText('某'.repeat(2_001));
  await body.press('Tab');
  await expect(page.getByText(/内容太长，共 2001 字，最多 2000 字/).first()).toBeVisible();
  const long = sentence.repeat(5_000).slice(0, 200_001);
  const section = page.getByRole('textbox', { name: `${SECTION_HEADINGS[4]}（正文）` });
  await section.focus();
  await page.keyboard.insertText(long);
  await section.press('Tab');
  await expect(page.getByText(/内容太长，共 200001 字，最多 200000 字/).first()).toBeVisible();
  await expectSaved(page);

  await page.reload();
  await expect(cellValue(page, RECEIVED, '自然人')).toHaveText(pasted);
  await expect(page.getByLabel('机关全称')).toHaveValue('某'.repeat(2_001));
  await expect(section).toHaveValue(long);
  for (const marked of [/共 101 字，最多 100 字/, /共 2001 字，最多 2000 字/, /共 200001 字/]) {
    await expect(page.getByText(marked).first()).toBeVisible();
  }
});
