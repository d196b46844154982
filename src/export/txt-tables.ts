/**
 * The three statistical tables as TAB-separated lines, laid out from the declaration as the
 * published text shows them (bogang-2021.txt): table 二 block by block with no blank line between
 * blocks; table 三 and 四 with the official merged header rows of table3Layout/table4Layout, table
 * 三's group labels in the leading label columns. Figures come from `valueOf`, blank stays empty.
 */
import { table3Layout, table4Layout } from '../report';
import type { FormatIndex, SpanCell, TableId, TableLayout } from '../report';
import { gridLines } from './txt-grid';
import type { SpanRow } from './txt-grid';

export type ValueOf = (address: string) => string;

const span = (label: string, colSpan = 1, rowSpan = 1): SpanCell => ({ label, colSpan, rowSpan });

/**
 * Table 二: per block the `第二十条第（一）项` row across the table, the `信息内容` header with each
 * column's unit in brackets (`本年收费金额（单位：万元）`), then the rows. The widest block sets the
 * width; narrower blocks leave trailing empty fields, as bogang's `行政许可\t0\t\t`.
 */
function table2Rows(index: FormatIndex, valueOf: ValueOf): SpanRow[] {
  const { blocks } = index.spec.table2;
  const width = 1 + Math.max(...blocks.map((b) => b.columns.length));
  return blocks.flatMap((block) => [
    [span(block.heading, width)],
    [
      span('信息内容'),
      ...block.columns.map((c) => span(c.unit ? `${c.label}（${c.unit}）` : c.label)),
    ],
    ...block.rows.map((row) => [
      span(row.label),
      ...index.cells
        .filter((c) => c.table === '二' && c.blockId === block.id && c.rowId === row.id)
        .map((c) => span(valueOf(c.address))),
    ]),
  ]);
}

/** A merged layout's header rows, then each row's label cells followed by its figures. */
const layoutRows = (layout: TableLayout, valueOf: ValueOf): SpanRow[] => [
  ...layout.header,
  ...layout.rows.map((row) => [...row.labels, ...row.cells.map((c) => span(valueOf(c.address)))]),
];

/** The lines of one table of the report's format. */
export function tableLines(table: TableId, index: FormatIndex, valueOf: ValueOf): string[] {
  if (table === '二') return gridLines(table2Rows(index, valueOf));
  const layout = table === '三' ? table3Layout(index) : table4Layout(index);
  return gridLines(layoutRows(layout, valueOf));
}
