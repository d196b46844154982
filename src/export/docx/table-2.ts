/**
 * Table 二 as the official template prints it: per 第二十条 item a full-width heading row, a
 * `信息内容` header row and the item's rows. Items with fewer columns than the widest let their last
 * column span the rest, as the template's single-column items do. At most 18 short rows, so every
 * row is kept with the next and the table stays on one page.
 */
import type { Table, TableCell } from 'docx';
import type { FormatIndex, ItemColumn } from '../../report';
import { bodyRow, cell, equalWidths, gridTable } from './table-cells';
import { TEXT_WIDTH, mm } from './typography';

const LABEL_WIDTH = mm(40);
/** The header of table 二's first column in every block. */
export const CONTENT_HEADER = '信息内容';

const columnHeader = (column: ItemColumn) =>
  column.unit ? `${column.label}（${column.unit}）` : column.label;

export function table2(index: FormatIndex, values: ReadonlyMap<string, string>): Table {
  const { blocks } = index.spec.table2;
  const valueColumns = Math.max(...blocks.map((b) => b.columns.length));
  const widths = [LABEL_WIDTH, ...equalWidths(TEXT_WIDTH - LABEL_WIDTH, valueColumns)];
  const lines: TableCell[][] = blocks.flatMap((block) => {
    const count = block.columns.length;
    /** Column `i`'s span: a block's last column takes up the grid columns it does not use. */
    const span = (i: number) => (i === count - 1 ? valueColumns - count + 1 : 1);
    return [
      [cell(block.heading, { span: valueColumns + 1 })],
      [
        cell(CONTENT_HEADER),
        ...block.columns.map((c, i) => cell(columnHeader(c), { span: span(i) })),
      ],
      ...block.rows.map((row) => [
        cell(row.label),
        ...block.columns.map((column, i) =>
          cell(values.get(index.address('二', row.id, column.id)) ?? '', { span: span(i) }),
        ),
      ]),
    ];
  });
  return gridTable(
    widths,
    lines.map((cells, i) => bodyRow(cells, i < lines.length - 1)),
  );
}
