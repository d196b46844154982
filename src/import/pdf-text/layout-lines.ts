/**
 * Text copied out of a PDF with its layout kept (`pdftotext -layout`, a viewer's "keep layout"):
 * each line is a printed line, its cells separated by runs of spaces, a form feed between pages.
 * A cell's position is its column; a single space stays inside a cell (`4.无正当理由大量反复 申请`),
 * two or more separate cells. Tabs count as the next stop of eight columns.
 */
import type { PositionedLine, Run } from './positioned';

const CELL = /\S+(?: \S+)*/g;
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
    const runs: Run[] = [...line.matchAll(CELL)].map((m) => ({
      text: m[0],
      x0: m.index,
      x1: m.index + m[0].length,
    }));
    if (runs.length > 0) lines.push({ runs, page, size: 1 });
  }
  return lines;
}
