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

/** The figures at the right end of a line, the runs before them, and their text. */
function splitLine(line: PositionedLine): { text: string; labels: Run[]; figures: Run[] } {
  const runs = [...line.runs];
  let at = runs.length;
  while (at > 0 && isFigure(runs[at - 1]?.text ?? '')) at -= 1;
  const labels = runs.slice(0, at);
  return { text: labels.map((r) => r.text).join(''), labels, figures: runs.slice(at) };
}

/** A line's label runs with the size that measures its positions (points, or 1 for a column). */
interface LabelLine {
  readonly runs: readonly Run[];
  readonly size: number;
}

/**
 * The one declared label printed in a single column of wrapped label lines: a table whose row
 * labels sit beside a group's label (`（六）其他处理` beside `1.申请人无正当理由逾期不补` /
 * `正、行政机关不再处理其政府` / `信息公开申请`) wraps both, line by line. From each place a label
 * run starts, the runs at or right of it on every line are joined; a join that the table declares
 * is the row's label — only when exactly one place gives one.
 */
function columnLabel(lines: readonly LabelLine[], known: (text: string) => boolean): string | null {
  const starts = new Set(lines.flatMap((l) => l.runs.map((r) => r.x0)));
  const found = new Set<string>();
  for (const start of starts) {
    const text = lines
      .flatMap((l) => l.runs.filter((r) => r.x0 >= start - 0.5 * l.size))
      .map((r) => r.text)
      .join('');
    if (text !== '' && known(text)) found.add(text);
  }
  return found.size === 1 ? ([...found][0] ?? null) : null;
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
  let pendingLines: LabelLine[] = [];
  /** The label lines of the last row, while its label is not yet one the table declares. */
  let open: LabelLine[] = [];
  const known = (text: string) => rowKeys.has(labelKey(text));
  for (const line of lines) {
    for (const run of line.runs) printedKeys.add(labelKey(run.text));
    const { text, labels, figures } = splitLine(line);
    const own: LabelLine = { runs: labels, size: line.size };
    printedKeys.add(labelKey(text));
    if (figures.length === 0) {
      const last = rows[rows.length - 1];
      const below = last && open.length > 0 ? columnLabel([...open, own], known) : null;
      if (last && last.label !== '' && !known(last.label) && known(last.label + text)) {
        const label = last.label + text;
        rows[rows.length - 1] = { ...last, label, key: labelKey(label) };
        open = [];
      } else if (last && below) {
        rows[rows.length - 1] = { ...last, label: below, key: labelKey(below) };
        open = [];
      } else if (labelKeys.has(labelKey(text))) {
        pending = [];
        pendingLines = [];
      } else if (line.runs.every((r) => labelKeys.has(labelKey(r.text)))) {
        headers.push({ runs: line.runs, page: line.page, before: rows.length });
        pending = [];
        pendingLines = [];
      } else {
        pending.push(text);
        pendingLines.push(own);
        if (open.length > 0) open.push(own);
      }
      continue;
    }
    const joined = pending.join('') + text;
    // A line of figures alone belongs to the label lines above it, completed below if need be.
    const plain = text === '' || known(joined) ? joined : text;
    const label =
      known(plain) || text === ''
        ? plain
        : (columnLabel(pendingLines.concat(own), known) ?? columnLabel([own], known) ?? plain);
    open = known(label) ? [] : pendingLines.concat(own);
    pending = [];
    pendingLines = [];
    rows.push({ label, key: labelKey(label), figures, page: line.page });
  }
  return { rows, headers, printedKeys };
}
