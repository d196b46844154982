/**
 * Opens the exported bogang report in LibreOffice (headless) as a reader's office would, converts
 * it to PDF and checks what is printed; then renders the title page and the pages with tables 三
 * and 四 to artifacts/ for a person to look at. The prefilled template started from it gets the
 * same treatment: its comments and highlights must not stop it printing as this year's report.
 * Needs `soffice` and poppler (scripts/ensure-system-deps.mjs installs both); skipped, saying why,
 * where soffice is missing.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { carryForward, sections } from '../../report';
import { exportDocx } from './export-docx';
import { publishedReport } from './test-support';

const SOFFICE = '/usr/bin/soffice';
const ARTIFACTS = fileURLToPath(new URL('../../../artifacts/', import.meta.url));
const skip = existsSync(SOFFICE)
  ? false
  : 'LibreOffice (/usr/bin/soffice) is not installed: run `node scripts/ensure-system-deps.mjs` as root';

const run = (command: string, args: readonly string[]) =>
  execFileSync(command, args, {
    encoding: 'utf8',
    timeout: 60_000,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
const squeeze = (text: string) => text.replace(/\s+/g, '');

/** Converts `docx` (a file in `dir`) to PDF beside it, with a LibreOffice profile of its own. */
const toPdf = (dir: string, docx: string) =>
  run(SOFFICE, [
    `-env:UserInstallation=file://${dir}/profile`,
    '--headless',
    '--convert-to',
    'pdf',
    '--outdir',
    dir,
    join(dir, docx),
  ]);

/** Renders one page of `pdf` to `<prefix>.png` at 60 dpi. */
const renderPage = (pdf: string, page: number, prefix: string) =>
  run('pdftoppm', [
    '-r',
    '60',
    '-png',
    '-singlefile',
    '-f',
    String(page),
    '-l',
    String(page),
    pdf,
    prefix,
  ]);

describe.skipIf(Boolean(skip))(
  `LibreOffice renders the exported .docx${skip ? ` (skipped: ${skip})` : ''}`,
  () => {
    const dir = mkdtempSync(join(tmpdir(), 'docx-lo-'));
    const pdf = join(dir, 'bogang.pdf');
    const report = publishedReport('bogang-2021');
    const pageText = (page: number) =>
      run('pdftotext', ['-f', String(page), '-l', String(page), pdf, '-']);
    let pages = 0;

    beforeAll(async () => {
      writeFileSync(join(dir, 'bogang.docx'), await exportDocx(report));
      toPdf(dir, 'bogang.docx');
      pages = Number(/Pages:\s+(\d+)/.exec(run('pdfinfo', [pdf]))?.[1] ?? 0);
    }, 90_000);

    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it('converts to a PDF of a few A4 pages', () => {
      expect(pages).toBeGreaterThanOrEqual(4);
      expect(pages).toBeLessThanOrEqual(8);
      expect(run('pdfinfo', [pdf])).toMatch(/Page size:\s+595\.\d* x 841\.\d* pts \(A4\)/);
    });

    it('prints the title, the six headings, the tables’ labels and the page numbers', () => {
      const text = squeeze(run('pdftotext', [pdf, '-']));
      expect(text).toContain(squeeze(report.meta.title));
      for (const section of sections) expect(text).toContain(section.heading);
      expect(text).toContain('申请人情况');
      expect(text).toContain('未经复议直接起诉');
      expect(text).toContain('—1—');
      expect(text).toContain(`—${pages}—`);
    });

    it('renders the title page and the pages with tables 三 and 四 to artifacts/', () => {
      const wanted = new Map<number, string>([[1, 'title']]);
      for (let page = 1; page <= pages; page += 1) {
        const text = squeeze(pageText(page));
        if (text.includes('申请人情况') && !wanted.has(page)) wanted.set(page, 'table-3');
        if (text.includes('未经复议直接起诉')) wanted.set(page, 'table-4');
      }
      expect([...wanted.values()]).toEqual(expect.arrayContaining(['title', 'table-3', 'table-4']));
      mkdirSync(ARTIFACTS, { recursive: true });
      for (const [page, name] of wanted) {
        const prefix = join(ARTIFACTS, `docx-bogang-p${page}-${name}`);
        renderPage(pdf, page, prefix);
        expect(existsSync(`${prefix}.png`)).toBe(true);
      }
    });
  },
);

describe.skipIf(Boolean(skip))(
  `LibreOffice renders the prefilled template${skip ? ` (skipped: ${skip})` : ''}`,
  () => {
    const dir = mkdtempSync(join(tmpdir(), 'docx-template-lo-'));
    const pdf = join(dir, 'template.pdf');
    const draft = carryForward(publishedReport('bogang-2021'));

    beforeAll(async () => {
      writeFileSync(join(dir, 'template.docx'), await exportDocx(draft, { template: true }));
      toPdf(dir, 'template.docx');
    }, 90_000);

    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it('prints this year’s title, last year’s text and the carried row', () => {
      const text = squeeze(run('pdftotext', [pdf, '-']));
      expect(draft.meta.title).toBe('柘城县伯岗镇人民政府2022年政府信息公开工作年度报告');
      expect(text.startsWith(draft.meta.title)).toBe(true);
      expect(text).toContain(squeeze(draft.texts.五.split('\n')[1] ?? ''));
      const rows = run('pdftotext', ['-layout', pdf, '-']).split('\n').map(squeeze);
      expect(rows).toContain('一、本年新收政府信息公开申请数量');
      expect(rows).toContain('二、上年结转政府信息公开申请数量0000000');
    });

    it('renders the title page to artifacts/', () => {
      mkdirSync(ARTIFACTS, { recursive: true });
      const prefix = join(ARTIFACTS, 'docx-template-bogang-p1-title');
      renderPage(pdf, 1, prefix);
      expect(existsSync(`${prefix}.png`)).toBe(true);
    });
  },
);
