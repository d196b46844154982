/**
 * A merged table flattened to TAB-separated lines, the way a table copied out of Word or a CMS
 * page reads as text (bogang-2021.txt, table 四): each cell's text sits at its top-left position
 * and every position a merged cell covers is an empty field. Every line gets the same number of
 * fields, so pasted into a spreadsheet or a CMS table each figure lands under its heading.
 */
import type { SpanCell } from '../report';

/** One line of the table as span cells, in reading order (as in an HTML `<tr>`). */
export type SpanRow = readonly SpanCell[];

/** A field may hold neither a TAB nor a line break: either would shift every later column. */
const field = (text: string) => text.replace(/[\t\r\n]+/g, ' ');

/** Lays the rows out as HTML lays out rowSpan/colSpan, then joins each line's fields with TABs. */
export function gridLines(rows: readonly SpanRow[]): string[] {
  const grid: string[][] = rows.map(() => []);
  const taken: boolean[][] = rows.map(() => []);
  rows.forEach((row, r) => {
    let column = 0;
    for (const cell of row) {
      while (taken[r]?.[column]) column += 1;
      for (let dr = 0; dr < cell.rowSpan && r + dr < rows.length; dr += 1) {
        for (let dc = 0; dc < cell.colSpan; dc += 1) {
          const line = taken[r + dr];
          if (line) line[column + dc] = true;
        }
      }
      const line = grid[r];
      if (line) line[column] = field(cell.label);
      column += cell.colSpan;
    }
  });
  const width = Math.max(0, ...taken.map((line) => line.length));
  return grid.map((line) => Array.from({ length: width }, (_, c) => line[c] ?? '').join('\t'));
}
