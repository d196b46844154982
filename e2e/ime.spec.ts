import { expect, test } from '@playwright/test';
import type { CDPSession, Page } from '@playwright/test';
import { RECEIVED, SECTION_HEADINGS, cell, section, startReport, total } from './report-page';

/**
 * Types through an input method the way chromium receives it from a Chinese IME: each key is a
 * keydown the page sees as `Process` (key code 229), then the composition text is updated; the
 * last step commits the candidate. Driven over CDP, so the browser runs its real composition path
 * (compositionstart/update/end, input events with isComposing) rather than a script's imitation.
 */
async function compose(
  page: Page,
  keys: readonly string[],
  steps: readonly string[],
  commit: string,
) {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  for (const [i, text] of steps.entries()) {
    await cdp.send('Input.dispatchKeyEvent', {
      type: 'rawKeyDown',
      key: 'Process',
      code: keys[i] ?? '',
      windowsVirtualKeyCode: 229,
    });
    await cdp.send('Input.imeSetComposition', {
      text,
      selectionStart: text.length,
      selectionEnd: text.length,
    });
    await cdp.send('Input.dispatchKeyEvent', {
      type: 'keyUp',
      key: 'Process',
      code: keys[i] ?? '',
      windowsVirtualKeyCode: 229,
    });
  }
  await cdp.send('Input.insertText', { text: commit });
  await cdp.detach();
}

const fillTableThreeWithZeros = (page: Page) =>
  section(page, SECTION_HEADINGS[2]).getByRole('button', { name: '空白格填0' }).click();

test.describe('typing through a Chinese input method', () => {
  test('keeps full-width digits composed into a filled cell, totals them, and normalises them on leaving', async ({
    page,
  }) => {
    await startReport(page);
    await fillTableThreeWithZeros(page);
    const typed = cell(page, RECEIVED, '自然人');

    // Focus selects the figure, so the composition replaces it, as typing does.
    await typed.focus();
    await compose(page, ['Digit1', 'Digit2'], ['１', '１２'], '１２');

    await expect(typed.locator('.cell-value')).toHaveText('１２');
    await expect(total(page, RECEIVED)).toHaveText('12');
    await page.keyboard.press('Tab');
    await expect(typed.locator('.cell-value')).toHaveText('12');
    await expect(total(page, RECEIVED)).toHaveText('12');
    await expect(typed).toHaveAccessibleDescription(/“自然人”列不平衡.*少 12 件/);
  });

  test('keeps the first character when a composition is the first keystroke into an empty cell', async ({
    page,
  }) => {
    await startReport(page);
    await fillTableThreeWithZeros(page);
    const typed = cell(page, RECEIVED, '商业企业');
    // Emptied and left, so the composition below starts in an empty cell with nothing selected.
    await typed.focus();
    await page.keyboard.press('Backspace');
    await page.keyboard.press('Tab');
    await expect(typed.locator('.cell-value')).toHaveText('');
    await expect(total(page, RECEIVED)).toHaveText('');

    await typed.focus();
    await compose(page, ['Digit3'], ['３'], '３');
    await expect(typed.locator('.cell-value')).toHaveText('３');
    await expect(total(page, RECEIVED)).toHaveText('3');

    // The next composition goes after it, not over it.
    await compose(page, ['Digit0'], ['０'], '０');
    await expect(typed.locator('.cell-value')).toHaveText('３０');
    await expect(total(page, RECEIVED)).toHaveText('30');
    await page.keyboard.press('Enter');
    await expect(typed.locator('.cell-value')).toHaveText('30');
    await expect(typed).toHaveAccessibleDescription(/“商业企业”列不平衡.*少 30 件/);
  });

  test('keeps every character composed into the text of section 一', async ({ page }) => {
    await startReport(page);
    const text = page.getByRole('textbox', { name: `${SECTION_HEADINGS[0]}（正文）` });

    await text.click();
    await compose(page, ['KeyB', 'KeyN'], ['b', 'ben'], '本');
    await compose(page, ['KeyJ', 'KeyG'], ['j', 'jg'], '机关');
    await expect(text).toHaveValue('本机关');

    await page.keyboard.type('2021年');
    await compose(page, ['KeyG', 'KeyK'], ['g', 'gk'], '公开');
    await expect(text).toHaveValue('本机关2021年公开');
  });
});
