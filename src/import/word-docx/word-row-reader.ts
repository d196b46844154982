/**
 * The RowReader (../printed/read-tables.ts) over the figures a Word file's tables show: a declared
 * row is printed when any of its cells is shown; the cells it does not show are lacking.
 */
import type { RowReader } from '../printed/read-tables';

export const wordRowReader =
  (visible: ReadonlyMap<string, string>): RowReader =>
  (row) => {
    const cells = row.cells.map((cell) => visible.get(cell.address));
    return cells.every((c) => c === undefined) ? null : { cells, extra: [] };
  };
