/**
 * The figures a reader sees in a Word file's tables, by spec §7 address, found by the official
 * labels — never by position — so a table whose rows or columns were moved, which has extra rows or
 * an extra empty column, or whose labels are printed in another bracket, width or wording
 * (../printed/labels.ts), still reads right. Each table reader engages only on a table that carries
 * its labels: table 二 by its `第二十条第（…）项` headings and `信息内容` header rows, table 三 by its
 * column labels over rows whose label is a declared row label, table 四 by the group and result
 * labels above its row of figures.
 *
 * A table broken in two by a page break (two Word tables, as a table copied from a PDF or split by
 * hand arrives) reads as one: a continuation that repeats no header takes the columns of the part
 * before it, aligned from the right, since the figures are a table's last columns.
 *
 * Addresses not found are absent; so is a cell a short row lacks. A cell printed empty is ''. The
 * first table to show an address wins.
 */
import type { FormatIndex, Table2ColumnId, Table3ColumnId, Table3RowId } from '../../report';
import { labelKey } from '../printed/labels';
import type { WordCell, WordTable } from './word-tables';

/** Column positions found in a header, with the width of the table they were found in. */
interface Columns<Key extends string> {
  readonly positions: ReadonlyMap<Key, number>;
  readonly width: number;
}

const NO_COLUMNS: Columns<never> = { positions: new Map<never, number>(), width: 0 };

const widthOf = (table: WordTable) => Math.max(0, ...table.grid.map((r) => r.length));

/** `columns` moved to a table `width` wide, right-aligned; positions falling off the left go. */
function shifted<Key extends string>(columns: Columns<Key>, width: number): Map<Key, number> {
  const by = width - columns.width;
  return new Map(
    [...columns.positions]
      .map(([id, position]) => [id, position + by] as const)
      .filter(([, position]) => position >= 0),
  );
}

/** The distinct cells of a row, left to right. */
const rowCells = (table: WordTable, row: number): WordCell[] => [
  ...new Set((table.grid[row] ?? []).filter((c): c is WordCell => c !== undefined)),
];

/**
 * The text at a position, trimmed; undefined where the row has no cell there. A figure in a cell
 * merged across several of the row's figure columns (`others`) belongs to one of them, and the
 * table does not say which: it is given to none, marked so that it reads as no figure, with a note.
 */
function figureAt(
  table: WordTable,
  row: number,
  column: number,
  others: Iterable<number> = [],
): string | undefined {
  const cell = table.grid[row]?.[column];
  const text = cell?.text.trim();
  if (!cell || !text || cell.columnSpan < 2) return text;
  const spanned = [...new Set(others)].filter((o) => table.grid[row]?.[o] === cell).length;
  return spanned > 1 ? `${text}（此格跨${spanned}栏，不知属于哪一栏）` : text;
}

type Out = Map<string, string>;

function put(out: Out, address: string, value: string | undefined) {
  if (value !== undefined && !out.has(address)) out.set(address, value);
}

function table2Reader(index: FormatIndex, out: Out) {
  const { blocks } = index.spec.table2;
  let block: (typeof blocks)[number] | undefined;
  let columns: Columns<Table2ColumnId> = NO_COLUMNS;
  return (table: WordTable) => {
    const width = widthOf(table);
    let positions = shifted(columns, width);
    /**
     * How many grid columns the header row spans: a figure row of another width lacks a cell or has
     * one too many (a repeated label, a figure split off), and which one the table does not say.
     */
    let headerWidth = width;
    /** Whether this table is (part of) table 二, so its columns carry to a continuation. */
    let engaged = false;
    table.grid.forEach((_, row) => {
      const cells = rowCells(table, row);
      const keys = cells.map((c) => labelKey(c.text));
      const heading = blocks.find((b) => keys.includes(labelKey(b.heading)));
      if (heading) {
        block = heading;
        positions = new Map();
        engaged = true;
        return;
      }
      if (!block) return;
      const first = keys.findIndex((k) => k !== '');
      if (keys[first] === '信息内容') {
        engaged = true;
        positions = new Map();
        headerWidth = table.grid[row]?.length ?? 0;
        for (const column of block.columns) {
          const key = labelKey(column.label);
          const found = cells.slice(first + 1).find((c) => labelKey(c.text).startsWith(key));
          if (found) positions.set(column.id, found.column);
        }
        return;
      }
      const item = block.rows.find((r) => keys[first] === labelKey(r.label));
      if (!item) return;
      engaged = true;
      if ((table.grid[row]?.length ?? 0) !== headerWidth) return;
      for (const column of block.columns) {
        const position = positions.get(column.id);
        if (position === undefined) continue;
        put(
          out,
          index.address('二', item.id, column.id),
          figureAt(table, row, position, positions.values()),
        );
      }
    });
    if (engaged) columns = { positions, width };
  };
}

