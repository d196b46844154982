/**
 * readCopiedText(text, fileName?): a report copied out of a PDF as text, in either of the two forms
 * a PDF viewer or converter gives. Columns kept (`pdftotext -layout`, a viewer's layout copy): the
 * lines are read by column position exactly like a PDF's pages (read-positioned.ts). Reading order
 * (one cell per line, tables possibly column by column): the prose is read as any printed text and
 * the tables only where no figure can be in the wrong cell (reading-order.ts).
 */
import type { TableId } from '../../report';
import type { ReaderResult } from '../reader';
import { detectFormat } from '../printed/detect-format';
import { looksLikeReport } from '../printed/looks-like-report';
import { printedReport } from '../printed/printed-report';
import { readNarrative } from '../printed/read-narrative';
import { NOT_A_REPORT } from '../published-txt/read-published-text';
import { printedKeys } from '../published-txt/printed-keys';
import { tokenizeTable } from '../published-txt/table-tokens';
import { layoutLines } from './layout-lines';
import { isPageNumber } from './positioned';
import { readPositioned } from './read-positioned';
import { readingOrderRowReader } from './reading-order';
import type { TokenRegions } from './reading-order';

const TABLES: readonly TableId[] = ['二', '三', '四'];

/** A line with text, then two or more figures, each after two or more spaces: columns kept. */
const COLUMNS_KEPT = /\S {2,}(?:[\d.]+|[/／—-]) {2,}(?:[\d.]+|[/／—-])\s*$/;
/** So many such lines make a layout copy (a table 三 has over twenty). */
const MIN_COLUMN_LINES = 3;

export const hasColumns = (lines: readonly string[]): boolean =>
  lines.filter((line) => COLUMNS_KEPT.test(line)).length >= MIN_COLUMN_LINES;

/** A PDF's reading order shows its page breaks: form feeds, or `-4-` lines between the pages. */
export const hasPageBreaks = (text: string): boolean =>
  text.includes('\f') || text.split('\n').some((line) => isPageNumber(line));

function readReadingOrder(text: string, fileName?: string): ReaderResult {
  const lines = text
    .replace(/\f/g, '\n')
    .split('\n')
    .filter((line) => !isPageNumber(line));
  if (!looksLikeReport(lines)) return { ok: false, errors: [NOT_A_REPORT] };
  const narrative = readNarrative(lines, fileName);
  const regions: TokenRegions = Object.fromEntries(
    TABLES.map((id) => [id, tokenizeTable(narrative.linesOf(id))]),
  );
  const detected = detectFormat(printedKeys(Object.values(regions)));
  const notes: string[] = [];
  const read = printedReport(narrative, detected, () => readingOrderRowReader(regions, notes));
  return read.ok ? { ...read, notes: [...notes, ...(read.notes ?? [])] } : read;
}

export function readCopiedText(text: string, fileName?: string): ReaderResult {
  const lines = text.split('\n');
  if (hasColumns(lines)) return readPositioned(layoutLines(text), fileName);
  return readReadingOrder(text, fileName);
}
