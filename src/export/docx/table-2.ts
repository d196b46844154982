/**
 * Table 二 as the official template prints it: per 第二十条 item a full-width heading row, a
 * `信息内容` header row and the item's rows, all as `table2Layouts` lays them out (an item narrower
 * than the widest lets its last column span the rest). At most 18 short rows, so every
 * row is kept with the next and the table stays on one page.
 */
import type { Table, TableCell } from 'docx';
import { table2Layouts } from '../../report';
import type { FormatIndex } from '../../report';
import { bodyRow, cell, equalWidths, gridTable } from './table-cells';
import { TEXT_WIDTH, mm } from './typography';

const LABEL_WIDTH = mm(40);

export function table2(index: FormatIndex, values: ReadonlyMap<string, string>): Table {
  const layouts = table2Layouts(index);
  const valueColumns = Math.max(...index.spec.table2.blocks.map((b) => b.columns.length));
  const widths = [LABEL_WIDTH, ...equalWidths(TEXT_WIDTH - LABEL_WIDTH, valueColumns)];
  const lines: TableCell[][] = layouts.flatMap((layout) => [
    ...layout.header.map((row) => row.map((c) => cell(c.label, { span: c.colSpan }))),
    ...layout.rows.map((row) => [
      ...row.labels.map((l) => cell(l.label)),
      ...row.cells.map((c) => cell(values.get(c.address) ?? '', { span: c.colSpan })),
    ]),
  ]);
  return gridTable(
    widths,
    lines.map((cells, i) => bodyRow(cells, i < lines.length - 1)),
  );
}
