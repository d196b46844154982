/**
 * Paragraphs from printed lines. A PDF (or fixed-width text) breaks every paragraph into lines of
 * the page's width; a web page or Word file gives one line per paragraph. So a line is joined to
 * the next only where the lines show a page's wrapping: several lines nearly as wide as the widest
 * (which is itself a printed line's width, not a paragraph's), the line full and ending without
 * sentence punctuation, and the next neither indented nor starting a numbered heading. Page numbers
 * (`-5-`) between the lines are dropped. Anything else stays one paragraph per line, as printed.
 */
import { emWidth } from '../../report';
import { clean } from './labels';
import { isPageNumber } from './page-furniture';

/** Printed lines are at most this wide (in CJK characters); wider lines are whole paragraphs. */
const MAX_PRINTED_WIDTH = 60;
const MIN_PRINTED_WIDTH = 15;
/** How much narrower than the widest line a full line may be (punctuation, half-width digits). */
const FULL_SLACK = 3;
const SENTENCE_END = /[。！？!?；;：:…]["”’』」）)]*$/;
const NUMBERED =
  /^(?:[（(]\s*[一二三四五六七八九十\d]+\s*[）)]|[一二三四五六七八九十]+\s*[、.．]|\d+\s*[、.．]|第[一二三四五六七八九十]+[，、,])/;

const indentOf = (line: string) => {
  let width = 0;
  for (const c of line) {
    if (c === ' ' || c === '\u00a0') width += 0.5;
    else if (c === '\u3000' || c === '\t') width += 1;
    else break;
  }
  return width;
};

const joinText = (a: string, b: string) =>
  /[A-Za-z0-9]$/.test(a) && /^[A-Za-z0-9]/.test(b) ? `${a} ${b}` : a + b;

/** The paragraphs of `lines`: trimmed, blank lines and page numbers dropped, wraps joined. */
export function proseParagraphs(lines: readonly string[]): string[] {
  const printed = lines.filter((line) => clean(line) !== '' && !isPageNumber(line));
  const widths = printed.map((line) => emWidth(clean(line)));
  const widest = Math.max(0, ...widths);
  const wraps =
    widest >= MIN_PRINTED_WIDTH &&
    widest <= MAX_PRINTED_WIDTH &&
    widths.filter((w) => w >= widest - FULL_SLACK).length >= 2;
  const margin = Math.min(...printed.map(indentOf));
  const out: string[] = [];
  let joinNext = false;
  printed.forEach((line, i) => {
    const text = clean(line);
    const starts = indentOf(line) > margin + 0.5 || NUMBERED.test(text);
    const last = out.length - 1;
    if (joinNext && !starts && last >= 0) out[last] = joinText(out[last] ?? '', text);
    else out.push(text);
    joinNext = wraps && (widths[i] ?? 0) >= widest - FULL_SLACK && !SENTENCE_END.test(text);
  });
  return out;
}
