/**
 * The three statistical tables as TAB-separated lines, laid out from the declaration as the
 * published text shows them (bogang-2021.txt): table 二 block by block with no blank line between
 * blocks; table 三 and 四 with the official merged header rows of table3Layout/table4Layout, table
 * 三's group labels in the leading label columns. Figures come from `valueOf`, blank stays empty.
 */
import { table2Layouts, table3Layout, table4Layout } from '../report';
import type { FormatIndex, TableId, TableLayout } from '../report';
import { gridLines } from './txt-grid';
import type { SpanRow } from './txt-grid';

export type ValueOf = (address: string) => string;

/** A merged layout's header rows, then each row's label cells followed by its figures. */
const layoutRows = (layout: TableLayout, valueOf: ValueOf): SpanRow[] => [
  ...layout.header,
  ...layout.rows.map((row) => [
    ...row.labels,
    ...row.cells.map((c) => ({ label: valueOf(c.address), colSpan: c.colSpan, rowSpan: 1 })),
  ]),
];

/** The lines of one table of the report's format. */
export function tableLines(table: TableId, index: FormatIndex, valueOf: ValueOf): string[] {
  // Table 二 is one block per 第二十条 item; a narrower block's last figure spans the rest, so its
  // rows end in empty fields, as bogang's `行政许可\t0\t\t`.
  if (table === '二') return gridLines(table2Layouts(index).flatMap((l) => layoutRows(l, valueOf)));
  const layout = table === '三' ? table3Layout(index) : table4Layout(index);
  return gridLines(layoutRows(layout, valueOf));
}