function table3Reader(index: FormatIndex, out: Out) {
  /** Declared rows by label; a label used twice is read in declaration order. */
  const pending = new Map<string, Table3RowId[]>();
  for (const { node } of index.gridLines) {
    if (node.type !== 'row') continue;
    const key = labelKey(node.label);
    pending.set(key, [...(pending.get(key) ?? []), node.id]);
  }
  const labels = index.spec.table3.columns.map((c) => ({ id: c.id, key: labelKey(c.label) }));
  let columns: Columns<Table3ColumnId> = NO_COLUMNS;
  return (table: WordTable) => {
    const width = widthOf(table);
    const own = new Map<Table3ColumnId, number>();
    let positions: Map<Table3ColumnId, number> | undefined;
    table.grid.forEach((_, row) => {
      const cells = rowCells(table, row);
      const rowLabel = [...cells].reverse().find((c) => pending.get(labelKey(c.text))?.length);
      if (!rowLabel) {
        if (positions) return;
        for (const { id, key } of labels) {
          const found = cells.find((c) => labelKey(c.text) === key);
          if (found && !own.has(id)) own.set(id, found.column);
        }
        return;
      }
      // The first body row: this part's own header, over what a header-less part inherits.
      positions ??= new Map([...shifted(columns, width), ...own]);
      if (positions.size === 0) return;
      const rowId = pending.get(labelKey(rowLabel.text))?.shift();
      if (rowId === undefined) return;
      for (const [columnId, position] of positions) {
        put(
          out,
          index.address('三', rowId, columnId),
          figureAt(table, row, position, positions.values()),
        );
      }
    });
    if (positions && positions.size > 0) columns = { positions, width };
  };
}

function table4Reader(index: FormatIndex, out: Out) {
  const { groups, columns } = index.spec.table4;
  const labels = new Set(
    [...groups.flatMap((g) => [g.label, g.parent ?? '']), ...columns.map((c) => c.label)]
      .filter(Boolean)
      .map(labelKey),
  );
  const groupKeys = new Set(groups.flatMap((g) => [g.label, g.parent ?? '']).map(labelKey));
  /**
   * A header row's label keys by grid column. A group label in a cell that was split rather than
   * merged (`行政复议` then four empty cells) still heads the columns to its right, up to the next
   * label, as the eye reads the printed header.
   */
  const groupsCarriedRight = (row: readonly (WordCell | undefined)[], width: number) => {
    const keys: string[] = [];
    for (let column = 0; column < width; column += 1) {
      const key = labelKey(row[column]?.text ?? '');
      const left = keys[column - 1] ?? '';
      keys.push(key === '' && groupKeys.has(left) ? left : key);
    }
    return keys;
  };
  /** Positions of a header that ended its table, for the row of figures opening the next. */
  let awaiting: Columns<string> | undefined;
  return (table: WordTable) => {
    const isHeader = (row: number) =>
      rowCells(table, row).some((c) => labels.has(labelKey(c.text)));
    const width = widthOf(table);
    const first = table.grid.findIndex((_, row) => isHeader(row));
    let data = first;
    let positions: Map<string, number>;
    if (first < 0) {
      if (!awaiting) return;
      positions = shifted(awaiting, width);
      data = 0;
    } else {
      while (data < table.grid.length && isHeader(data)) data += 1;
      const rows = table.grid.slice(first, data).map((r) => groupsCarriedRight(r, width));
      /** Each grid column's header labels, top to bottom. */
      const paths = Array.from({ length: width }, (_, column) => rows.map((r) => r[column] ?? ''));
      positions = new Map();
      // A row of figures narrower than its header (a cell lost, a header cell repeated) leaves
      // no column certain: every figure after the gap would move one column left.
      const short = data < table.grid.length && (table.grid[data]?.length ?? 0) < width;
      for (const group of groups) {
        for (const column of columns) {
          const matching = paths.flatMap((path, position) =>
            path.includes(labelKey(group.label)) && path.includes(labelKey(column.label))
              ? [position]
              : [],
          );
          // Two columns headed alike: which one holds the figure is not printed.
          const [position] = matching;
          if (!short && matching.length === 1 && position !== undefined) {
            positions.set(index.address('四', group.id, column.id), position);
          }
        }
      }
    }
    awaiting = undefined;
    if (data >= table.grid.length) {
      if (positions.size > 0) awaiting = { positions, width };
      return;
    }
    for (const [address, position] of positions) {
      put(out, address, figureAt(table, data, position, positions.values()));
    }
  };
}

/** Every figure the tables show, by address; absent where no table shows that cell. */
export function visibleFigures(
  index: FormatIndex,
  tables: readonly WordTable[],
): Map<string, string> {
  const out: Out = new Map();
  const readers = [table2Reader, table3Reader, table4Reader].map((reader) => reader(index, out));
  for (const table of tables) for (const read of readers) read(table);
  return out;
}
