/**
 * Turns the lines of a flattened table into cells. Published text flattens a table in one of two
 * ways (spec §6), told apart by whether any line has a tab after its first cell:
 * - tab-separated rows: one printed row per line, cells split on tabs;
 * - one cell per line, often behind leading tabs, rows separated by blank lines. There a header cell
 *   broken across lines (`本年新\n制作数量`, `结果\n纠正`) continues on a line without the leading tab,
 *   and is joined back.
 */
import { clean, isBlankMark, labelKey, looksNumeric } from '../printed/labels';

export interface Token {
  readonly text: string;
  /** labelKey(text), computed once. */
  readonly key: string;
  /** First cell of a printed row: the start of a line (tab rows) or after a blank line. */
  readonly rowStart: boolean;
}

export interface TableTokens {
  readonly tabRows: boolean;
  readonly tokens: readonly Token[];
}

const isText = (text: string) => text !== '' && !looksNumeric(text) && !isBlankMark(text);

type Cell = Omit<Token, 'key'>;

function tabRowTokens(lines: readonly string[]): Cell[] {
  return lines
    .filter((line) => clean(line) !== '')
    .flatMap((line) =>
      line.split('\t').map((cell, i) => ({ text: clean(cell), rowStart: i === 0 })),
    );
}

function cellTokens(lines: readonly string[]): Cell[] {
  const leadingTabs = lines.some((line) => line.startsWith('\t'));
  const tokens: { text: string; rowStart: boolean }[] = [];
  let afterBlank = true;
  let previousWasCell = false;
  for (const line of lines) {
    const text = clean(line);
    if (line.trim() === '' && !line.includes('\t')) {
      afterBlank = true;
      previousWasCell = false;
      continue;
    }
    const last = tokens[tokens.length - 1];
    const continues =
      leadingTabs && !line.startsWith('\t') && previousWasCell && last && isText(last.text);
    if (continues && isText(text)) {
      last.text += text;
    } else {
      tokens.push({ text, rowStart: afterBlank });
      afterBlank = false;
    }
    previousWasCell = true;
  }
  return tokens;
}

export function tokenizeTable(lines: readonly string[]): TableTokens {
  const tabRows = lines.some((line) => clean(line).includes('\t'));
  const cells = tabRows ? tabRowTokens(lines) : cellTokens(lines);
  return { tabRows, tokens: cells.map((cell) => ({ ...cell, key: labelKey(cell.text) })) };
}
