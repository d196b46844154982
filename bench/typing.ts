/**
 * The browser case of `npm run bench`: builds the app, serves the build, opens a 2021 report in
 * Debian's chromium with the CPU slowed 4× (an office PC), types figures into table 三 and prints
 * how long each keystroke takes to reach the screen, beside the 16 ms frame budget; then the
 * first-load JS size of the build. Printed figures, not a test: timings on shared machines are noisy.
 *
 * What "keystroke → painted" means here: from the keydown event's timestamp to the first moment
 * after the next animation frame that follows the row total's text changing (rAF, then a message
 * task, which runs after that frame was painted). It covers the input event, react-hook-form,
 * derive + check, React's commit of every subscriber (totals, cell markers, summary) and the paint.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import type { Page } from '@playwright/test';
import { build, preview } from 'vite';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const KEYSTROKES = 120;
const FRAME_BUDGET_MS = 16;
const FIRST_LOAD_BUDGET_KB = 150;
const APPLICANTS = ['自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他'];
/** Typed rows of 三 the keystrokes walk through (accessible row names, see cell-input.tsx). */
const ROWS = [
  '一、本年新收政府信息公开申请数量',
  '二、上年结转政府信息公开申请数量',
  '（一）予以公开',
  '（二）部分公开（区分处理的，只计这一情形，不计其他情形）',
  '不予公开：1.属于国家秘密',
  '四、结转下年度继续办理',
];

interface Sample {
  readonly latency: number;
  /** DOM mutation records during the keystroke, by where they happened. */
  readonly inLine: number;
  readonly summary: number;
  readonly status: number;
  readonly elsewhere: number;
}

declare global {
  interface Window {
    __typingBench: { arm: (row: string) => void; samples: Sample[] };
  }
}

/** Page-side probe: arms on the next keydown, resolves when the row total has been painted. */
function installProbe(): void {
  const samples: Sample[] = [];
  let armed: { row: string; start: number } | null = null;
  let counts = { inLine: 0, summary: 0, status: 0, elsewhere: 0 };
  let cellInput: HTMLElement | null = null;

  const classify = (node: Node) => {
    const element = node instanceof Element ? node : node.parentElement;
    if (!element) return 'elsewhere' as const;
    if (element.closest('.issue-summary')) return 'summary' as const;
    if (element.closest('[role="status"]:not(output), .editor-header')) return 'status' as const;
    const cell = cellInput?.closest('td');
    const td = element.closest('td');
    const sameRow = cell && element.closest('tr') === cell.closest('tr');
    const sameColumn = cell && td && td.cellIndex === cell.cellIndex && td.closest('tbody');
    return sameRow || sameColumn ? ('inLine' as const) : ('elsewhere' as const);
  };
  new MutationObserver((records) => {
    if (!armed) return;
    for (const record of records) counts[classify(record.target)] += 1;
  }).observe(document.body, {
    subtree: true,
    childList: true,
    characterData: true,
    attributes: true,
  });

  document.addEventListener(
    'keydown',
    (event) => {
      if (!armed || !/^[0-9]$/.test(event.key)) return;
      const { row } = armed;
      const start = event.timeStamp;
      cellInput = event.target as HTMLElement;
      counts = { inLine: 0, summary: 0, status: 0, elsewhere: 0 };
      const total = [...document.querySelectorAll('output')].find(
        (o) => o.getAttribute('aria-label') === `${row} — 总计（自动合计）`,
      );
      if (!total) throw new Error(`no total for ${row}`);
      const before = total.textContent;
      const done = () => {
        const painted = new MessageChannel();
        painted.port1.onmessage = () => {
          samples.push({ latency: performance.now() - start, ...counts });
          armed = null;
        };
        requestAnimationFrame(() => painted.port2.postMessage(null));
      };
      const watch = new MutationObserver(() => {
        if (total.textContent === before) return;
        watch.disconnect();
        done();
      });
      watch.observe(total, { subtree: true, childList: true, characterData: true });
    },
    { capture: true },
  );
  window.__typingBench = { arm: (row) => (armed = { row, start: 0 }), samples };
}

const percentile = (sorted: readonly number[], p: number): number =>
  sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? Number.NaN;

