/**
 * Makes the Word fixtures in fixtures/word/: real .docx files written by a program other than ours
 * (LibreOffice), for the reader of Word files made elsewhere (src/import/word-docx). Run by hand,
 * not by `npm test`: `node scripts/make-word-fixtures.mjs` (needs /usr/bin/soffice).
 *
 * Each published report (../shared/fixtures/published/<name>.txt, read with our text reader, which
 * reads every one exactly as transcribed) is written as an HTML page — title, preface, the six
 * sections, the three tables with their official merged headers as `rowspan`/`colspan` (the layout
 * of src/report/table-layout.ts) and the figures exactly as published — and LibreOffice converts
 * the page to .docx, turning the spans into `w:gridSpan` and `w:vMerge` as Word files have them.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tsImport } from 'tsx/esm/api';

const SOFFICE = '/usr/bin/soffice';
const NAMES = ['bogang-2021', 'zhengguo-2020', 'jiliao-2021-in-2019-layout'];
const PUBLISHED = new URL('../../shared/fixtures/published/', import.meta.url);
const OUT = fileURLToPath(new URL('../fixtures/word/', import.meta.url));

const model = await tsImport('../src/report/index.ts', import.meta.url);
const { readReport } = await tsImport('../src/import/index.ts', import.meta.url);

const escapeHtml = (text) =>
  text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);

const paragraphs = (text) =>
  text
    .split('\n')
    .filter(Boolean)
    .map((line) => `<p>${escapeHtml(line)}</p>`);

const spanCell = (tag, text, colSpan = 1, rowSpan = 1) => {
  const spans = `${colSpan > 1 ? ` colspan="${colSpan}"` : ''}${rowSpan > 1 ? ` rowspan="${rowSpan}"` : ''}`;
  return `<${tag}${spans}>${escapeHtml(text)}</${tag}>`;
};

/** A layout's rows as HTML; a row narrower than `width` lets its last figure span the rest. */
function layoutRows(layout, values, width) {
  const header = layout.header.map((row) =>
    row.map((c) => spanCell('th', c.label, c.colSpan, c.rowSpan)).join(''),
  );
  const body = layout.rows.map((row) => {
    const used = row.labels.reduce((n, c) => n + c.colSpan, 0) + row.cells.length;
    const labels = row.labels.map((c) => spanCell('td', c.label, c.colSpan, c.rowSpan));
    const figures = row.cells.map((c, i) =>
      spanCell(
        'td',
        values.get(c.address) ?? '',
        i === row.cells.length - 1 ? 1 + width - used : 1,
      ),
    );
    return [...labels, ...figures].join('');
  });
  return [...header, ...body].map((cells) => `<tr>${cells}</tr>`);
}

const htmlTable = (rows) =>
  `<table border="1" cellspacing="0" style="width:100%">${rows.join('')}</table>`;

function tables(report) {
  const index = model.formatIndex(report.format);
  const values = new Map(model.figures(report));
  const widest = 1 + Math.max(...index.spec.table2.blocks.map((b) => b.columns.length));
  const table3 = model.table3Layout(index);
  const table3Width = table3.header[0].reduce((n, c) => n + c.colSpan, 0);
  return {
    二: htmlTable(model.table2Layouts(index).flatMap((l) => layoutRows(l, values, widest))),
    三: htmlTable(layoutRows(table3, values, table3Width)),
    四: htmlTable(layoutRows(model.table4Layout(index), values, 15)),
  };
}

function html(report) {
  const printed = tables(report);
  const body = [
    ...(report.meta.title ? [`<h1>${escapeHtml(report.meta.title)}</h1>`] : []),
    ...paragraphs(report.meta.preface),
    ...model.sections.flatMap((section) => [
      `<h2>${escapeHtml(section.heading)}</h2>`,
      ...(section.kind === 'text' ? paragraphs(report.texts[section.id]) : [printed[section.id]]),
    ]),
  ];
  return `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>${escapeHtml(report.meta.title)}</title></head><body>${body.join('\n')}</body></html>`;
}

const dir = mkdtempSync(join(tmpdir(), 'word-fixtures-'));
try {
  for (const name of NAMES) {
    const read = await readReport(readFileSync(new URL(`${name}.txt`, PUBLISHED)), `${name}.txt`);
    if (!read.ok) throw new Error(`${name}.txt: ${read.error}`);
    writeFileSync(join(dir, `${name}.html`), html(read.report));
    execFileSync(
      SOFFICE,
      [
        `-env:UserInstallation=file://${dir}/profile`,
        '--headless',
        '--convert-to',
        'docx:MS Word 2007 XML',
        '--outdir',
        dir,
        join(dir, `${name}.html`),
      ],
      { stdio: ['ignore', 'pipe', 'pipe'], timeout: 120_000 },
    );
    copyFileSync(join(dir, `${name}.docx`), join(OUT, `${name}.docx`));
    console.log(`fixtures/word/${name}.docx`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
