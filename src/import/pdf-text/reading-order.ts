/**
 * Text copied out of a PDF in reading order: every cell on a line of its own, in the order the
 * viewer met them, which is not always the printed order — a viewer may give a table column by
 * column, so the figures after a label need not be that row's. A row is read only where that
 * cannot be: exactly as many figures as the row has cells, between its label and the next label,
 * their printed total confirming them (the row's 总计, or each 总计 of table 四), and nowhere in the
 * table a run of figures longer than a row (the sign of a table given column by column). Anything
 * else stays blank with a note naming the cells: a figure is never moved to a cell by guesswork.
 */
import { formatIds } from '../../report';
import type { TableId } from '../../report';
import type { RowCells, RowReader } from '../printed/read-tables';
import { labelKey } from '../printed/labels';
import { labelKeysOf, ownLabelKeysOf, rowSpecs } from '../printed/table-rows';
import type { RowSpec } from '../printed/table-rows';
import type { TableTokens } from '../published-txt/table-tokens';
import { isFigure } from './printed-rows';

export type TokenRegions = Readonly<Partial<Record<TableId, TableTokens>>>;

const span = (row: RowSpec) =>
  row.cells.length > 1
    ? `${row.cells[0]?.address ?? ''} 至 ${row.cells[row.cells.length - 1]?.address ?? ''}`
    : (row.cells[0]?.address ?? '');
const rowName = (row: RowSpec) => `表${row.table}${row.label ? `“${row.label}”这一行` : '的数字'}`;

/** The non-empty cells of a table, figures and labels. */
const cellsOf = (table: TableTokens) => table.tokens.filter((t) => t.text !== '');

/** The longest run of figures in a table: longer than its widest row means column by column. */
function longestRun(table: TableTokens): number {
  let longest = 0;
  let run = 0;
  for (const token of cellsOf(table)) {
    run = isFigure(token.text) ? run + 1 : 0;
    longest = Math.max(longest, run);
  }
  return longest;
}

/** The figures right after the row's label (table 四: after its header), up to the next label. */
function figuresAfter(table: TableTokens, row: RowSpec): string[] | null {
  const cells = cellsOf(table);
  let at: number;
  if (row.label !== undefined) {
    const key = labelKey(row.label);
    const found = cells.flatMap((t, i) => (t.key === key ? [i] : []));
    if (found.length !== 1) return null;
    at = found[0] ?? -1;
  } else {
    const own = ownLabelKeysOf(row.table);
    const header = labelKeysOf(row.table);
    at = cells.findLastIndex((t) => own.has(t.key));
    if (at < 0) return null;
    while (header.has(cells[at + 1]?.key ?? '')) at += 1;
  }
  const figures: string[] = [];
  for (const token of cells.slice(at + 1)) {
    if (!isFigure(token.text)) break;
    figures.push(token.text);
  }
  return figures;
}

/**
 * Whether every total of the row that adds up cells of the same row equals their sum (a total of
 * other rows, such as （七）总计's, cannot confirm this row and is not asked).
 */
function totalsConfirm(row: RowSpec, figures: readonly string[]): boolean {
  const value = new Map(row.cells.map((c, i) => [c.address, Number(figures[i])]));
  return row.cells.every((cell) => {
    if (!cell.sumOf || !cell.sumOf.every((a) => value.has(a))) return true;
    const sum = cell.sumOf.reduce((total, a) => total + (value.get(a) ?? Number.NaN), 0);
    return sum === value.get(cell.address);
  });
}

export function readingOrderRowReader(regions: TokenRegions, notes: string[]): RowReader {
  const widest = (table: TableId) =>
    Math.max(
      0,
      ...formatIds
        .flatMap((id) => rowSpecs(id).filter((r) => r.table === table))
        .map((r) => r.cells.length),
    );
  const byColumn = new Set(
    (Object.keys(regions) as TableId[]).filter((id) => {
      const table = regions[id];
      return table !== undefined && longestRun(table) > widest(id);
    }),
  );
  for (const id of byColumn) {
    notes.push(
      `表${id}复制出来的数字是按列排列的，无法确定每个数字所在的格，表${id}留空。请改用 PDF 文件本身、网页版本或 Word 文件。`,
    );
  }
  const blank = (row: RowSpec): RowCells => ({
    cells: row.cells.map(() => undefined),
    extra: [],
    noted: true,
  });
  return (row) => {
    const table = regions[row.table];
    if (!table) return null;
    if (byColumn.has(row.table)) return blank(row);
    const figures = figuresAfter(table, row);
    if (figures === null) return null;
    const width = row.cells.length;
    if (figures.length === width && totalsConfirm(row, figures)) {
      return { cells: figures, extra: [] };
    }
    const why =
      figures.length === width
        ? `其中的合计与各项之和不符，无法确认数字的顺序`
        : `后面有 ${figures.length} 个数字，应有 ${width} 个，无法确定各数字所在的格`;
    notes.push(`${rowName(row)}${why}，${span(row)} 留空。`);
    return blank(row);
  };
}
