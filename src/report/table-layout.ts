/**
 * The official tables' merged layout, computed from the declaration once for every view that draws
 * a table — the form grid's header, the print view, the .docx and the .txt: header rows with their
 * spans; for table 二 one layout per
 * 第二十条 item, the widest item setting the width; and for table 三 the label
 * columns where a group label (`三、本年度办理结果`, `（三）不予公开`) spans its rows vertically and
 * a row without sub-rows spans the remaining label columns — as in the official notice's table.
 */
import type { CellFact, FormatIndex, GridLine, ItemColumn } from './spec';

export interface SpanCell {
  readonly label: string;
  readonly colSpan: number;
  readonly rowSpan: number;
}

/** A figure's cell as laid out: its fact and the grid columns it covers (>1 only in table 二). */
export type LayoutCell = CellFact & { readonly colSpan: number };

export interface LayoutRow {
  /** Label cells that start on this row (group labels spanning down, then the row's own label). */
  readonly labels: readonly SpanCell[];
  readonly cells: readonly LayoutCell[];
}

export interface TableLayout {
  readonly header: readonly (readonly SpanCell[])[];
  readonly rows: readonly LayoutRow[];
  /** Grid columns the body's labels take (table 三: one per nesting level; 四: none). */
  readonly labelColumns: number;
}

const single = (fact: CellFact): LayoutCell => ({ ...fact, colSpan: 1 });

const cell = (label: string, colSpan = 1, rowSpan = 1): SpanCell => ({ label, colSpan, rowSpan });

/** Numeric rows under a line (itself if numeric). */
function numericRowsUnder(lines: readonly GridLine[], at: number): number {
  const line = lines[at];
  if (!line || line.node.type === 'row') return 1;
  let count = 0;
  for (let i = at + 1; i < lines.length && (lines[i]?.depth ?? 0) > line.depth; i += 1) {
    if (lines[i]?.node.type === 'row') count += 1;
  }
  return count;
}

export function table3Layout(index: FormatIndex): TableLayout {
  const { note, header, columns } = index.spec.table3;
  const lines = index.gridLines;
  const labelColumns = Math.max(...lines.map((l) => l.depth)) + 1;
  const grouped = columns.some((c) => c.group);
  // Without column groups (none declared) the header is two rows: 申请人情况, then the columns.
  const depth = grouped ? 3 : 2;
  const headerRows: SpanCell[][] = [
    [cell(note, labelColumns, depth), cell(header, columns.length)],
    columns.flatMap((c) => {
      if (!c.group) return [cell(c.label, 1, depth - 1)];
      const first = columns.find((o) => o.group === c.group) === c;
      return first ? [cell(c.group, columns.filter((o) => o.group === c.group).length)] : [];
    }),
    ...(grouped ? [columns.filter((c) => c.group).map((c) => cell(c.label))] : []),
  ];
  const rows: LayoutRow[] = [];
  let pending: SpanCell[] = [];
  lines.forEach((line, at) => {
    if (line.node.type === 'group') {
      pending.push(cell(line.node.label, 1, numericRowsUnder(lines, at)));
      return;
    }
    const id = line.node.id;
    rows.push({
      labels: [...pending, cell(line.node.label, labelColumns - line.depth)],
      cells: index.cells.filter((c) => c.table === '三' && c.rowId === id).map(single),
    });
    pending = [];
  });
  return { header: headerRows, rows, labelColumns };
}

export function table4Layout(index: FormatIndex): TableLayout {
  const { groups, columns } = index.spec.table4;
  const top = groups.filter((g) => !g.parent);
  const nested = groups.filter((g) => g.parent);
  const parents = [...new Set(nested.map((g) => g.parent ?? ''))];
  return {
    header: [
      [
        ...top.map((g) => cell(g.label, columns.length)),
        ...parents.map((p) =>
          cell(p, columns.length * nested.filter((g) => g.parent === p).length),
        ),
      ],
      [
        ...top.flatMap(() => columns.map((c) => cell(c.label, 1, 2))),
        ...nested.map((g) => cell(g.label, columns.length)),
      ],
      nested.flatMap(() => columns.map((c) => cell(c.label))),
    ],
    rows: [{ labels: [], cells: index.cells.filter((c) => c.table === '四').map(single) }],
    labelColumns: 0,
  };
}

/** A table 二 column header as printed: the label with its unit (`本年收费金额（单位：万元）`). */
export const itemColumnHeading = (column: ItemColumn): string =>
  column.unit ? `${column.label}（${column.unit}）` : column.label;

/**
 * Table 二, one layout per 第二十条 item: the item's heading row across the table, the `信息内容`
 * header, the item's rows. The widest item sets the width; in a narrower item the last column's
 * header and figure span the rest, as the official template's single-column items do — decided
 * here only, so the form, print, .docx and .txt agree.
 */
export function table2Layouts(index: FormatIndex): TableLayout[] {
  const { blocks } = index.spec.table2;
  const width = Math.max(...blocks.map((b) => b.columns.length));
  return blocks.map((block) => {
    const last = block.columns.length - 1;
    return {
      header: [
        [cell(block.heading, width + 1)],
        [
          cell('信息内容'),
          ...block.columns.map((c, i) => cell(itemColumnHeading(c), i === last ? width - last : 1)),
        ],
      ],
      rows: block.rows.map((row) => ({
        labels: [cell(row.label)],
        cells: index.cells
          .filter((c) => c.table === '二' && c.blockId === block.id && c.rowId === row.id)
          .map((fact, i) => ({ ...fact, colSpan: i === last ? width - last : 1 })),
      })),
      labelColumns: 1,
    };
  });
}

/**
 * The header as drawn over a different number of label columns (the form grid indents its labels
 * in one column where print uses one per level): the top-left note cell spans `labelColumns`.
 */
export function headerOver(layout: TableLayout, labelColumns: number): SpanCell[][] {
  return layout.header.map((row, r) =>
    row.map((c, i) =>
      r === 0 && i === 0 && layout.labelColumns > 0 ? { ...c, colSpan: labelColumns } : c,
    ),
  );
}
