/** A statistical table as printed: the official merged header (repeated on every page) and rows. */
import type { SpanCell, TableLayout } from '../report';

const Header = ({ cell }: { cell: SpanCell }) => (
  <th colSpan={cell.colSpan} rowSpan={cell.rowSpan} scope={cell.colSpan > 1 ? 'colgroup' : 'col'}>
    {cell.label}
  </th>
);

interface PrintTableProps {
  readonly layout: TableLayout;
  readonly valueOf: (address: string) => string;
  readonly className?: string;
  /** Table 二's blocks have one to three columns: the last cell spans the rest, as officially. */
  readonly fillRows?: boolean;
  /** A mark for a cell (the import review's 未读出 / 不一致): a class and a word, not colour alone. */
  readonly markOf?: (address: string) => CellMark | undefined;
}

export interface CellMark {
  readonly className: string;
  readonly label: string;
}

export function PrintTable({
  layout,
  valueOf,
  className,
  fillRows = false,
  markOf,
}: PrintTableProps) {
  const width = (layout.header[0] ?? []).reduce((sum, c) => sum + c.colSpan, 0);
  return (
    <table className={`print-table ${className ?? ''}`}>
      <thead>
        {layout.header.map((row, r) => (
          <tr key={r}>
            {row.map((cell, c) => (
              <Header key={c} cell={cell} />
            ))}
          </tr>
        ))}
      </thead>
      <tbody>
        {layout.rows.map((row, r) => (
          <tr key={r}>
            {row.labels.map((label, c) => (
              <th
                key={c}
                scope="row"
                colSpan={label.colSpan}
                rowSpan={label.rowSpan}
                className="print-label"
              >
                {label.label}
              </th>
            ))}
            {row.cells.map((cell, i) => {
              const used = row.labels.reduce((sum, l) => sum + l.colSpan, 0) + row.cells.length;
              const last = fillRows && i === row.cells.length - 1;
              const mark = markOf?.(cell.address);
              return (
                <td
                  key={cell.address}
                  colSpan={last ? 1 + width - used : 1}
                  className={mark?.className}
                >
                  {valueOf(cell.address)}
                  {mark ? <span className="cell-mark-label">{mark.label}</span> : null}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
