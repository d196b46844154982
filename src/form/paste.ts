/**
 * Turns text copied from Excel or WPS (tab-separated columns, newline-separated rows) into cell
 * changes starting at the active cell. A leading label column is dropped when the first cell of
 * every row is not a figure; what falls outside the table is counted, never silently lost.
 */
import { normalizeNumberText } from '../report';

export interface PasteTarget {
  /** Addresses of the table's typed cells, row by row (computed cells are null: skipped). */
  readonly rows: readonly (readonly (string | null)[])[];
  readonly startRow: number;
  readonly startColumn: number;
}

export interface PastePlan {
  readonly changes: readonly (readonly [address: string, value: string])[];
  /** Values that fell outside the table. */
  readonly dropped: number;
  /** Values that landed on computed cells: the program computes those, so they are not written. */
  readonly onTotals: number;
}

const looksLikeFigure = (cell: string) => /^[+-]?[\d.,]*$/.test(normalizeNumberText(cell));

/** Splits clipboard text into rows of cells; a trailing newline (Excel adds one) is not a row. */
export function splitClipboard(text: string): string[][] {
  const lines = text.replace(/\r\n?/g, '\n').replace(/\n$/, '').split('\n');
  return lines.map((line) => line.split('\t'));
}

export function planPaste(text: string, target: PasteTarget): PastePlan {
  let grid = splitClipboard(text);
  const hasLabelColumn =
    grid.length > 0 && grid.every((r) => r.length > 1 && !looksLikeFigure(r[0] ?? ''));
  if (hasLabelColumn) grid = grid.map((r) => r.slice(1));
  const changes: (readonly [string, string])[] = [];
  let dropped = 0;
  let onTotals = 0;
  grid.forEach((cells, i) => {
    // Positional, as in a spreadsheet: a copied 总计 column lands on our 总计 and is not written.
    const row = target.rows[target.startRow + i];
    cells.forEach((value, j) => {
      const column = target.startColumn + j;
      const address = row?.[column];
      if (address) changes.push([address, value.trim()]);
      else if (row && column < row.length) onTotals += 1;
      else if (value.trim() !== '') dropped += 1;
    });
  });
  return { changes, dropped, onTotals };
}
