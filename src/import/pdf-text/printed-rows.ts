/**
 * The rows of one table rebuilt from positioned lines: a line whose right part holds figures is a
 * data row; the text to the left of its figures is its label. A label that wraps is joined back:
 * with the lines above it when the figures sit on the label's last line or on a line of their own
 * (a cell centred vertically), or with the line below when the figures sit on its first line. The
 * join is kept only when it gives a label the table declares, so a wrong join never names a row.
 * A line that is a label by itself (a group such as `（三）不予公开`, a header, a vertical label read
 * horizontally) ends any pending label.
 */
import { isBlankMark, labelKey, looksNumeric } from '../printed/labels';
import type { PositionedLine, Run } from './positioned';

export interface PrintedRow {
  /** The label as printed, wrapped lines joined; '' for table 四, which prints none. */
  readonly label: string;
  readonly key: string;
  /** The figure cells, left to right, with their positions. */
  readonly figures: readonly Run[];
  readonly page: number;
}

/** A header line: every run a label the table prints, with the centres of its columns. */
export interface HeaderLine {
  readonly runs: readonly Run[];
  readonly page: number;
  /** Index of the first row after it. */
  readonly before: number;
}

export interface TableLayout {
  readonly rows: readonly PrintedRow[];
  readonly headers: readonly HeaderLine[];
  /** labelKey() of every text run and of each line's runs joined, for detectFormat(). */
  readonly printedKeys: ReadonlySet<string>;
}

export const isFigure = (text: string): boolean => looksNumeric(text) || isBlankMark(text);

/** The figures at the right end of a line, and the text before them. */
function splitLine(line: PositionedLine): { text: string; figures: Run[] } {
  const runs = [...line.runs];
  let at = runs.length;
  while (at > 0 && isFigure(runs[at - 1]?.text ?? '')) at -= 1;
  return {
    text: runs
      .slice(0, at)
      .map((r) => r.text)
      .join(''),
    figures: runs.slice(at),
  };
}

export function tableLayout(
  lines: readonly PositionedLine[],
  rowKeys: ReadonlySet<string>,
  labelKeys: ReadonlySet<string>,
): TableLayout {
  const rows: PrintedRow[] = [];
  const headers: HeaderLine[] = [];
  const printedKeys = new Set<string>();
  let pending: string[] = [];
  const known = (text: string) => rowKeys.has(labelKey(text));
  for (const line of lines) {
    for (const run of line.runs) printedKeys.add(labelKey(run.text));
    const { text, figures } = splitLine(line);
    printedKeys.add(labelKey(text));
    if (figures.length === 0) {
      const last = rows[rows.length - 1];
      if (last && last.label !== '' && !known(last.label) && known(last.label + text)) {
        const label = last.label + text;
        rows[rows.length - 1] = { ...last, label, key: labelKey(label) };
      } else if (labelKeys.has(labelKey(text))) {
        pending = [];
      } else if (line.runs.every((r) => labelKeys.has(labelKey(r.text)))) {
        headers.push({ runs: line.runs, page: line.page, before: rows.length });
        pending = [];
      } else {
        pending.push(text);
      }
      continue;
    }
    const joined = pending.join('') + text;
    // A line of figures alone belongs to the label lines above it, completed below if need be.
    const label = text === '' || known(joined) ? joined : text;
    pending = [];
    rows.push({ label, key: labelKey(label), figures, page: line.page });
  }
  return { rows, headers, printedKeys };
}
