import type { CellFact } from '../report';
import { CellInput } from './cell-input';
import type { PasteTarget } from './paste';
import { TotalCell } from './total-cell';

interface TableCellProps {
  readonly cell: CellFact;
  readonly row: number;
  readonly column: number;
  readonly pasteTarget: () => PasteTarget;
  readonly rowName?: string;
}

/** A cell of any table: an input when the user types it, a total when it is computed. */
export function TableCell({ cell, row, column, pasteTarget, rowName }: TableCellProps) {
  if (cell.sumOf) return <TotalCell cell={cell} {...(rowName ? { rowName } : {})} />;
  return (
    <CellInput
      cell={cell}
      row={row}
      column={column}
      pasteTarget={pasteTarget}
      {...(rowName ? { rowName } : {})}
    />
  );
}

/** The paste grid of a table: typed cells by address, computed cells as null. */
export const pasteRows = (rows: readonly (readonly CellFact[])[]) =>
  rows.map((cells) => cells.map((c) => (c.sumOf ? null : c.address)));
