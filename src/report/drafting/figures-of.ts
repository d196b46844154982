/**
 * How the drafting code reads the tables: a figure by table, row id and column id through the
 * declaration (so a renamed label never breaks a sentence), or null while the cell is blank,
 * invalid or absent from the report's format. A sentence is composed only from known figures, and
 * a published total that its own parts contradict (TOTAL-STATED) is not known: a sentence never
 * states a figure the table disagrees with.
 */
import { evaluate } from '../derive';
import type { Report } from '../report';
import type { ColumnId, RowId, TableId } from '../spec';

export interface FigureReader {
  /** The figure the report shows there (typed, published or derived), or null. */
  readonly value: (table: TableId, rowId: RowId, columnId: ColumnId) => number | null;
  /** The figure as the report writes it (`7730.28`, amounts keep their decimals), or null. */
  readonly text: (table: TableId, rowId: RowId, columnId: ColumnId) => string | null;
  readonly has: (table: TableId, rowId: RowId, columnId: ColumnId) => boolean;
}

export function figuresOf(report: Report): FigureReader {
  const evaluation = evaluate(report);
  const { index } = evaluation;
  const value = (table: TableId, rowId: RowId, columnId: ColumnId) => {
    if (!index.has(table, rowId, columnId)) return null;
    const address = index.address(table, rowId, columnId);
    const shown = evaluation.value(address);
    if (!evaluation.stated.has(address)) return shown;
    const derived = evaluation.derived.get(address);
    return derived === undefined || derived === null || derived === shown ? shown : null;
  };
  return {
    value,
    text: (table, rowId, columnId) => {
      const figure = value(table, rowId, columnId);
      if (figure === null) return null;
      const parsed = evaluation.inputs.get(index.address(table, rowId, columnId));
      return parsed?.state === 'ok' ? parsed.text : String(figure);
    },
    has: index.has,
  };
}

/** True when every figure is known (a sentence waits until the table is filled). */
export const allKnown = (values: readonly (number | null)[]): values is number[] =>
  values.every((v) => v !== null);
