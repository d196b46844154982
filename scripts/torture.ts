/**
 * `npm run torture` (issue #11): types at random into table cells and the prose sections of one
 * report in a persistent chromium profile, and interrupts at random moments — a reload, a graceful
 * close of the browser, or SIGKILL of the browser process — often in the middle of continuous
 * typing. After each interruption it reopens the report and counts the edits that were made more
 * than a second before the interruption and are missing (the budget is 0). Prints one line:
 * `torture: <cycles> cycles (<reloads> reloads, <closes> closes, <kills> kills), <edits> edits, lost
 * (older than 1 s): <lost>`, and exits 1 when anything was lost. Not part of `npm test`: it runs for
 * minutes. TORTURE_CYCLES (default 200), TORTURE_SEED and PORT (default 4179) change the run.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import type { BrowserContext, Locator, Page } from '@playwright/test';
import { build, preview } from 'vite';
import { chromiumLaunchOptions } from './chromium';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CYCLES = Number(process.env.TORTURE_CYCLES ?? 200);
const PORT = Number(process.env.PORT ?? 4179);
const APP_URL = `http://127.0.0.1:${PORT}/`;
const BODY = '压力测试镇人民政府';
const GRACE_MS = 1_000;

/** A small seeded generator (mulberry32), so a failing run can be repeated with TORTURE_SEED. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const seed = Number(process.env.TORTURE_SEED ?? Date.now() % 1_000_000);
const rand = random(seed);
const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)] as T;

const CELLS = ['自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他'].flatMap(
  (column) =>
    ['一、本年新收政府信息公开申请数量', '（一）予以公开'].map((row) => `${row} — ${column}`),
);
const PROSE = ['一、总体情况（正文）', '五、存在的主要问题及改进情况（正文）'];
const FIELDS = [...CELLS, ...PROSE];

interface Edit {
  readonly at: number;
  readonly value: string;
}

const isCell = (name: string) => CELLS.includes(name);

/** A prose field, or a table cell (its editor comes to it when it is clicked). */
const field = (page: Page, name: string): Locator =>
  isCell(name)
    ? page.locator(`td[data-name="${name}"]`)
    : page.getByRole('textbox', { name, exact: true });

/** What a field holds: a text box's text, a cell's figure. */
const valueOf = async (page: Page, name: string): Promise<string> =>
  isCell(name)
    ? ((await field(page, name).locator('.cell-value').textContent()) ?? '')
    : field(page, name).inputValue();

/** The browser's main process, found by the profile directory it was started with. */
function browserPid(profile: string): number | null {
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const args = readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0');
      if (args.some((a) => a.includes(profile)) && !args.some((a) => a.startsWith('--type=')))
        return Number(entry);
    } catch {
      // The process ended while the list was read.
    }
  }
  return null;
}

async function openReport(page: Page, first: boolean): Promise<void> {
  const editor = field(page, PROSE[0] as string);
  if (first) {
    await page.goto(APP_URL);
    await page.getByLabel('机关全称').fill(BODY);
    await page.getByLabel('报告年度').fill('2024');
    await page.getByRole('button', { name: '开始编写' }).click();
  } else if (!(await editor.isVisible().catch(() => false))) {
    const resume = page.getByRole('button', { name: `继续：${BODY} 2024年`, exact: true });
    await resume.or(editor).first().waitFor({ timeout: 30_000 });
    // One report was typed into: a second draft of it means the app split it (a journal kept apart).
    const drafts = await resume.count();
    if (drafts > 1) throw new Error(`${drafts} drafts of ${BODY} 2024 on the start screen`);
    if (await resume.isVisible()) await resume.click();
  }
  await editor.waitFor({ timeout: 30_000 });
}

/** Types into random fields until `stop` says so; records each edit once the page has it. */
async function type(page: Page, history: Map<string, Edit[]>, stop: () => boolean) {
  while (!stop()) {
    const name = pick(FIELDS);
    const target = field(page, name);
    await target.click();
    const cell = isCell(name);
    const keys = 1 + Math.floor(rand() * (cell ? 3 : 12));
    // A click on a cell selects its figure, so the digits replace it.
    for (let k = 0; k < keys && !stop(); k += 1) {
      if (cell) await page.keyboard.type(String(Math.floor(rand() * 10)));
      else if (rand() < 0.1) await page.keyboard.press('Backspace');
      else if (rand() < 0.3) await page.keyboard.insertText(pick(['公开', '申请', '整改', '。']));
      else await page.keyboard.type(pick([...'abcdefghijklmnopqrstuvwxyz0123456789 ']));
      // Prose: each key is an edit. A cell: its value counts once it is committed (Tab).
      if (!cell) history.get(name)?.push({ at: Date.now(), value: await valueOf(page, name) });
    }
    if (cell) {
      await page.keyboard.press('Tab');
      history.get(name)?.push({ at: Date.now(), value: await valueOf(page, name) });
    }
  }
}

