/**
 * Last year's figure for each of this year's cells, shown beside the cell on request (issue #6).
 * The same cell is the one with the same table, row and column ids — across formats too, so a 2019
 * report's `规范性文件` figures sit beside 2021's `行政规范性文件` — and a cell that has no
 * counterpart last year (a row the 2021 format added) simply has none.
 */
import { figures } from '../figures';
import type { Report } from '../report';
import { formatIndex } from '../spec';

export function lastYearFigures(report: Report, lastYear: Report): ReadonlyMap<string, string> {
  const now = formatIndex(report.format);
  const last = formatIndex(lastYear.format);
  const before = new Map(figures(lastYear));
  const out = new Map<string, string>();
  for (const cell of now.cells) {
    if (!last.has(cell.table, cell.rowId, cell.columnId)) continue;
    const figure = before.get(last.address(cell.table, cell.rowId, cell.columnId));
    if (figure !== undefined) out.set(cell.address, figure);
  }
  return out;
}
