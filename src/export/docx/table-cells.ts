/**
 * The building blocks of the three statistical tables: cells in 五号 宋体 with Word's own merges
 * (`w:gridSpan` across, `w:vMerge` down), so the tables stay real, editable Word tables that
 * look like the official ones. Vertical merges are written explicitly — a `restart` cell and a
 * `continue` cell in each row below — rather than with docx's `rowSpan`, so each row lists every
 * grid position it covers and the builders read like the official table, row by row.
 */
import {
  AlignmentType,
  LineRuleType,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  VerticalMergeType,
  WidthType,
} from 'docx';
import type { ParagraphChild } from 'docx';
import { commentEnd, commentStart } from './comments';
import { SIZE, runStyle } from './typography';

export interface CellOptions {
  /** Grid columns the cell covers (w:gridSpan). */
  readonly span?: number;
  /** Vertical merge: the first cell of a merged column, or a cell merged into the one above. */
  readonly merge?: 'restart' | 'continue';
  readonly align?: 'left' | 'center';
  /** A comment (批注) on the cell's text, by id: the prefilled template's note on a carried row. */
  readonly comment?: number;
}

/** 五号 type on a 15 pt pitch: two lines of a wrapped header label fit a 10 mm row. */
const TABLE_LINE = 15 * 20;

function runs(text: string, comment: number | undefined): ParagraphChild[] {
  const content = text ? [new TextRun({ text, ...runStyle('table', SIZE.table) })] : [];
  return comment === undefined
    ? content
    : [commentStart(comment), ...content, ...commentEnd(comment)];
}

const paragraph = (text: string, align: 'left' | 'center', comment: number | undefined) =>
  new Paragraph({
    alignment: align === 'left' ? AlignmentType.LEFT : AlignmentType.CENTER,
    spacing: { line: TABLE_LINE, lineRule: LineRuleType.EXACT, before: 0, after: 0 },
    children: runs(text, comment),
  });

export function cell(text: string, options: CellOptions = {}): TableCell {
  const { span = 1, merge, align = 'center', comment } = options;
  return new TableCell({
    children: [paragraph(merge === 'continue' ? '' : text, align, comment)],
    verticalAlign: VerticalAlignTable.CENTER,
    ...(span > 1 ? { columnSpan: span } : {}),
    ...(merge
      ? {
          verticalMerge:
            merge === 'restart' ? VerticalMergeType.RESTART : VerticalMergeType.CONTINUE,
        }
      : {}),
  });
}

/**
 * A header row: repeated at the top of every page the table runs onto, never split, and kept with
 * the row below so a page never ends on a header.
 */
export const headerRow = (children: readonly TableCell[]) =>
  new TableRow({ children, tableHeader: true, cantSplit: true, keepNext: true });

/** A body row, never split across pages; `keepNext` holds a short table on one page. */
export const bodyRow = (children: readonly TableCell[], keepNext = false) =>
  new TableRow({ children, cantSplit: true, ...(keepNext ? { keepNext: true } : {}) });

/** Narrow cell margins (≈1 mm) so a 10 mm column holds two characters per line. */
const CELL_MARGIN = 57;

/** A fixed-layout table exactly as wide as the text block, with the given column widths. */
export function gridTable(columnWidths: readonly number[], rows: readonly TableRow[]): Table {
  const total = columnWidths.reduce((a, b) => a + b, 0);
  return new Table({
    rows: [...rows],
    columnWidths: [...columnWidths],
    width: { size: total, type: WidthType.DXA },
    layout: TableLayoutType.FIXED,
    margins: { left: CELL_MARGIN, right: CELL_MARGIN, top: 0, bottom: 0 },
  });
}

/** Splits `total` twips into `count` equal columns, the rounding remainder going to the last. */
export function equalWidths(total: number, count: number): number[] {
  const each = Math.floor(total / count);
  return Array.from({ length: count }, (_, i) => (i === count - 1 ? total - each * i : each));
}
