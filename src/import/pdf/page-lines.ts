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

/** White space pdf.js gave (an item of spaces, or spaces inside one): a mark between cells. */
type Gap = Omit<Placed, 'text'>;

/** Baselines closer than this share of the smaller size are one line. */
const SAME_LINE = 0.4;
/** A gap narrower than this share of the size joins two items into one cell. */
const SAME_CELL = 0.6;
/**
 * A gap at least this share of the size, where pdf.js put white space, parts two cells: table
 * cells can be set closer than SAME_CELL (`行政规范性文件` then its `0`), prose never has a
 * space this wide between Chinese characters.
 */
const MARKED_CELL = 0.3;
/** A numbered row label (`2.没有现成信息…`, `（四）`) starts a cell after a gap of MARKED_CELL. */
const NUMBERED = /^(?:\d+[.．、]|[（(][一二三四五六七八九十]+[）)])/;
/** The same text this share of its size or less further right is the same text drawn twice. */
const DRAWN_TWICE = 0.3;

/** A run of white space in an item's text: where pdf.js saw a gap while drawing it. */
const SPACES = /\s+/g;

/**
 * An item's width shared among its characters: a Chinese character is two units, others one (a
 * surrogate pair is one character). `offsets[i]` is the units before UTF-16 index i, so each part
 * of an item is placed in constant time, however many spaces the item holds.
 */
function unitOffsets(text: string): number[] {
  const offsets = [0];
  let units = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    const pairTail = code >= 0xdc00 && code <= 0xdfff && i > 0 && isPairHead(text, i - 1);
    if (!pairTail) units += code > 0xff ? 2 : 1;
    offsets.push(units);
  }
  return offsets;
}

function isPairHead(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  return code >= 0xd800 && code <= 0xdbff;
}

/**
 * The item's text placed on the page, split where it holds white space: LibreOffice writes a
 * table's header row as one item (`本年制发件数 本年废止件数 现行有效件数`), its cells parted by
 * spaces. Each part is placed by its share of the item's width; the spaces become marks (`gaps`).
 */
function placed(item: TextItem, pageHeight: number, gaps: Gap[]): Placed[] {
  const [a = 0, b = 0, c = 0, d = 0, e = 0, f = 0] = item.transform;
  // Rotated or vertical text is not a line of the page.
  if (item.dir === 'ttb' || Math.abs(b) > 1e-3 || Math.abs(c) > 1e-3 || a <= 0) return [];
  const size = Math.hypot(c, d) || Math.abs(a);
  const baseline = pageHeight - f;
  const offsets = unitOffsets(item.str);
  const total = offsets[item.str.length] ?? 0;
  const unit = total > 0 ? item.width / total : 0;
  const xAt = (index: number) => e + (offsets[index] ?? 0) * unit;
  const parts: Placed[] = [];
  let from = 0;
  const add = (start: number, end: number) => {
    const text = item.str.slice(start, end);
    if (text !== '') parts.push({ text, x0: xAt(start), x1: xAt(end), baseline, size });
  };
  for (const space of item.str.matchAll(SPACES)) {
    const end = space.index + space[0].length;
    add(from, space.index);
    gaps.push({ x0: xAt(space.index), x1: xAt(end), baseline, size });
    from = end;
  }
  add(from, item.str.length);
  return parts;
}

/**
 * The same text drawn again almost on top of itself (a PDF's fake bold, or an overprint) is printed
 * once: read twice, its figure would be `1010` for `10`. `sorted` is in order of x0.
 */
function drawnBefore(sorted: readonly Placed[], at: number): boolean {
  const item = sorted[at];
  if (!item) return false;
  for (let i = at - 1; i >= 0; i -= 1) {
    const other = sorted[i];
    if (!other || item.x0 - other.x0 > DRAWN_TWICE * Math.min(item.size, other.size)) break;
    if (other.text === item.text) return true;
  }
  return false;
}

/** Whether pdf.js put white space between x0 and x1 on this line (a tenth of the size either way). */
const marked = (gaps: readonly Gap[], x0: number, x1: number, size: number) =>
  gaps.some((g) => g.x0 < x1 + 0.1 * size && g.x1 > x0 - 0.1 * size);

function toLine(items: readonly Placed[], gaps: readonly Gap[], page: number): PositionedLine {
  const sorted = [...items].sort((p, q) => p.x0 - q.x0);
  const runs: Run[] = [];
  let last: Placed | undefined;
  for (const [at, item] of sorted.entries()) {
    if (drawnBefore(sorted, at)) continue;
    const previous = runs[runs.length - 1];
    const gap = previous && last ? item.x0 - previous.x1 : Infinity;
    const size = Math.min(item.size, last?.size ?? item.size);
    const parted =
      gap >= SAME_CELL * size ||
      (gap >= MARKED_CELL * size &&
        (marked(gaps, previous?.x1 ?? 0, item.x0, size) || NUMBERED.test(item.text)));
    if (previous && last && !parted) {
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
  // A loop, not Math.max(...): a line of a hostile page can hold more items than arguments fit.
  const largest = items.reduce((max, i) => Math.max(max, i.size), -Infinity);
  return { runs, page, size: largest };
}

export function pageLines(
  items: readonly TextItem[],
  pageHeight: number,
  page: number,
): PositionedLine[] {
  const gaps: Gap[] = [];
  const all = items
    .flatMap((item) => placed(item, pageHeight, gaps))
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
  // Each line takes the gaps near its baseline from the gaps sorted by baseline (a binary search,
  // not a pass over every gap of the page per line).
  gaps.sort((p, q) => p.baseline - q.baseline);
  return groups.map((group) => {
    const anchor = group[0];
    if (!anchor) return toLine(group, [], page);
    const reach = SAME_LINE * anchor.size;
    const own: Gap[] = [];
    for (let i = firstAtOrAbove(gaps, anchor.baseline - reach); i < gaps.length; i += 1) {
      const gap = gaps[i];
      if (!gap || gap.baseline > anchor.baseline + reach) break;
      own.push(gap);
    }
    return toLine(group, own, page);
  });
}

/** The index of the first gap (sorted by baseline) whose baseline is at least `baseline`. */
function firstAtOrAbove(gaps: readonly Gap[], baseline: number): number {
  let low = 0;
  let high = gaps.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((gaps[middle]?.baseline ?? Infinity) < baseline) low = middle + 1;
    else high = middle;
  }
  return low;
}
