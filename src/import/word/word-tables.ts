/**
 * The tables of a Word document as rectangular grids, merges resolved: every grid position points
 * at the cell that covers it, so a merged header (`w:gridSpan` across, `w:vMerge` down) reads the
 * same at each position it covers, as a person reading the printed table would. Generic: it knows
 * WordprocessingML, not our report, so it serves Word files made by anyone — tables nested in a
 * cell are read as tables of their own, content controls (`w:sdt`) and custom XML wrappers are
 * looked through, `w:gridBefore` skips leading grid columns, and cell text is what the page shows
 * (word-text.ts).
 */
import { children, paragraphText } from './word-text';
import { elements, firstElement, pushInReverse } from './xml';
import type { XmlElement } from './xml';

export interface WordCell {
  /** The cell's text: paragraphs joined by '\n', tabs as '\t'. */
  readonly text: string;
  /** Top-left grid position of the cell. */
  readonly row: number;
  readonly column: number;
  readonly columnSpan: number;
  /** Rows the cell covers, counting the `w:vMerge` continuations below it. */
  rowSpan: number;
}

export interface WordTable {
  /** `grid[row][column]`: the cell covering that position (undefined where a row is short). */
  readonly grid: readonly (readonly (WordCell | undefined)[])[];
}

const intAttribute = (node: XmlElement | undefined, fallback: number) => {
  const value = Number.parseInt(node?.attributes['w:val'] ?? '', 10);
  return Number.isFinite(value) && value > 0 ? value : fallback;
};

/** The text of a cell: its paragraphs joined by '\n' (nested tables are left to themselves). */
const cellText = (tc: XmlElement) => children(tc, 'w:p').map(paragraphText).join('\n');

type Merge = 'restart' | 'continue' | undefined;

function mergeOf(tcPr: XmlElement | undefined): Merge {
  const vMerge = tcPr && firstElement(tcPr, 'w:vMerge');
  if (!vMerge) return undefined;
  return vMerge.attributes['w:val'] === 'restart' ? 'restart' : 'continue';
}

function readTable(tbl: XmlElement): WordTable {
  const grid: (WordCell | undefined)[][] = [];
  children(tbl, 'w:tr').forEach((tr, row) => {
    const trPr = firstElement(tr, 'w:trPr');
    let column = trPr ? intAttribute(firstElement(trPr, 'w:gridBefore'), 0) : 0;
    const line: (WordCell | undefined)[] = Array.from({ length: column }, () => undefined);
    for (const tc of children(tr, 'w:tc')) {
      const tcPr = firstElement(tc, 'w:tcPr');
      const columnSpan = intAttribute(tcPr && firstElement(tcPr, 'w:gridSpan'), 1);
      const above = grid[row - 1]?.[column];
      const merge = mergeOf(tcPr);
      let cell: WordCell;
      if (merge === 'continue' && above && above.column === column) {
        above.rowSpan = row - above.row + 1;
        cell = above;
      } else {
        cell = { text: cellText(tc), row, column, columnSpan, rowSpan: 1 };
      }
      for (let i = 0; i < columnSpan; i += 1) line.push(cell);
      column += columnSpan;
    }
    grid.push(line);
  });
  return { grid };
}

/**
 * Every table below `node` in document order, nested tables after the table holding them. An
 * explicit stack, not recursion: a hostile file may nest elements as deep as the XML reader allows.
 */
export function wordTables(node: XmlElement): WordTable[] {
  const tables: WordTable[] = [];
  const pending = pushInReverse([], elements(node));
  for (let child = pending.pop(); child !== undefined; child = pending.pop()) {
    if (child.name === 'w:tbl') tables.push(readTable(child));
    pushInReverse(pending, elements(child));
  }
  return tables;
}
