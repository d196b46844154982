/**
 * The words that follow from the figures (issue #13), as a clerk meets them: a new report's 前言
 * is drafted from its fields; the 依申请公开 sentence appears in 一 as table 三 is filled and
 * follows its figures; typed over, it is the clerk's and stops following until 按表格重新生成; the
 * 信息处理费 statement in 六 follows the fields above it.
 */
import { expect, test } from '@playwright/test';
import {
  DISCLOSED,
  RECEIVED,
  SECTION_HEADINGS,
  cell,
  fillCell,
  section,
  startReport,
} from './report-page';

const BODY = '示例县和平镇人民政府';
const APPLICATIONS = '依申请公开情况（按表三）';

test('drafts the 前言 and keeps the 依申请公开 sentence in step with table 三', async ({
  page,
}) => {
  await startReport(page, BODY, '2025');
  const preface = page.getByLabel('前言');
  await expect(preface).toHaveValue(
    /本报告由示例县和平镇人民政府根据《中华人民共和国政府信息公开条例》/,
  );
  await expect(preface).toHaveValue(/统计期限自2025年1月1日起至2025年12月31日止/);
  await page.getByLabel('联系电话').fill('0517-1234567');
  await expect(preface).toHaveValue(/请与示例县和平镇人民政府联系（电话：0517-1234567）。/);

  const three = section(page, SECTION_HEADINGS[2]);
  await three.getByRole('button', { name: '空白格填0' }).click();
  const one = page.getByLabel(`${SECTION_HEADINGS[0]}（正文）`);
  await expect(one).toHaveValue(/（二）依申请公开情况\n本年度未收到政府信息公开申请。/);

  for (const row of [RECEIVED, DISCLOSED]) {
    await fillCell(page, row, '自然人', '3');
    await cell(page, row, '自然人').press('Tab');
  }
  await expect(one).toHaveValue(
    /本年度共收到政府信息公开申请3件；均为自然人申请。本年度办结3件，均予以公开。/,
  );

  const drafted = section(page, SECTION_HEADINGS[0])
    .getByRole('listitem')
    .filter({ hasText: APPLICATIONS });
  await expect(drafted.getByText('自动生成，随表格更新')).toBeVisible();

  // The clerk rewrites the sentence: it is theirs now and a new figure leaves it alone.
  const text = await one.inputValue();
  const mine = '本年度共收到申请3件，全部公开。';
  await one.fill(text.replace(/本年度共收到政府信息公开申请3件；[^\n]*/, mine));
  await expect(drafted.getByText('已改写，不再随表格更新')).toBeVisible();
  await fillCell(page, RECEIVED, '商业企业', '1');
  await cell(page, RECEIVED, '商业企业').press('Tab');
  await expect(one).toHaveValue(new RegExp(mine));

  await drafted.getByRole('button', { name: '按表格重新生成' }).click();
  await expect(one).not.toHaveValue(new RegExp(mine));
  await expect(one).toHaveValue(
    /本年度共收到政府信息公开申请4件；其中自然人申请3件、法人或其他组织申请1件。/,
  );
});

test('drafts 六’s 信息处理费 statement from the fields above it', async ({ page }) => {
  await startReport(page, BODY, '2025');
  const six = page.getByLabel(`${SECTION_HEADINGS[5]}（正文）`);
  await page.getByLabel('发出收费通知件数').fill('0');
  await expect(six).toHaveValue(/^本年度未发出信息处理费收费通知，未收取信息处理费。/);
  await page.getByLabel('发出收费通知件数').fill('２');
  await page.getByLabel('实际收取金额').fill('150');
  await expect(six).toHaveValue(/^本年度发出信息处理费收费通知2件，实际收取信息处理费150元。/);
});
