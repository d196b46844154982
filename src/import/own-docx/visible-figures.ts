/**
 * The figures a reader sees in a Word file's tables, by spec §7 address, found by the official
 * labels — never by position — so a table whose rows or columns were moved, or which has extra
 * rows, still reads right. Each table reader engages only on a table that carries its labels:
 * table 二 by its `第二十条第（…）项` headings and `信息内容` header rows, table 三 by its column
 * labels over rows whose label is a declared row label, table 四 by the group and result labels
 * above its row of figures. Addresses not found are simply absent.
 */
import type { FormatIndex } from '../../report';
import type { WordCell, WordTable } from './word-tables';

/** Labels compared without spaces and with either kind of bracket and colon. */
export const labelKey = (text: string): string =>
  text
    .replace(/[\s\u3000]/g, '')
    .replace(/\(/g, '（')
    .replace(/\)/g, '）')
    .replace(/:/g, '：');

const at = (table: WordTable, row: number, column: number): WordCell | undefined =>
  table.grid[row]?.[column];

/** The distinct cells of a row, left to right. */
const rowCells = (table: WordTable, row: number): WordCell[] => [
  ...new Set((table.grid[row] ?? []).filter((c): c is WordCell => c !== undefined)),
];

const figure = (cell: WordCell | undefined) => cell?.text.trim() ?? '';

function readTable2(index: FormatIndex, table: WordTable, out: Map<string, string>) {
  const { blocks } = index.spec.table2;
  let block: (typeof blocks)[number] | undefined;
  let columns = new Map<string, number>();
  table.grid.forEach((_, row) => {
    const cells = rowCells(table, row);
    const keys = cells.map((c) => labelKey(c.text));
    const heading = blocks.find((b) => keys.includes(labelKey(b.heading)));
    if (heading) {
      block = heading;
      columns = new Map();
      return;
    }
    if (!block) return;
    if (keys[0] === '信息内容') {
      for (const column of block.columns) {
        const found = cells.find((c) => labelKey(c.text).startsWith(labelKey(column.label)));
        if (found) columns.set(column.id, found.column);
      }
      return;
    }
    const item = block.rows.find((r) => keys[0] === labelKey(r.label));
    if (!item) return;
    for (const column of block.columns) {
      const position = columns.get(column.id);
      if (position !== undefined) {
        out.set(index.address('二', item.id, column.id), figure(at(table, row, position)));
      }
    }
  });
}

function readTable3(index: FormatIndex, table: WordTable, out: Map<string, string>) {
  const lines = index.gridLines.filter((l) => l.number !== undefined);
  /** Declared rows by label; a label used twice is read in declaration order. */
  const pending = new Map<string, string[]>();
  for (const line of lines) {
    const key = labelKey(line.node.label);
    pending.set(key, [...(pending.get(key) ?? []), line.node.id]);
  }
  const columns = new Map<string, number>();
  let inBody = false;
  table.grid.forEach((_, row) => {
    const cells = rowCells(table, row);
    const rowLabel = [...cells].reverse().find((c) => pending.get(labelKey(c.text))?.length);
    if (!rowLabel) {
      if (inBody) return;
      for (const column of index.spec.table3.columns) {
        const found = cells.find((c) => labelKey(c.text) === labelKey(column.label));
        if (found && !columns.has(column.id)) columns.set(column.id, found.column);
      }
      return;
    }
    if (columns.size === 0) return;
    inBody = true;
    const rowId = pending.get(labelKey(rowLabel.text))?.shift();
    if (rowId === undefined) return;
    for (const [columnId, position] of columns) {
      out.set(index.address('三', rowId, columnId), figure(at(table, row, position)));
    }
  });
}

function readTable4(index: FormatIndex, table: WordTable, out: Map<string, string>) {
  const { groups, columns } = index.spec.table4;
  const labels = new Set(
    [...groups.flatMap((g) => [g.label, g.parent ?? '']), ...columns.map((c) => c.label)]
      .filter(Boolean)
      .map(labelKey),
  );
  const isHeader = (row: number) => rowCells(table, row).some((c) => labels.has(labelKey(c.text)));
  const first = table.grid.findIndex((_, row) => isHeader(row));
  if (first < 0) return;
  let data = first;
  while (data < table.grid.length && isHeader(data)) data += 1;
  if (data >= table.grid.length) return;
  const width = Math.max(...table.grid.map((r) => r.length));
  /** Each grid column's header labels, top to bottom. */
  const paths = Array.from({ length: width }, (_, column) =>
    table.grid.slice(first, data).map((r) => labelKey(r[column]?.text ?? '')),
  );
  for (const group of groups) {
    for (const column of columns) {
      const position = paths.findIndex(
        (path) => path.includes(labelKey(group.label)) && path.includes(labelKey(column.label)),
      );
      if (position >= 0) {
        out.set(index.address('四', group.id, column.id), figure(at(table, data, position)));
      }
    }
  }
}

/** Every figure the tables show, by address; absent where no table shows that cell. */
export function visibleFigures(
  index: FormatIndex,
  tables: readonly WordTable[],
): Map<string, string> {
  const out = new Map<string, string>();
  for (const table of tables) {
    readTable2(index, table, out);
    readTable3(index, table, out);
    readTable4(index, table, out);
  }
  return out;
}
