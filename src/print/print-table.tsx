/** A statistical table as printed: the official merged header (repeated on every page) and rows. */
import type { SpanCell, TableLayout } from '../report';

/** Spans as attributes only where they merge, so print CSS can tell a merged cell (`[rowspan]`). */
const spans = (cell: SpanCell) => ({
  colSpan: cell.colSpan > 1 ? cell.colSpan : undefined,
  rowSpan: cell.rowSpan > 1 ? cell.rowSpan : undefined,
});

const Header = ({ cell }: { cell: SpanCell }) => (
  <th {...spans(cell)} scope={cell.colSpan > 1 ? 'colgroup' : 'col'}>
    {cell.label}
  </th>
);

/**
 * Fixed column widths (print.css, per table and label level), so the grid does not depend on the
 * figures: a blank form's empty columns keep their width and headers such as 自然人 read across.
 */
function Columns({ layout }: { layout: TableLayout }) {
  const width = (layout.header[0] ?? []).reduce((sum, c) => sum + c.colSpan, 0);
  return (
    <colgroup>
      {Array.from({ length: width }, (_, i) => (
        <col
          key={i}
          className={i < layout.labelColumns ? `print-col-label-${i}` : 'print-col-value'}
        />
      ))}
    </colgroup>
  );
}

interface PrintTableProps {
  readonly layout: TableLayout;
  readonly valueOf: (address: string) => string;
  readonly className?: string;
  /** A mark for a cell (the import review's 未读出 / 不一致): a class and a word, not colour alone. */
  readonly markOf?: (address: string) => CellMark | undefined;
}

export interface CellMark {
  readonly className: string;
  readonly label: string;
}

export function PrintTable({ layout, valueOf, className, markOf }: PrintTableProps) {
  return (
    <table className={`print-table ${className ?? ''}`}>
      <Columns layout={layout} />
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
              <th key={c} scope="row" {...spans(label)} className="print-label">
                {label.label}
              </th>
            ))}
            {row.cells.map(({ address, colSpan }) => {
              const mark = markOf?.(address);
              return (
                <td
                  key={address}
                  colSpan={colSpan > 1 ? colSpan : undefined}
                  className={mark?.className}
                >
                  {valueOf(address)}
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
