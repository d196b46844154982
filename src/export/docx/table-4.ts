/**
 * Table 四 as the official template prints it: groups without a parent (`行政复议`) head their five
 * columns in the first row, with the result labels merged down the rows below; groups with a
 * parent sit under it (`行政诉讼` over `未经复议直接起诉` and `复议后起诉`), with their result labels in
 * the last header row. One row of figures.
 *
 * Layout (docs/adr/0003-docx-table-4-layout.md): the fifteen columns stay on the portrait page in
 * 五号 type, each 10.4 mm wide with 1 mm cell margins, so `结果维持` wraps to two lines of two
 * characters exactly as in the official template and the figures (a few digits) fit easily. A
 * landscape page was rejected: it turns one page of a stapled, filed document sideways, moves its
 * page number, and the official template itself is portrait.
 */
import type { Table, TableCell } from 'docx';
import type { CaseGroup, FormatIndex } from '../../report';
import { bodyRow, cell, equalWidths, gridTable, headerRow } from './table-cells';
import { TEXT_WIDTH } from './typography';

/** Consecutive groups under the same parent (or under none, one group each). */
function parentRuns(groups: readonly CaseGroup[]): CaseGroup[][] {
  const runs: CaseGroup[][] = [];
  for (const group of groups) {
    const last = runs.at(-1);
    if (last && group.parent && last[0]?.parent === group.parent) last.push(group);
    else runs.push([group]);
  }
  return runs;
}

function headerRows(index: FormatIndex): TableCell[][] {
  const { groups, columns } = index.spec.table4;
  const labels = (merge?: 'restart') => columns.map((c) => cell(c.label, merge ? { merge } : {}));
  const width = columns.length;
  if (!groups.some((g) => g.parent)) {
    return [groups.map((g) => cell(g.label, { span: width })), groups.flatMap(() => labels())];
  }
  const runs = parentRuns(groups);
  const first = runs.map((run) =>
    run[0]?.parent
      ? cell(run[0].parent, { span: width * run.length })
      : cell(run[0]?.label ?? '', { span: width }),
  );
  const second = groups.flatMap((g) =>
    g.parent ? [cell(g.label, { span: width })] : labels('restart'),
  );
  const third = groups.flatMap((g) =>
    g.parent ? labels() : columns.map(() => cell('', { merge: 'continue' })),
  );
  return [first, second, third];
}

export function table4(index: FormatIndex, values: ReadonlyMap<string, string>): Table {
  const { groups, columns } = index.spec.table4;
  const figures = groups.flatMap((g) =>
    columns.map((c) => cell(values.get(index.address('四', g.id, c.id)) ?? '')),
  );
  return gridTable(equalWidths(TEXT_WIDTH, groups.length * columns.length), [
    ...headerRows(index).map(headerRow),
    bodyRow(figures),
  ]);
}