/** Edits made before `deadline` that the reopened report does not show. */
function lostEdits(history: readonly Edit[], recovered: string, deadline: number): number {
  const old = history.filter((e) => e.at <= deadline);
  const last = old.length - 1;
  if (last < 0) return 0;
  // The first entry is the value the cycle began with; each later one is an edit.
  const found = history.findLastIndex((e) => e.value === recovered);
  if (found >= last) return 0;
  return found < 0 ? last : last - found;
}

async function main(): Promise<number> {
  if (!process.argv.includes('--no-build')) await build({ root: ROOT, logLevel: 'warn' });
  const server = await preview({
    root: ROOT,
    preview: { host: '127.0.0.1', port: PORT, strictPort: true },
    logLevel: 'warn',
  });
  const profile = mkdtempSync(join(tmpdir(), 'torture-profile-'));
  const launch = () =>
    chromium.launchPersistentContext(profile, {
      ...chromiumLaunchOptions,
      locale: 'zh-CN',
      viewport: { width: 1280, height: 900 },
    });
  let context: BrowserContext = await launch();
  let page = context.pages()[0] ?? (await context.newPage());
  const history = new Map<string, Edit[]>(FIELDS.map((f) => [f, []]));
  const counts = { reload: 0, close: 0, kill: 0 };
  let edits = 0;
  let lost = 0;
  let cycle = 0;
  try {
    await openReport(page, true);
    for (; cycle < CYCLES; cycle += 1) {
      for (const name of FIELDS) {
        history.set(name, [{ at: 0, value: await valueOf(page, name) }]);
      }
      let stopped = false;
      const typing = type(page, history, () => stopped).catch(() => undefined);
      await new Promise((r) => setTimeout(r, 300 + rand() * 2_200));
      // Half the time the interruption comes in the middle of typing, half after a short pause.
      if (rand() < 0.5) {
        stopped = true;
        await typing;
        await new Promise((r) => setTimeout(r, rand() * 1_500));
      }
      const how = pick(['reload', 'reload', 'close', 'kill'] as const);
      const at = Date.now();
      counts[how] += 1;
      if (how === 'reload') {
        await page.reload({ waitUntil: 'commit' }).catch(() => undefined);
      } else if (how === 'close') {
        await context.close();
      } else {
        const pid = browserPid(profile);
        if (pid) process.kill(pid, 'SIGKILL');
        await context.close().catch(() => undefined);
      }
      stopped = true;
      await typing;
      if (how !== 'reload') {
        context = await launch();
        page = context.pages()[0] ?? (await context.newPage());
        await page.goto(APP_URL);
      }
      await openReport(page, false);
      for (const name of FIELDS) {
        const recorded = history.get(name) ?? [];
        edits += recorded.length - 1;
        const value = await valueOf(page, name);
        const missing = lostEdits(recorded, value, at - GRACE_MS);
        if (missing > 0) {
          lost += missing;
          console.error(`cycle ${cycle} (${how}): ${name} lost ${missing} edit(s)`);
        }
      }
      if ((cycle + 1) % 10 === 0) console.error(`${cycle + 1}/${CYCLES} cycles, ${edits} edits`);
    }
  } catch (error) {
    const shown = await page
      .locator('body')
      .innerText({ timeout: 5_000 })
      .catch(() => '(the page did not answer)');
    console.error(`cycle ${cycle}, the page showing:\n${shown.slice(0, 2_000)}`);
    throw error;
  } finally {
    await context.close().catch(() => undefined);
    await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
    rmSync(profile, { recursive: true, force: true });
  }
  const cycles = counts.reload + counts.close + counts.kill;
  console.log(
    `torture: ${cycles} cycles (${counts.reload} reloads, ${counts.close} closes, ${counts.kill} kills), ${edits} edits, lost (older than 1 s): ${lost} (seed ${seed})`,
  );
  return lost === 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(2);
  },
);
