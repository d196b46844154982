import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import {
  BOGANG_BODY,
  DISCLOSED,
  RECEIVED,
  SECTION_HEADINGS,
  cellValue,
  expectSaved,
  fillBogang,
  fillCell,
  total,
} from './report-page';

const draftButton = (page: Page) =>
  page.getByRole('button', { name: `继续：${BOGANG_BODY} 2021年`, exact: true });

/** Every text field of the editor (cells, texts, details) by accessible name, with its value. */
/** Every field's text and every typed cell's figure (the tables' editors are where they were left). */
const allFields = async (page: Page) => [
  ...(await page
    .getByRole('textbox')
    .evaluateAll((fields) =>
      fields
        .filter((f) => !f.closest('[data-grid]'))
        .map((f) => [f.id, (f as HTMLInputElement).value]),
    )),
  ...(await page
    .locator('td[data-name]:not([data-computed])')
    .evaluateAll((cells) =>
      cells.map((c) => [
        c.getAttribute('data-name') ?? '',
        c.querySelector('.cell-value')?.textContent ?? '',
      ]),
    )),
];

async function startAndType(page: Page): Promise<void> {
  await page.getByLabel('机关全称').fill(BOGANG_BODY);
  await page.getByLabel('报告年度').fill('2021');
  await page.getByRole('button', { name: '开始编写' }).click();
  await expect(page.getByRole('heading', { level: 2, name: SECTION_HEADINGS[0] })).toBeVisible();
}

test.describe('keeping the work', () => {
  test('returns to the open report with every field when the page is reloaded', async ({
    page,
  }) => {
    test.slow(); // Fills the whole report twice over on two shared cores.
    await page.goto('/');
    await startAndType(page);
    await fillBogang(page);
    await fillCell(page, RECEIVED, '自然人', '4');
    await fillCell(page, DISCLOSED, '自然人', '4');
    await page.getByLabel('联系电话').fill('0370-7123456');
    await expectSaved(page);
    const before = await allFields(page);

    await page.reload();

    await expect(cellValue(page, RECEIVED, '自然人')).toHaveText('4');
    await expect(total(page, RECEIVED)).toHaveText('4');
    await expect(page.getByLabel('联系电话')).toHaveValue('0370-7123456');
    expect(await allFields(page)).toEqual(before);
    await expectSaved(page);

    // Back on the start screen the draft is listed, and reopens the same.
    await page.getByRole('button', { name: '返回首页' }).click();
    await page.reload();
    await draftButton(page).click();
    expect(await allFields(page)).toEqual(before);
  });

  test('keeps what was typed just before a reload, before the autosave could run', async ({
    page,
  }) => {
    await page.goto('/');
    await startAndType(page);
    await expectSaved(page);
    const prose = page.getByRole('textbox', { name: `${SECTION_HEADINGS[4]}（正文）` });
    await prose.pressSequentially('整改到位');
    await page.reload();
    await expect(prose).toHaveValue('整改到位');
    await expectSaved(page);
  });

  test('an older journal entry brought back by a browser crash is not replayed, nor kept apart', async ({
    page,
  }) => {
    test.slow(); // Two reloads, each reopening the draft, on two shared cores.
    // Chromium writes localStorage to disk seconds after the page does, so a killed browser can
    // come back with a journal entry whose text was saved (and the entry cleared) since. Here that
    // entry is kept aside as the journal had it, and put back before each reload.
    await page.addInitScript(() => {
      const written: string[] = [];
      Object.assign(window, { journalWrites: written });
      const setItem = Storage.prototype.setItem;
      Storage.prototype.setItem = function (name: string, value: string) {
        if (name.includes(':journal:')) written.push(JSON.stringify([name, value]));
        setItem.call(this, name, value);
      };
    });
    await page.goto('/');
    await startAndType(page);
    await expectSaved(page);
    const prose = page.getByRole('textbox', { name: `${SECTION_HEADINGS[4]}（正文）` });
    await prose.pressSequentially('整改');
    await expectSaved(page);
    const [name, older] = await page.evaluate(() => {
      const writes = (window as unknown as { journalWrites: string[] }).journalWrites;
      const entries = writes.map((w) => JSON.parse(w) as [string, string]);
      const [n = '', v = ''] = entries.findLast(([, value]) => value.includes('整改')) ?? [];
      return [n, v] as const;
    });
    expect(older).toContain('整改');
    const bringBack = () =>
      page.evaluate((entry) => localStorage.setItem(entry.name, entry.older), { name, older });
    await prose.pressSequentially('到位');
    await expectSaved(page);

    // Written by this window before the stored text: replaying it would lose 到位.
    await bringBack();
    await page.reload();
    await expect(prose).toHaveValue('整改到位');
    await expectSaved(page);

    // Written by an earlier window than the one that stored the text: not a draft of its own.
    await prose.pressSequentially('。');
    await expectSaved(page);
    await bringBack();
    await page.reload();
    await expect(prose).toHaveValue('整改到位。');
    await expect(page.getByText('已另存为一份草稿')).toHaveCount(0);
    await page.getByRole('button', { name: '返回首页' }).click();
    await expect(draftButton(page)).toHaveCount(1);
  });

  test('opens and edits the draft with no network when the app was loaded once', async ({
    page,
    context,
  }) => {
    await page.goto('/');
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      if (navigator.serviceWorker.controller) return;
      await new Promise((resolve) =>
        navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }),
      );
    });
    await startAndType(page);
    await fillCell(page, RECEIVED, '自然人', '7');
    await expectSaved(page);

    await context.setOffline(true);
    await page.reload();
    await expect(cellValue(page, RECEIVED, '自然人')).toHaveText('7');

    await fillCell(page, RECEIVED, '商业企业', '2');
    await expectSaved(page);
    await expect(page.evaluate(() => fetch('./?probe').then(() => 'online'))).rejects.toThrow();
  });

  test('keeps a banner with a working backup download when the browser cannot store drafts', async ({
    page,
  }) => {
    await page.addInitScript(() => {
      // Storage refused, as in some private modes or with a full disk: every open fails.
      IDBFactory.prototype.open = function open() {
        const request = {
          error: new DOMException('模拟的存储故障', 'QuotaExceededError'),
          onerror: null as ((event: unknown) => void) | null,
        };
        setTimeout(() => request.onerror?.({ target: request }));
        return request as unknown as IDBOpenDBRequest;
      };
    });
    await page.goto('/');
    await expect(page.getByRole('alert')).toContainText('无法读取本机草稿');
    await startAndType(page);
    await fillCell(page, RECEIVED, '自然人', '9');

    const banner = page.getByRole('alert').filter({ hasText: '未能把草稿保存在本机' });
    await expect(banner).toBeVisible();
    await fillCell(page, RECEIVED, '商业企业', '1');
    // Still there after the next (failing) save.
    await page.waitForTimeout(800);
    await expect(banner).toBeVisible();

    const downloading = page.waitForEvent('download');
    await banner.getByRole('button', { name: '下载备份' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe(`${BOGANG_BODY}2021年政府信息公开工作年度报告.json`);
    const saved = JSON.parse(await readFile(await download.path(), 'utf8')) as {
      meta: { body: string };
      cells: Record<string, string>;
    };
    expect(saved.meta.body).toBe(BOGANG_BODY);
    expect(saved.cells['三/1/自然人']).toBe('9');
    expect(saved.cells['三/1/商业企业']).toBe('1');
  });
});
