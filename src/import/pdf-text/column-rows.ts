/**
 * Reads a declared row from a table rebuilt from positions (printed-rows.ts): its figures go to
 * their columns by where they are printed. A row that prints every cell is read left to right. A
 * row with fewer figures than cells (an empty cell, a `/` lost to a bad copy) is placed by the
 * column centres of the same table on the same page — taken from its rows that print every cell,
 * else from a header line with one label per column — and only when every figure falls clearly
 * into one column of its own; otherwise the whole row stays blank with a note naming it. More
 * figures than cells is never trimmed to fit: blank with a note too.
 */
import type { TableId } from '../../report';
import { labelKey } from '../printed/labels';
import type { RowCells, RowReader } from '../printed/read-tables';
import { labelKeysOf } from '../printed/table-rows';
import type { RowSpec } from '../printed/table-rows';
import { centreOf } from './positioned';
import type { PrintedRow, TableLayout } from './printed-rows';

export type TableLayouts = Readonly<Partial<Record<TableId, TableLayout>>>;

/** A figure further than this share of the column spacing from every centre is not placed. */
const TOLERANCE = 0.4;

const rowName = (row: RowSpec) => `表${row.table}${row.label ? `“${row.label}”这一行` : '的数字'}`;

function span(row: RowSpec): string {
  const first = row.cells[0]?.address ?? '';
  const last = row.cells[row.cells.length - 1]?.address ?? '';
  return row.cells.length > 1 ? `${first} 至 ${last}` : first;
}

const mean = (values: readonly number[]) => values.reduce((a, b) => a + b, 0) / values.length;

/** Column centres for a row of `width` cells, from the table's full rows or a header line. */
function columnCentres(layout: TableLayout, printed: PrintedRow, width: number): number[] | null {
  const full = layout.rows.filter((r) => r.page === printed.page && r.figures.length === width);
  if (full.length > 0) {
    return Array.from({ length: width }, (_, i) =>
      mean(full.map((r) => centreOf(r.figures[i] ?? { text: '', x0: 0, x1: 0 }))),
    );
  }
  const at = layout.rows.indexOf(printed);
  const header = layout.headers
    .filter((h) => h.page === printed.page && h.before <= at)
    .map((h) => h.runs)
    .reverse()
    .find((runs) => runs.length === width + 1 || runs.length === width);
  if (!header) return null;
  // `信息内容` heads the label column, not a figure column.
  return header.slice(header.length - width).map(centreOf);
}

/** Each figure's column, or null when any figure is not clearly in a column of its own. */
function place(printed: PrintedRow, centres: readonly number[]): (string | undefined)[] | null {
  const gaps = centres.slice(1).map((c, i) => c - (centres[i] ?? c));
  const spacing = Math.min(...gaps.map(Math.abs), Infinity);
  const cells: (string | undefined)[] = centres.map(() => '');
  const taken = new Set<number>();
  for (const figure of printed.figures) {
    const x = centreOf(figure);
    const distances = centres.map((c) => Math.abs(c - x));
    const best = distances.indexOf(Math.min(...distances));
    if (taken.has(best) || (distances[best] ?? Infinity) > spacing * TOLERANCE) return null;
    taken.add(best);
    cells[best] = figure.text;
  }
  return cells;
}

function readPrinted(
  layout: TableLayout,
  printed: PrintedRow,
  row: RowSpec,
  notes: string[],
): RowCells {
  const width = row.cells.length;
  const texts = printed.figures.map((f) => f.text);
  if (texts.length === width) return { cells: texts, extra: [] };
  const centres = texts.length < width ? columnCentres(layout, printed, width) : null;
  const placed = centres ? place(printed, centres) : null;
  if (placed) return { cells: placed, extra: [] };
  notes.push(
    `${rowName(row)}印有 ${texts.length} 个数字（${texts.join('、')}），应有 ${width} 格，无法确定各数字所在的栏目，${span(row)} 留空。`,
  );
  return { cells: Array<undefined>(width).fill(undefined), extra: [], noted: true };
}

/** The data row of a declared row: by label, or for table 四 the one row of its region. */
function findRow(layout: TableLayout, row: RowSpec): PrintedRow | null {
  if (row.label === undefined) {
    const own = labelKeysOf(row.table);
    const rows = layout.rows.filter((r) => r.key === '' || !own.has(r.key));
    return rows.length === 1 ? (rows[0] ?? null) : null;
  }
  const matches = layout.rows.filter((r) => r.key === labelKey(row.label ?? ''));
  return matches.length === 1 ? (matches[0] ?? null) : null;
}

export function columnRowReader(layouts: TableLayouts, notes: string[]): RowReader {
  return (row) => {
    const layout = layouts[row.table];
    const printed = layout ? findRow(layout, row) : null;
    return layout && printed ? readPrinted(layout, printed, row, notes) : null;
  };
}
