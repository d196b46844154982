/**
 * PDF import for `npm run bench` (issue #10: a 6-page report ≤ 300 ms median in Node): the real
 * 5-page WPS-made PDF of 淮安市洪泽区 2023 through readReport(), beside a baseline measured in the
 * same run — pdf.js alone giving every page's text, which the reader cannot be faster than — and
 * the same report copied out with its columns kept (`pdftotext -layout`).
 */
import { readFileSync } from 'node:fs';
import { readReport } from '../src/import';
import { loadPdfjs } from '../src/import/pdf/load-pdfjs';

const ms = (us: number) => (us / 1000).toFixed(1);

async function medianUs(run: () => Promise<unknown>, samples: number): Promise<number> {
  for (let i = 0; i < 3; i += 1) await run();
  const times: number[] = [];
  for (let i = 0; i < samples; i += 1) {
    const start = process.hrtime.bigint();
    await run();
    times.push(Number(process.hrtime.bigint() - start) / 1000);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? NaN;
}

export async function runPdfBench(): Promise<void> {
  const pdf = new Uint8Array(
    readFileSync(new URL('../../shared/fixtures/published/hongze-2023.pdf', import.meta.url)),
  );
  const layout = readFileSync(new URL('../fixtures/pdf/hongze-2023.layout.txt', import.meta.url));
  const { pdfjs, cMapUrl } = await loadPdfjs();
  const textOnly = async () => {
    const document = await pdfjs.getDocument({ data: pdf.slice(), cMapUrl, verbosity: 0 }).promise;
    for (let n = 1; n <= document.numPages; n += 1) {
      await (await document.getPage(n)).getTextContent();
    }
    await document.destroy();
  };
  const read = async (bytes: Uint8Array, name: string) => {
    const result = await readReport(bytes, name);
    if (!result.ok) throw new Error(`${name}: ${result.error}`);
  };
  const baseline = await medianUs(textOnly, 20);
  const whole = await medianUs(() => read(pdf, 'hongze-2023.pdf'), 20);
  const copied = await medianUs(() => read(layout, 'hongze-2023.layout.txt'), 100);
  console.log(
    `import .pdf (5 pages)   median ${ms(whole)} ms  (budget ≤ 300 ms for 6 pages; baseline pdf.js text alone ${ms(baseline)} ms)`,
  );
  console.log(`import PDF text copy    median ${ms(copied)} ms  (budget ≤ 20 ms)`);
}
