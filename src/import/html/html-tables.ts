/**
 * An HTML table as a rectangular grid, `rowspan`/`colspan` resolved the way a browser lays it out:
 * every position points at the cell covering it, so a merged header reads the same at each column
 * it spans — the shape the Word reader's tables have (../word/word-tables.ts), so both are read by
 * the same label-finding code (../word/visible-figures.ts). Spans are capped, and so is the grid, so
 * a page with `colspan="9999"` costs no more than a real table.
 */
import type { WordCell, WordTable } from '../word/word-tables';
import type { HtmlElement } from './html-tree';

const MAX_COLSPAN = 64;
const MAX_ROWSPAN = 256;
const MAX_POSITIONS = 100_000;

const SECTIONS = new Set(['thead', 'tbody', 'tfoot']);

/** The rows of `table`, not those of tables nested in its cells. */
export function tableRows(table: HtmlElement): HtmlElement[] {
  return table.children.flatMap((child) => {
    if (typeof child === 'string') return [];
    if (child.name === 'tr') return [child];
    return SECTIONS.has(child.name) ? tableRows(child) : [];
  });
}

export const tableCells = (row: HtmlElement): HtmlElement[] =>
  row.children.filter(
    (c): c is HtmlElement => typeof c !== 'string' && (c.name === 'td' || c.name === 'th'),
  );

const span = (value: string | undefined, max: number) => {
  const n = Number.parseInt(value ?? '', 10);
  return Number.isFinite(n) && n > 0 ? Math.min(n, max) : 1;
};

export function htmlTable(table: HtmlElement, textOf: (cell: HtmlElement) => string): WordTable {
  const rows = tableRows(table);
  const grid: (WordCell | undefined)[][] = rows.map(() => []);
  let positions = 0;
  rows.forEach((tr, r) => {
    const line = grid[r] ?? [];
    let column = 0;
    for (const td of tableCells(tr)) {
      while (line[column] !== undefined) column += 1;
      const columnSpan = span(td.attributes.colspan, MAX_COLSPAN);
      const rowSpan = Math.min(span(td.attributes.rowspan, MAX_ROWSPAN), rows.length - r);
      positions += columnSpan * rowSpan;
      if (positions > MAX_POSITIONS) return;
      const cell: WordCell = { text: textOf(td), row: r, column, columnSpan, rowSpan };
      for (let down = 0; down < rowSpan; down += 1) {
        const below = grid[r + down];
        if (!below) continue;
        for (let across = 0; across < columnSpan; across += 1) {
          below[column + across] ??= cell;
        }
      }
      column += columnSpan;
    }
  });
  // Holes (a short row next to a long one) are undefined, as in a Word table.
  return { grid: grid.map((line) => Array.from({ length: line.length }, (_, i) => line[i])) };
}
