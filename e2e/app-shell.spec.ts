import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';

/** The six section titles, identical in both formats (report-format.md §2). */
const SECTION_HEADINGS = [
  '一、总体情况',
  '二、主动公开政府信息情况',
  '三、收到和处理政府信息公开申请情况',
  '四、政府信息公开行政复议、行政诉讼情况',
  '五、存在的主要问题及改进情况',
  '六、其他需要报告的事项',
];

const SCREENSHOT = fileURLToPath(new URL('../artifacts/app-shell.png', import.meta.url));

test.describe('app shell', () => {
  test('shows the report title and the six official section headings', async ({
    page,
  }, testInfo) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });

    await page.goto('/');

    await expect(page).toHaveTitle('政府信息公开工作年度报告');
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      /^\d{4}年政府信息公开工作年度报告$/,
    );
    for (const name of SECTION_HEADINGS) {
      await expect(page.getByRole('heading', { level: 2, name, exact: true })).toBeVisible();
    }
    await expect(page.getByRole('heading', { level: 2 })).toHaveText(SECTION_HEADINGS);

    await page.screenshot({ path: SCREENSHOT, fullPage: true });
    await testInfo.attach('app-shell', { path: SCREENSHOT, contentType: 'image/png' });
    expect(errors).toEqual([]);
  });
});
