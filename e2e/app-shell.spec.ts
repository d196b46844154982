import { expect, test } from '@playwright/test';
import { BOGANG_BODY, SECTION_HEADINGS, startReport } from './report-page';

test.describe('starting a report', () => {
  test('opens the editor with the six official section headings in order when body and year are given', async ({
    page,
  }) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });

    await page.goto('/');
    await expect(page).toHaveTitle('政府信息公开工作年度报告');
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('政府信息公开工作年度报告');

    await startReport(page, BOGANG_BODY, '2021');

    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      `${BOGANG_BODY}2021年政府信息公开工作年度报告`,
    );
    const sectionHeadings = page
      .getByRole('heading', { level: 2 })
      .filter({ hasText: /^[一二三四五六]、/ });
    await expect(sectionHeadings).toHaveText([...SECTION_HEADINGS]);
    expect(errors).toEqual([]);
  });

  test('refuses with a reason and stays on the start screen when the year is before 2019', async ({
    page,
  }) => {
    await page.goto('/');
    await page.getByLabel('机关全称').fill(BOGANG_BODY);
    await page.getByLabel('报告年度').fill('2018');
    await page.getByRole('button', { name: '开始编写' }).click();

    await expect(page.getByRole('alert')).toContainText('2018年没有统一格式');
    await expect(page.getByRole('alert')).toContainText('2019');
    await expect(page.getByRole('button', { name: '开始编写' })).toBeVisible();
    await expect(page.getByRole('heading', { name: SECTION_HEADINGS[0] })).toHaveCount(0);
  });

  test('refuses and asks for the body when the body is blank', async ({ page }) => {
    await page.goto('/');
    await page.getByLabel('机关全称').fill('   ');
    await page.getByLabel('报告年度').fill('2021');
    await page.getByRole('button', { name: '开始编写' }).click();

    await expect(page.getByRole('alert')).toHaveText('请填写机关全称。');
    await expect(page.getByRole('heading', { name: SECTION_HEADINGS[0] })).toHaveCount(0);
  });
});
