/**
 * Reads the figures of one printed row: the cells after its label, up to the next label (or, in
 * tab-separated rows, the end of the line). Flattening leaves empty spacer cells around the figures
 * — merged label cells, trailing tabs, the empty left cells of the next row — so empty cells beyond
 * the row's width are dropped before the figures are matched to the columns in declaration order.
 * A row with fewer cells than its width lacks its last ones.
 */
import { isUnitNote } from '../printed/labels';
import type { RowCells } from '../printed/read-tables';
import type { TableTokens, Token } from './table-tokens';

interface RowOptions {
  /** Index of the row's label token; figures start after it. */
  readonly after: number;
  readonly width: number;
  readonly stops: ReadonlySet<string>;
  /** Table 四: its figures are on the line after its header, so a line break does not end them. */
  readonly acrossLines?: boolean;
}

function collect({ tabRows, tokens }: TableTokens, options: RowOptions) {
  const taken: Token[] = [];
  for (let i = options.after + 1; i < tokens.length; i += 1) {
    const token = tokens[i];
    if (!token) break;
    if (tabRows && token.rowStart && !options.acrossLines) break;
    if (token.key !== '' && options.stops.has(token.key)) break;
    if (isUnitNote(token.text)) continue;
    taken.push(token);
  }
  return taken;
}

/** One cell per line: trailing empty cells after a blank line are the next row's left cells. */
function dropNextRowSpacers(taken: Token[]) {
  const lastStart = taken.findLastIndex((t, i) => i > 0 && t.rowStart);
  if (lastStart > 0 && taken.slice(lastStart).every((t) => t.text === '')) taken.length = lastStart;
}

export function readRow(table: TableTokens, options: RowOptions): RowCells {
  const taken = collect(table, options);
  if (!table.tabRows) dropNextRowSpacers(taken);
  const cells = taken.map((t) => t.text);
  const { width } = options;
  // Tab rows pad a spanning label on the left; one cell per line pads before the next label.
  const trimFront = () => {
    while (cells.length > width && cells[0] === '') cells.shift();
  };
  const trimBack = () => {
    while (cells.length > width && cells[cells.length - 1] === '') cells.pop();
  };
  if (table.tabRows) {
    trimFront();
    trimBack();
  } else {
    trimBack();
    trimFront();
  }
  const extra = cells.splice(width).filter((c) => c !== '');
  // The cells a short row lacks are its last ones.
  const lacking = Array<undefined>(width - cells.length).fill(undefined);
  return { cells: [...cells, ...lacking], extra };
}
