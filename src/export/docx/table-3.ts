/**
 * Table 三 as the official template prints it. Header: the 勾稽关系 note merged over the label
 * columns and every header row; `申请人情况` across all seven figures; columns without a group
 * (`自然人`, `总计`) merged down, grouped ones under their group (`法人或其他组织` over five).
 * Body: one label column per nesting level; a group's label (`三、本年度办理结果`, `（三）不予公开`)
 * is merged down beside the rows it contains, and a row's own label spans the columns deeper than
 * it, so group labels never take a row of their own. All of it follows the declaration
 * (`spec.table3`, `gridLines`): adding a row or column is an edit there, not here. In the
 * prefilled template a row carried from last year has a comment on its label (template-marks.ts).
 */
import type { Table, TableCell } from 'docx';
import type { FormatIndex, GridColumn, GridLine } from '../../report';
import { bodyRow, cell, equalWidths, gridTable, headerRow } from './table-cells';
import { TEXT_WIDTH, mm } from './typography';

/** Seven figures of up to 4 digits and labels such as 社会公益组织 in three lines of two. */
const VALUE_WIDTH = mm(11);
/** Group label columns: the outermost holds 三、本年度办理结果 two characters a line. */
const groupWidth = (level: number) => (level === 0 ? mm(10) : mm(15));

/** Consecutive columns sharing a group (or none): the header's second row. */
function columnRuns(columns: readonly GridColumn[]): GridColumn[][] {
  const runs: GridColumn[][] = [];
  for (const column of columns) {
    const last = runs.at(-1);
    if (last && column.group && last[0]?.group === column.group) last.push(column);
    else runs.push([column]);
  }
  return runs;
}

function headerRows(index: FormatIndex, labelColumns: number) {
  const { note, header, columns } = index.spec.table3;
  const grouped = columns.some((c) => c.group);
  const note0 = (merge: 'restart' | 'continue') =>
    cell(note, { span: labelColumns, merge, align: 'left' });
  const first = [note0('restart'), cell(header, { span: columns.length })];
  if (!grouped) return [first, [note0('continue'), ...columns.map((c) => cell(c.label))]];
  const runs = columnRuns(columns);
  const second = runs.map((run) =>
    run[0]?.group
      ? cell(run[0].group, { span: run.length })
      : cell(run[0]?.label ?? '', { merge: 'restart' }),
  );
  const third = runs.flatMap((run) =>
    run[0]?.group ? run.map((c) => cell(c.label)) : [cell('', { merge: 'continue' })],
  );
  return [first, [note0('continue'), ...second], [note0('continue'), ...third]];
}

/** The label cells of a numeric line: its groups' merged labels, then its own label. */
function labelCells(
  line: GridLine,
  previous: GridLine | undefined,
  labelColumns: number,
  groupLabels: ReadonlyMap<string, string>,
  comment: number | undefined,
): TableCell[] {
  const groups = line.groups.map((id, level) =>
    previous?.groups[level] === id
      ? cell('', { merge: 'continue' })
      : cell(groupLabels.get(id) ?? '', { merge: 'restart' }),
  );
  const span = labelColumns - line.depth;
  return [...groups, cell(line.node.label, { span, align: 'left', comment })];
}

/** `rowComments`: a comment id by row id, for the rows the template marks as carried. */
export function table3(
  index: FormatIndex,
  values: ReadonlyMap<string, string>,
  rowComments: ReadonlyMap<string, number>,
): Table {
  const { columns } = index.spec.table3;
  const numeric = index.gridLines.filter((l) => l.number !== undefined);
  const labelColumns = Math.max(...numeric.map((l) => l.depth)) + 1;
  const groupLabels = new Map(
    index.gridLines.filter((l) => l.node.type === 'group').map((l) => [l.node.id, l.node.label]),
  );
  const groupColumns = Array.from({ length: labelColumns - 1 }, (_, i) => groupWidth(i));
  const used = groupColumns.reduce((a, b) => a + b, 0) + VALUE_WIDTH * columns.length;
  const widths = [
    ...groupColumns,
    TEXT_WIDTH - used,
    ...equalWidths(VALUE_WIDTH * columns.length, columns.length),
  ];
  const body = numeric.map((line, i) =>
    bodyRow([
      ...labelCells(line, numeric[i - 1], labelColumns, groupLabels, rowComments.get(line.node.id)),
      ...columns.map((c) => cell(values.get(index.address('三', line.node.id, c.id)) ?? '')),
    ]),
  );
  return gridTable(widths, [...headerRows(index, labelColumns).map(headerRow), ...body]);
}
