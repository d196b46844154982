/**
 * Export and import figures for `npm run bench` (output issue, last-year issue): .txt export and
 * re-import (budget ≤ 5 ms each), a published .txt import (≤ 5 ms), the same report as a saved GBK
 * web page with its site's chrome (≤ 20 ms, the .txt its baseline), our .docx import (≤ 50 ms), the
 * import of a Word .docx made by others (≤ 50 ms; fixtures/word/bogang-2021.docx, written by
 * LibreOffice, read from its paragraphs and tables) and .docx export (≤ 300 ms in the browser;
 * measured here in Node, the same code and library).
 */
import { readFileSync } from 'node:fs';
import { exportDocx, exportTxt } from '../src/export';
import { readReport } from '../src/import';
import type { Report } from '../src/report';
import { measure } from './measure';

const ms = (us: number) => (us / 1000).toFixed(2);

function line(name: string, medianUs: number, p95Us: number, budgetMs: number, note = '') {
  console.log(
    `${name.padEnd(22)}  median ${ms(medianUs)} ms  p95 ${ms(p95Us)} ms  (budget ≤ ${budgetMs} ms${note})`,
  );
}

async function mustRead(bytes: Uint8Array, name: string): Promise<void> {
  const read = await readReport(bytes, name);
  if (!read.ok) throw new Error(`${name}: ${read.error}`);
}

async function measureAsync(run: () => Promise<unknown>, samples: number) {
  for (let i = 0; i < 3; i += 1) await run();
  const times: number[] = [];
  for (let i = 0; i < samples; i += 1) {
    const start = process.hrtime.bigint();
    await run();
    times.push(Number(process.hrtime.bigint() - start) / 1000);
  }
  times.sort((a, b) => a - b);
  const at = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))] ?? NaN;
  return { medianUs: at(0.5), p95Us: at(0.95) };
}

export async function runExportBench(report: Report): Promise<void> {
  const encoder = new TextEncoder();
  const txt = encoder.encode(exportTxt(report));
  const published = readFileSync(
    new URL('../../shared/fixtures/published/bogang-2021.txt', import.meta.url),
  );
  const webPage = readFileSync(new URL('../fixtures/web/bogang-2021-gbk.html', import.meta.url));
  const docx = await exportDocx(report);
  const othersDocx = readFileSync(new URL('../fixtures/word/bogang-2021.docx', import.meta.url));
  const options = { warmup: 50, samples: 500 };

  const exportText = measure(() => exportTxt(report), options);
  line('export .txt', exportText.medianUs, exportText.p95Us, 5);
  const importText = await measureAsync(() => mustRead(txt, 'report.txt'), options.samples);
  line('import .txt (ours)', importText.medianUs, importText.p95Us, 5);
  const importPublished = await measureAsync(
    () => mustRead(published, 'bogang-2021.txt'),
    options.samples,
  );
  line('import published .txt', importPublished.medianUs, importPublished.p95Us, 5);
  // The same report as a saved GBK page with its site's chrome, beside the text as its baseline.
  const importWeb = await measureAsync(() => mustRead(webPage, 'bogang-2021.html'), 200);
  const overText = `, ${(importWeb.medianUs / importPublished.medianUs).toFixed(1)}× the .txt`;
  line('import web page .html', importWeb.medianUs, importWeb.p95Us, 20, `${overText}`);
  const importWord = await measureAsync(() => mustRead(docx, 'report.docx'), 100);
  line('import .docx (ours)', importWord.medianUs, importWord.p95Us, 50);
  const importOthers = await measureAsync(() => mustRead(othersDocx, 'bogang-2021.docx'), 100);
  line('import .docx (others)', importOthers.medianUs, importOthers.p95Us, 50);
  const exportWord = await measureAsync(() => exportDocx(report), 30);
  line('export .docx', exportWord.medianUs, exportWord.p95Us, 300, ', in the browser');
}