/** Opens a new 2021 report, fills 三 with zeros and installs the probe. */
async function openReport(page: Page): Promise<void> {
  await page.getByLabel('机关全称').fill('寻乌县留车镇人民政府');
  await page.getByLabel('报告年度').fill('2021');
  await page.getByRole('button', { name: '开始编写' }).click();
  const grid = page.getByRole('region', { name: '三、收到和处理政府信息公开申请情况' });
  await grid.getByRole('button', { name: '空白格填0' }).click();
  // tsx compiles this file with esbuild's keepNames, whose `__name` helper the page lacks.
  await page.evaluate('window.__name = (fn) => fn');
  await page.evaluate(installProbe);
}

/** Types `keystrokes` digits into 三 with the CPU slowed `rate` times; one sample per digit. */
export async function typeFigures(page: Page, rate: number, keystrokes: number): Promise<Sample[]> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  const first = await page.evaluate(() => window.__typingBench.samples.length);
  for (let i = 0; i < keystrokes; i += 1) {
    const row = ROWS[Math.floor(i / APPLICANTS.length) % ROWS.length] ?? '';
    const column = APPLICANTS[i % APPLICANTS.length] ?? '';
    // Moving to the cell is not timed; the digit is. Each digit differs from the cell's figure.
    await page.getByRole('textbox', { name: `${row} — ${column}`, exact: true }).focus();
    // Two frames, so the move's own render (the left cell commits its edit) is not counted.
    await page.evaluate(
      (r) =>
        new Promise<void>((resolve) =>
          requestAnimationFrame(() =>
            requestAnimationFrame(() => {
              window.__typingBench.arm(r);
              resolve();
            }),
          ),
        ),
      row,
    );
    await page.keyboard.press(String(1 + ((i + Math.floor(i / 36) + rate) % 9)));
    await page.waitForFunction((n) => window.__typingBench.samples.length > n, first + i);
  }
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  await cdp.detach();
  return page.evaluate((n) => window.__typingBench.samples.slice(n), first);
}

function summarise(label: string, samples: readonly Sample[]): void {
  const latencies = samples.map((s) => s.latency).sort((a, b) => a - b);
  const mean = (key: keyof Omit<Sample, 'latency'>) =>
    (samples.reduce((sum, s) => sum + s[key], 0) / samples.length).toFixed(1);
  console.log(
    `typing ${label}  keystroke → painted over ${samples.length} keys: ` +
      `p50 ${percentile(latencies, 0.5).toFixed(1)} ms  p95 ${percentile(latencies, 0.95).toFixed(1)} ms  ` +
      `max ${(latencies.at(-1) ?? Number.NaN).toFixed(1)} ms  (budget ≤ ${FRAME_BUDGET_MS} ms)`,
  );
  console.log(
    `typing ${label}  DOM mutations per key (mean): edited row/column ${mean('inLine')}, ` +
      `issue summary ${mean('summary')}, save/status lines ${mean('status')}, elsewhere ${mean('elsewhere')}`,
  );
}

/** JS the start page loads before anything renders: index.html's scripts and module preloads. */
function firstLoadJs(): { files: string[]; gzipKb: number } {
  const dist = join(ROOT, 'dist');
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const referenced = [...html.matchAll(/(?:src|href)="\.?\/?(assets\/[^"]+\.js)"/g)].map(
    (m) => m[1] ?? '',
  );
  const known = new Set(readdirSync(join(dist, 'assets')).map((f) => `assets/${f}`));
  const files = referenced.filter((f) => known.has(f));
  const bytes = files.reduce((sum, f) => sum + gzipSync(readFileSync(join(dist, f))).length, 0);
  return { files, gzipKb: bytes / 1024 };
}

export async function runTypingBench(): Promise<void> {
  await build({ root: ROOT, logLevel: 'warn' });
  const server = await preview({ root: ROOT, logLevel: 'warn', preview: { port: 4180 } });
  const url = server.resolvedUrls?.local[0];
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [...(process.getuid?.() === 0 ? ['--no-sandbox'] : []), '--disable-gpu'],
  });
  try {
    if (!url) throw new Error('vite preview did not report its address');
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    await page.goto(url);
    await openReport(page);
    // Unthrottled first, for scale; then the office-PC figure the budget is about.
    summarise('(1× CPU)', await typeFigures(page, 1, 36));
    summarise('(4× CPU)', await typeFigures(page, 4, KEYSTROKES));
  } finally {
    await browser.close();
    await new Promise<void>((resolve, reject) =>
      server.httpServer.close((error) => (error ? reject(error) : resolve())),
    );
  }
  const { files, gzipKb } = firstLoadJs();
  console.log(
    `first-load JS     ${gzipKb.toFixed(1)} KB gzipped (${files.join(', ')})  (budget ≤ ${FIRST_LOAD_BUDGET_KB} KB)`,
  );
}
