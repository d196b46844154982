/**
 * The rows the importer looks for, derived from the declaration (never a list of line offsets): each
 * printed row of table 二 and 三 with its label and its cells in column order, and table 四 as one
 * row of fifteen cells, which prints no label and follows its header. Also every label a table
 * prints, in either format: a row's figures end where another label begins.
 */
import { formatIds, formatIndex, formatSpecs, flattenGrid } from '../../report';
import type { CellFact, FormatId, FormatSpec, TableId } from '../../report';
import { labelKey } from './labels';

export interface RowSpec {
  readonly table: TableId;
  /** The official label; absent for table 四, read after its header. */
  readonly label?: string;
  readonly cells: readonly CellFact[];
}

function buildRows(format: FormatId): RowSpec[] {
  const rows: RowSpec[] = [];
  for (const cell of formatIndex(format).cells) {
    const last = rows[rows.length - 1];
    const sameRow =
      last?.table === cell.table &&
      (cell.table === '四' || last.cells[0]?.rowId === cell.rowId) &&
      last.cells[0]?.blockId === cell.blockId;
    if (last && sameRow) rows[rows.length - 1] = { ...last, cells: [...last.cells, cell] };
    else
      rows.push({
        table: cell.table,
        cells: [cell],
        ...(cell.table === '四' ? {} : { label: cell.rowLabel }),
      });
  }
  return rows;
}

const rowsByFormat = new Map(formatIds.map((id) => [id, buildRows(id)]));

export const rowSpecs = (format: FormatId): readonly RowSpec[] => rowsByFormat.get(format) ?? [];

/** Every label table `table` prints in `spec`: headings, header cells, row and group labels. */
export function printedLabels(spec: FormatSpec, table: TableId): string[] {
  switch (table) {
    case '二':
      return spec.table2.blocks.flatMap((b) => [
        b.heading,
        '信息内容',
        ...b.columns.map((c) => c.label),
        ...b.rows.map((r) => r.label),
      ]);
    case '三':
      return [
        spec.table3.note,
        spec.table3.header,
        ...spec.table3.columns.flatMap((c) => [c.label, ...(c.group ? [c.group] : [])]),
        ...flattenGrid(spec.table3).map((line) => line.node.label),
      ];
    case '四':
      return [
        ...spec.table4.groups.flatMap((g) => [g.label, ...(g.parent ? [g.parent] : [])]),
        ...spec.table4.columns.map((c) => c.label),
      ];
  }
}

const stopKeys = new Map(
  (['二', '三', '四'] as const).map((table) => [
    table,
    new Set(formatIds.flatMap((id) => printedLabels(formatSpecs[id], table).map(labelKey))),
  ]),
);

/** Keys of every label table `table` prints in either format. */
export const labelKeysOf = (table: TableId): ReadonlySet<string> =>
  stopKeys.get(table) ?? new Set();

const ownKeys = new Map(
  [...stopKeys].map(([table, keys]) => {
    const others = [...stopKeys].filter(([t]) => t !== table).map(([, k]) => k);
    return [table, new Set([...keys].filter((k) => others.every((o) => !o.has(k))))];
  }),
);

/** Keys only table `table` prints (四: `结果维持`, not the `总计` that 三 prints too). */
export const ownLabelKeysOf = (table: TableId): ReadonlySet<string> =>
  ownKeys.get(table) ?? new Set();
