/**
 * A statistical table's merged header in the form, drawn from the shared table layout
 * (src/report/table-layout.ts) that print, .docx and .txt draw too. The form sets its row labels
 * in `labelColumns` columns (one, indented), so the top-left note spans those; that cell stays in
 * view with the labels when the table scrolls sideways.
 */
import { headerOver } from '../report';
import type { TableLayout } from '../report';

interface LayoutHeaderProps {
  readonly layout: TableLayout;
  readonly labelColumns: number;
}

export function LayoutHeader({ layout, labelColumns }: LayoutHeaderProps) {
  const hasNote = layout.labelColumns > 0;
  return (
    <thead>
      {headerOver(layout, labelColumns).map((row, r) => (
        <tr key={r}>
          {row.map((th, c) => (
            <th
              key={c}
              colSpan={th.colSpan}
              rowSpan={th.rowSpan}
              scope={th.colSpan > 1 ? 'colgroup' : 'col'}
              className={hasNote && r === 0 && c === 0 ? 'grid-note sticky-col' : undefined}
            >
              {th.label}
            </th>
          ))}
        </tr>
      ))}
    </thead>
  );
}
