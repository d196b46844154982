/**
 * Table 三 as the official template prints it, drawn from `table3Layout` — the same merged layout
 * the print view, the .txt and the form's header use: the 勾稽关系 note merged over the label
 * columns and every header row, `申请人情况` across all seven figures, grouped columns under their
 * group; in the body one label column per nesting level, a group's label (`三、本年度办理结果`,
 * `（三）不予公开`) merged down beside its rows and a row's own label spanning the deeper columns.
 * In the prefilled template a row carried from last year has a comment on its label
 * (template-marks.ts).
 */
import type { Table } from 'docx';
import { table3Layout } from '../../report';
import type { FormatIndex } from '../../report';
import { spannedRows } from './spanned-rows';
import { bodyRow, equalWidths, gridTable, headerRow } from './table-cells';
import { TEXT_WIDTH, mm } from './typography';

/** Seven figures of up to 4 digits and labels such as 社会公益组织 in three lines of two. */
const VALUE_WIDTH = mm(11);
/** Group label columns: the outermost holds 三、本年度办理结果 two characters a line. */
const groupWidth = (level: number) => (level === 0 ? mm(10) : mm(15));

/** `rowComments`: a comment id by row id, for the rows the template marks as carried. */
export function table3(
  index: FormatIndex,
  values: ReadonlyMap<string, string>,
  rowComments: ReadonlyMap<string, number>,
): Table {
  const layout = table3Layout(index);
  const { labelColumns } = layout;
  const columns = index.spec.table3.columns.length;
  const groupColumns = Array.from({ length: labelColumns - 1 }, (_, i) => groupWidth(i));
  const used = groupColumns.reduce((a, b) => a + b, 0) + VALUE_WIDTH * columns;
  const widths = [
    ...groupColumns,
    TEXT_WIDTH - used,
    ...equalWidths(VALUE_WIDTH * columns, columns),
  ];
  const header = spannedRows(
    layout.header.map((row, r) =>
      row.map((c, i) => (r === 0 && i === 0 ? { ...c, align: 'left' as const } : c)),
    ),
  );
  const body = spannedRows(
    layout.rows.map((row) => {
      const rowId = row.cells[0]?.rowId ?? '';
      const own = row.labels.length - 1;
      return [
        ...row.labels.map((l, i) =>
          i === own ? { ...l, align: 'left' as const, comment: rowComments.get(rowId) } : l,
        ),
        ...row.cells.map((c) => ({
          label: values.get(c.address) ?? '',
          colSpan: c.colSpan,
          rowSpan: 1,
        })),
      ];
    }),
  );
  return gridTable(widths, [...header.map(headerRow), ...body.map((cells) => bodyRow(cells))]);
}
