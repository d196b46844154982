/**
 * readWebPage(html, fileName?): a report published as a web page — saved by a browser, or copied
 * from one and pasted — as a Report. The page is parsed (html-tree.ts) into lines and data tables
 * (page-blocks.ts); the article is the smallest element holding every section heading and report
 * table, so the site's navigation, sidebars, lists of other years' reports and footer are left out;
 * the report's title, which pages often print above the article, is taken from just before it.
 *
 * Then it is read like a Word file when its tables are real tables (merges resolved, figures found
 * by label: ../word/visible-figures.ts), or like a published text when the page prints the tables
 * one cell per paragraph (../published-txt). Never throws; never guesses a figure.
 */
import { formatIndex, withoutSpaces } from '../../report';
import type { TableId } from '../../report';
import type { ReaderResult } from '../reader';
import { detectFormat } from '../printed/detect-format';
import { findHeadings } from '../printed/headings';
import { labelKey } from '../printed/labels';
import { looksLikeReport } from '../printed/looks-like-report';
import { printedReport } from '../printed/printed-report';
import { readNarrative } from '../printed/read-narrative';
import { labelKeysOf } from '../printed/table-rows';
import { readPublishedText } from '../published-txt/read-published-text';
import { visibleFigures } from '../word/visible-figures';
import type { WordTable } from '../word/word-tables';
import { wordRowReader } from '../word-docx/word-row-reader';
import { parseHtml } from './html-tree';
import { pageBlocks } from './page-blocks';
import type { PageBlock } from './page-blocks';

export const NOT_A_REPORT_PAGE =
  '网页的内容不是政府信息公开工作年度报告：没有找到“一、总体情况”“二、主动公开政府信息情况”等章节标题，也没有找到表三“收到和处理政府信息公开申请情况”的栏目。';

/** How many of a report table's labels a table must print to be one (a metadata table prints none). */
const MIN_REPORT_LABELS = 3;
/** How far above the article its title may be printed. */
const TITLE_LINES_ABOVE = 6;

const reportLabels = new Set(
  (['二', '三', '四'] as const satisfies readonly TableId[]).flatMap((t) => [...labelKeysOf(t)]),
);

const cellTexts = (table: WordTable) =>
  [...new Set(table.grid.flat())].map((cell) => cell?.text ?? '');

const isReportTable = (table: WordTable) =>
  cellTexts(table).filter((text) => reportLabels.has(labelKey(text))).length >= MIN_REPORT_LABELS;

/** The longest common start of the paths: the element holding them all. */
function commonPath(paths: readonly (readonly number[])[]): readonly number[] {
  const [first = []] = paths;
  let length = first.length;
  for (const path of paths) {
    let i = 0;
    while (i < length && path[i] === first[i]) i += 1;
    length = i;
  }
  return first.slice(0, length);
}

const within = (path: readonly number[], container: readonly number[]) =>
  container.every((id, i) => path[i] === id);

/** The blocks of the article, and the lines printed just above it (where its title often is). */
function article(blocks: readonly PageBlock[]) {
  const lines = blocks.filter((b) => b.kind === 'line');
  const anchors = [
    ...findHeadings(lines.map((b) => b.text)).map((h) => lines[h.line]?.path ?? []),
    ...blocks.filter((b) => b.kind === 'table' && isReportTable(b.table)).map((b) => b.path),
  ];
  if (anchors.length < 2) return { above: [], blocks };
  const container = commonPath(anchors);
  const start = blocks.findIndex((b) => within(b.path, container));
  const above = blocks
    .slice(0, start)
    .flatMap((b) => (b.kind === 'line' ? [b.text] : []))
    .slice(-TITLE_LINES_ABOVE);
  return { above, blocks: blocks.filter((b) => within(b.path, container)) };
}

/** A table as published text prints it: one line per row, cells split by tabs. */
const tabRows = (table: WordTable) =>
  table.grid.map((row) =>
    row
      .map((cell, column) => (cell && cell.column === column ? withoutSpaces(cell.text) : ''))
      .join('\t'),
  );

export function readWebPage(html: string, fileName?: string): ReaderResult {
  const page = article(pageBlocks(parseHtml(html)));
  const tables = page.blocks.flatMap((b) => (b.kind === 'table' ? [b.table] : []));
  const lines = [...page.above, ...page.blocks.flatMap((b) => (b.kind === 'line' ? [b.text] : []))];
  const cells = tables.flatMap(cellTexts);
  if (!tables.some(isReportTable)) {
    // Tables printed one cell per paragraph (or as a layout the page flattened): read as text.
    const text = page.blocks.flatMap((b) => (b.kind === 'line' ? [b.text] : tabRows(b.table)));
    const read = readPublishedText([...page.above, ...text].join('\n'), fileName);
    return read.ok ? read : { ok: false, errors: [NOT_A_REPORT_PAGE] };
  }
  if (!looksLikeReport([...lines, ...cells])) return { ok: false, errors: [NOT_A_REPORT_PAGE] };
  const detected = detectFormat(new Set(cells.map(labelKey)));
  return printedReport(readNarrative(lines, fileName), detected, (format) =>
    wordRowReader(visibleFigures(formatIndex(format), tables)),
  );
}
