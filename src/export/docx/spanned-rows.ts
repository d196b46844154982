/**
 * A merged layout (`table-layout.ts`: cells with colSpan/rowSpan, HTML-style) as Word table rows.
 * Word lists every grid position in every row: a cell spanning down is a `restart` cell and, in
 * each row below, a `continue` cell as wide as it. The layout stays the one source of the header
 * and label merges; this only changes how they are written.
 */
import type { TableCell } from 'docx';
import type { SpanCell } from '../../report';
import { cell } from './table-cells';
import type { CellOptions } from './table-cells';

/** A layout cell with how Word should set it (alignment, a comment on its text). */
export type WordSpanCell = SpanCell & Pick<CellOptions, 'align' | 'comment'>;

interface Covering {
  rowsLeft: number;
  readonly colSpan: number;
}

export function spannedRows(rows: readonly (readonly WordSpanCell[])[]): TableCell[][] {
  const covering = new Map<number, Covering>();
  return rows.map((row) => {
    const out: TableCell[] = [];
    let column = 0;
    const fillCovered = () => {
      for (let above = covering.get(column); above; above = covering.get(column)) {
        out.push(cell('', { span: above.colSpan, merge: 'continue' }));
        above.rowsLeft -= 1;
        if (above.rowsLeft === 0) covering.delete(column);
        column += above.colSpan;
      }
    };
    for (const { label, colSpan, rowSpan, align, comment } of row) {
      fillCovered();
      const merge = rowSpan > 1 ? 'restart' : undefined;
      out.push(cell(label, { span: colSpan, ...(merge ? { merge } : {}), align, comment }));
      if (rowSpan > 1) covering.set(column, { rowsLeft: rowSpan - 1, colSpan });
      column += colSpan;
    }
    fillCovered();
    return out;
  });
}
