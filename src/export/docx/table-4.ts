/**
 * Table 四 as the official template prints it, drawn from `table4Layout` (the layout print, .txt
 * and the form share): groups without a parent (`行政复议`) head their five columns in the first
 * row, with the result labels merged down the rows below; groups with a parent sit under it
 * (`行政诉讼` over `未经复议直接起诉` and `复议后起诉`), with their result labels in the last header
 * row. One row of figures.
 *
 * Layout (docs/adr/0003-docx-table-4-layout.md): the fifteen columns stay on the portrait page in
 * 五号 type, each 10.4 mm wide with 1 mm cell margins, so `结果维持` wraps to two lines of two
 * characters exactly as in the official template and the figures (a few digits) fit easily. A
 * landscape page was rejected: it turns one page of a stapled, filed document sideways, moves its
 * page number, and the official template itself is portrait.
 */
import type { Table } from 'docx';
import { table4Layout } from '../../report';
import type { FormatIndex } from '../../report';
import { spannedRows } from './spanned-rows';
import { bodyRow, equalWidths, gridTable, headerRow } from './table-cells';
import { TEXT_WIDTH } from './typography';

export function table4(index: FormatIndex, values: ReadonlyMap<string, string>): Table {
  const layout = table4Layout(index);
  const body = layout.rows.map((row) =>
    row.cells.map((c) => ({
      label: values.get(c.address) ?? '',
      colSpan: c.colSpan,
      rowSpan: 1,
    })),
  );
  const width = body[0]?.length ?? 0;
  return gridTable(equalWidths(TEXT_WIDTH, width), [
    ...spannedRows(layout.header).map(headerRow),
    ...spannedRows(body).map((cells) => bodyRow(cells)),
  ]);
}
