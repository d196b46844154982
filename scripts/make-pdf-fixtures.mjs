/**
 * Makes the PDF fixtures in fixtures/pdf/ (issue #10). Run by hand, not by `npm test`:
 * `node scripts/make-pdf-fixtures.mjs` (needs /usr/bin/soffice and poppler's pdftotext).
 *
 * - <name>.pdf: each Word file made elsewhere (fixtures/word/<name>.docx, LibreOffice's rendering
 *   of a real published report) printed to PDF by LibreOffice, as offices publish them: embedded
 *   CJK fonts, merged header cells, rows that wrap, tables across pages.
 * - <name>.layout.txt and <name>.reading.txt: the text a user copies out of such a PDF, with its
 *   columns kept (`pdftotext -layout`) and in reading order (plain `pdftotext`), for each of those
 *   PDFs and for the real WPS-made ../shared/fixtures/published/hongze-2023.pdf.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const SOFFICE = '/usr/bin/soffice';
const WORD = fileURLToPath(new URL('../fixtures/word/', import.meta.url));
const OUT = fileURLToPath(new URL('../fixtures/pdf/', import.meta.url));
const HONGZE = fileURLToPath(
  new URL('../../shared/fixtures/published/hongze-2023.pdf', import.meta.url),
);

function textCopies(pdf, name) {
  execFileSync('pdftotext', ['-layout', pdf, join(OUT, `${name}.layout.txt`)]);
  execFileSync('pdftotext', [pdf, join(OUT, `${name}.reading.txt`)]);
}

const work = mkdtempSync(join(tmpdir(), 'pdf-fixtures-'));
try {
  for (const file of readdirSync(WORD).filter((f) => f.endsWith('.docx'))) {
    const name = file.replace(/\.docx$/, '');
    execFileSync(SOFFICE, [
      `-env:UserInstallation=file://${work}/profile`,
      '--headless',
      '--convert-to',
      'pdf',
      '--outdir',
      work,
      join(WORD, file),
    ]);
    copyFileSync(join(work, `${name}.pdf`), join(OUT, `${name}.pdf`));
    textCopies(join(OUT, `${name}.pdf`), name);
    console.log(`fixtures/pdf/${name}.pdf`);
  }
  textCopies(HONGZE, 'hongze-2023');
} finally {
  rmSync(work, { recursive: true, force: true });
}
