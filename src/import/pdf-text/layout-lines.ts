/**
 * Text copied out of a PDF with its layout kept (`pdftotext -layout`, a viewer's "keep layout"):
 * each line is a printed line, its cells separated by runs of spaces, a form feed between pages.
 * A cell's position is its column; two or more spaces separate cells. A single space separates
 * them too where the copy squeezed a narrow gap (`行政规范性文件 0`, `（三） 4.保护第三方合法权益`),
 * except between two words of Latin letters or figures that are not a cell's figure: the label
 * wrapped inside `4.无正当理由大量反复 申请` is rejoined by the table's reading, which joins a
 * label's runs. Tabs count as the next stop of eight columns.
 */
import { isFigure } from './printed-rows';
import type { PositionedLine, Run } from './positioned';

const CELL = /\S+(?: \S+)*/g;
const WORD = /\S+/g;
const LATIN_END = /[A-Za-z0-9]$/;
const LATIN_START = /^[A-Za-z0-9]/;

/** One word stays with the next when both are Latin words and neither is a figure. */
const together = (a: string, b: string) =>
  LATIN_END.test(a) && LATIN_START.test(b) && !isFigure(a) && !isFigure(b);

/** The runs of a cell found between runs of two spaces, split at its single spaces. */
function cellRuns(cell: string, at: number): Run[] {
  const runs: Run[] = [];
  for (const word of cell.matchAll(WORD)) {
    const x0 = at + word.index;
    const last = runs[runs.length - 1];
    if (last && together(last.text.split(' ').at(-1) ?? '', word[0])) {
      runs[runs.length - 1] = {
        text: `${last.text} ${word[0]}`,
        x0: last.x0,
        x1: x0 + word[0].length,
      };
    } else {
      runs.push({ text: word[0], x0, x1: x0 + word[0].length });
    }
  }
  return runs;
}
const TAB_STOP = 8;

const expandTabs = (line: string) =>
  line.replace(/[^\t]*\t/g, (chunk) => {
    const head = chunk.slice(0, -1);
    return head + ' '.repeat(TAB_STOP - (head.length % TAB_STOP));
  });

export function layoutLines(text: string): PositionedLine[] {
  const lines: PositionedLine[] = [];
  let page = 1;
  for (const raw of text.replace(/\r\n?/g, '\n').split('\n')) {
    const pages = raw.split('\f');
    page += pages.length - 1;
    const line = expandTabs(pages.join('').replace(/\u3000/g, '  '));
    const runs = [...line.matchAll(CELL)].flatMap((m) => cellRuns(m[0], m.index));
    if (runs.length > 0) lines.push({ runs, page, size: 1 });
  }
  return lines;
}
