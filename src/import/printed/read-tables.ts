/**
 * Reads tables 二, 三 and 四 into the report's cells (typed cells) and `stated` (computed cells:
 * 总计, （七）总计, 四's 总计), every figure as printed — a total that does not add up is kept and
 * check() reports it (spec §6). Whatever carried the tables (a website's text, a Word file) supplies
 * the printed cells of each declared row through a RowReader; everything else is shared: a cell
 * printed `/`, `-` or `—`, or that cannot be read, stays blank (never 0) with a note naming its
 * address, and so does every cell of a row that is not found or that a short row lacks. Those cells
 * are listed in `unread`, in declaration order.
 */
import type { FormatId, TableId } from '../../report';
import { readPrintedFigure } from './printed-figure';
import { rowSpecs } from './table-rows';
import type { RowSpec } from './table-rows';

export interface RowCells {
  /** One entry per cell of the row, as printed ('' when printed empty; undefined when lacking). */
  readonly cells: readonly (string | undefined)[];
  /** Non-empty cells beyond the row's width, not imported. */
  readonly extra: readonly string[];
  /** The row reader has already said why its cells are lacking (figures it could not place). */
  readonly noted?: boolean;
}

/** The printed cells of a declared row, or null when the row is not printed. */
export type RowReader = (row: RowSpec) => RowCells | null;

export interface TableFigures {
  /** Typed cells found, by address. */
  readonly cells: Readonly<Record<string, string>>;
  /** Computed cells found, by address, as printed. */
  readonly stated: Readonly<Record<string, string>>;
  readonly notes: readonly string[];
  /** Addresses whose figure could not be read, in declaration order. */
  readonly unread: readonly string[];
}

const rowName = (row: RowSpec) => `表${row.table}${row.label ? `“${row.label}”这一行` : '的数字'}`;

function rowNotes(row: RowSpec, read: RowCells): string[] {
  const notes: string[] = [];
  const lacking = row.cells.filter((_, i) => read.cells[i] === undefined).map((c) => c.address);
  if (lacking.length > 0 && !read.noted) {
    notes.push(`${rowName(row)}少了 ${lacking.length} 格，${lacking.join('、')} 留空。`);
  }
  if (read.extra.length > 0) {
    notes.push(`${rowName(row)}多出 ${read.extra.length} 格（${read.extra.join('、')}），未导入。`);
  }
  return notes;
}

function missingRowNote(row: RowSpec): string {
  const first = row.cells[0]?.address ?? '';
  const last = row.cells[row.cells.length - 1]?.address ?? '';
  const span = row.cells.length > 1 ? `${first} 至 ${last}` : first;
  return `表${row.table}没有找到“${row.label ?? ''}”这一行，${span} 留空。`;
}

export function readTables(format: FormatId, readRow: RowReader): TableFigures {
  const cells: Record<string, string> = {};
  const stated: Record<string, string> = {};
  const notes: string[] = [];
  const unread: string[] = [];
  const notFound = new Map<TableId, RowSpec[]>();
  for (const row of rowSpecs(format)) {
    const read = readRow(row);
    if (!read) {
      notFound.set(row.table, [...(notFound.get(row.table) ?? []), row]);
      unread.push(...row.cells.map((c) => c.address));
      continue;
    }
    row.cells.forEach((cell, i) => {
      const raw = read.cells[i];
      const figure = raw === undefined ? { value: '' } : readPrintedFigure(cell, raw);
      if (cell.sumOf) stated[cell.address] = figure.value;
      else cells[cell.address] = figure.value;
      if (figure.problem) notes.push(figure.problem);
      if (raw === undefined || figure.problem) unread.push(cell.address);
    });
    notes.push(...rowNotes(row, read));
  }
  const rowsOf = (table: TableId) => rowSpecs(format).filter((r) => r.table === table).length;
  for (const [table, rows] of notFound) {
    if (rows.length === rowsOf(table)) notes.push(`没有找到表${table}的数字，表${table}留空。`);
    else notes.push(...rows.map(missingRowNote));
  }
  return { cells, stated, notes, unread };
}
