/**
 * A cell of any table, drawn as text (issue #12): the grid's one editor (cell-editor.tsx) moves
 * into the cell the user works in, so the page holds one input per table instead of one per cell.
 * A typed cell shows its figure; a computed cell its total — blank while any cell it sums is blank,
 * as a blank is not a zero — visibly different, never typed.
 *
 * A screen reader reads a cell as grids are read: its figure, its marks, and its row and column
 * headers (`th` scope), with its issues and last year's figure as its description. The editor, when
 * it comes into the cell, is named `<row> — <column>` (`data-name`) with the same description. The
 * cell itself takes no `aria-label`: a name over its visible figure would hide the figure from
 * some screen readers and from speech input (WCAG 2.5.3, label in name).
 */
import type { CellFact } from '../report';
import { useAnalysis } from './analysis-context';
import { CellMarker, hasError, useCellIssues } from './cell-marker';
import { domIdOf, messageIdOf } from './dom-ids';
import { useLastYearNoteId } from './last-year-context';
import { LastYearNote } from './last-year-note';

export interface GridCellProps {
  readonly cell: CellFact;
  /** The cell's place among the table's rows and columns, for the keys that move between cells. */
  readonly row: number;
  readonly column: number;
  /** Shorter accessible row name where the official label is long. */
  readonly rowName?: string | undefined;
  /** Grid columns the cell covers (table 二's narrower items, from the shared layout). */
  readonly colSpan?: number;
}

/** The name of a cell: what its editor is named while in it (`<row> — <column>`). */
export const cellName = (cell: CellFact, rowName?: string): string =>
  `${rowName ?? cell.rowLabel} — ${cell.columnLabel}${cell.sumOf ? '（自动合计）' : ''}`;

/** What describes a cell: its issues and last year's note, by id. */
export const describedBy = (address: string, flagged: boolean, lastYearNote?: string) =>
  [flagged ? messageIdOf(address) : '', lastYearNote ?? ''].filter(Boolean).join(' ') || undefined;

export function GridCell({ cell, row, column, rowName, colSpan = 1 }: GridCellProps) {
  const computed = Boolean(cell.sumOf);
  const value = useAnalysis((a) =>
    computed ? String(a.derived.get(cell.address) ?? '') : (a.report.cells[cell.address] ?? ''),
  );
  const issues = useCellIssues(cell.address);
  const lastYearNote = useLastYearNoteId(cell.address);
  const classes = ['cell', computed ? 'cell-total' : 'cell-typed'];
  if (issues.length > 0) classes.push('cell-flagged');
  return (
    <td
      id={domIdOf(cell.address)}
      colSpan={colSpan > 1 ? colSpan : undefined}
      className={classes.join(' ')}
      tabIndex={-1}
      data-name={cellName(cell, rowName)}
      aria-describedby={describedBy(cell.address, issues.length > 0, lastYearNote)}
      aria-invalid={hasError(issues) || undefined}
      aria-readonly={computed || undefined}
      title={
        computed ? (value === '' ? '相关格未填完，暂不合计' : '自动合计，不能手填') : undefined
      }
      data-address={cell.address}
      data-row={row}
      data-col={column}
      data-computed={computed || undefined}
      data-kind={cell.kind}
      data-blank={value.trim() === '' || undefined}
    >
      <span className="cell-value">{value}</span>
      <CellMarker address={cell.address} issues={issues} />
      {lastYearNote ? <LastYearNote address={cell.address} /> : null}
    </td>
  );
}

/** The paste grid of a table: typed cells by address, computed cells as null. */
export const pasteRows = (rows: readonly (readonly CellFact[])[]) =>
  rows.map((cells) => cells.map((c) => (c.sumOf ? null : c.address)));
