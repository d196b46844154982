/**
 * A PDF page's text items (as pdf.js gives them: text, transform, width) rebuilt into printed
 * lines: items whose baselines are within a fraction of their size share a line (figures printed
 * in a larger font sit a little lower than their label); on a line, items closer than a fraction of
 * the font size are one cell (`1.` + `属于国家秘密`), wider gaps separate cells. Items written
 * top to bottom (a vertical label such as `三、本年度办理结果` beside table 三) are not part of any
 * line: their characters would otherwise land in the labels of the rows they pass.
 */
import type { PositionedLine, Run } from '../pdf-text/positioned';

export interface TextItem {
  readonly str: string;
  /** [a, b, c, d, e, f]: e, f the origin; the size is the length of (c, d). */
  readonly transform: readonly number[];
  readonly width: number;
  readonly dir?: string;
}

interface Placed extends Run {
  readonly baseline: number;
  readonly size: number;
}

/** Baselines closer than this share of the smaller size are one line. */
const SAME_LINE = 0.4;
/** A gap narrower than this share of the size joins two items into one cell. */
const SAME_CELL = 0.6;

function placed(item: TextItem, pageHeight: number): Placed | null {
  const [a = 0, b = 0, c = 0, d = 0, e = 0, f = 0] = item.transform;
  const text = item.str.trim();
  // Rotated or vertical text is not a line of the page.
  if (text === '' || item.dir === 'ttb' || Math.abs(b) > 1e-3 || Math.abs(c) > 1e-3 || a <= 0) {
    return null;
  }
  const size = Math.hypot(c, d) || Math.abs(a);
  return { text, x0: e, x1: e + item.width, baseline: pageHeight - f, size };
}

function toLine(items: readonly Placed[], page: number): PositionedLine {
  const sorted = [...items].sort((p, q) => p.x0 - q.x0);
  const runs: Run[] = [];
  let last: Placed | undefined;
  for (const item of sorted) {
    const previous = runs[runs.length - 1];
    const gap = previous && last ? item.x0 - previous.x1 : Infinity;
    if (previous && last && gap < SAME_CELL * Math.min(item.size, last.size)) {
      const ascii = /[\x21-\x7e]$/.test(previous.text) && /^[\x21-\x7e]/.test(item.text);
      const space = ascii && gap > 0.15 * item.size ? ' ' : '';
      runs[runs.length - 1] = {
        text: previous.text + space + item.text,
        x0: previous.x0,
        x1: item.x1,
      };
    } else {
      runs.push({ text: item.text, x0: item.x0, x1: item.x1 });
    }
    last = item;
  }
  return { runs, page, size: Math.max(...items.map((i) => i.size)) };
}

export function pageLines(
  items: readonly TextItem[],
  pageHeight: number,
  page: number,
): PositionedLine[] {
  const all = items
    .map((item) => placed(item, pageHeight))
    .filter((p): p is Placed => p !== null)
    .sort((p, q) => p.baseline - q.baseline || p.x0 - q.x0);
  const groups: Placed[][] = [];
  for (const item of all) {
    const group = groups[groups.length - 1];
    const anchor = group?.[0];
    if (
      group &&
      anchor &&
      item.baseline - anchor.baseline <= SAME_LINE * Math.min(anchor.size, item.size)
    ) {
      group.push(item);
    } else {
      groups.push([item]);
    }
  }
  return groups.map((group) => toLine(group, page));
}
