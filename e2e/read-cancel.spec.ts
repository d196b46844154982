/**
 * Reading a file runs in a worker the user can stop (issue #11): a file that takes a while shows
 * `正在读取“…”…` with 取消; 取消 (or Esc) stops the read, focus returns to the picker, and the user
 * is back on the start screen with nothing changed and no error.
 */
import { expect, test } from '@playwright/test';

/**
 * 19 MB of a report's text, just under the 20 MB limit: seconds of reading on any machine. It opens
 * with two section headings, so the reader takes it for a report and reads it all (text without
 * them is refused at once, in a fraction of a second).
 */
const bigText = (): Buffer => {
  const line = '一、总体情况。本年度共主动公开政府信息 123 条，办理依申请公开 45 件。\n';
  const body = line.repeat(Math.floor((19 * 1024 * 1024) / Buffer.byteLength(line)));
  return Buffer.from(`一、总体情况\n二、主动公开政府信息情况\n${body}`);
};

for (const how of ['取消', 'Esc'] as const) {
  test(`a slow read can be stopped with ${how}, leaving the start screen as it was`, async ({
    page,
  }) => {
    test.setTimeout(120_000);
    await page.goto('/');
    const picker = page.getByLabel('选择报告文件（.json、.docx 或 .txt）');
    await picker.focus();
    await picker.setInputFiles({
      name: '很大的报告.txt',
      mimeType: 'text/plain',
      buffer: bigText(),
    });

    const dialog = page.getByRole('dialog', { name: '正在读取“很大的报告.txt”…' });
    await expect(dialog).toBeVisible();
    const cancel = dialog.getByRole('button', { name: '取消' });
    await expect(cancel).toBeFocused();
    // The page is not frozen while the worker reads: it answers at once.
    const answered = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          const start = performance.now();
          setTimeout(() => resolve(performance.now() - start), 0);
        }),
    );
    expect(answered).toBeLessThan(200);

    if (how === 'Esc') await page.keyboard.press('Escape');
    else await cancel.click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('政府信息公开工作年度报告');
    await expect(page.getByRole('alert')).toHaveCount(0);
    await expect(picker).toBeFocused();
    await expect(picker).toHaveValue('');
    // Still working: a new report can be started.
    await page.getByLabel('机关全称').fill('城关镇人民政府');
    await expect(page.getByLabel('机关全称')).toHaveValue('城关镇人民政府');
  });
}
