/**
 * Never guess, measurably (issue #10, item 7): real reports in every text form a reader meets —
 * text copied out of a PDF with its columns kept (`pdftotext -layout`) and in reading order, web
 * pages, and the text items pdf.js gives for a PDF's pages — are damaged the way those forms are
 * damaged in the wild, and every figure the reader then returns must be the published one for its
 * cell. A blank is allowed (the reader could not be sure); a different figure never is.
 *
 * The damage keeps what the page says, or only takes some of it away, so the published figure is
 * still the only right one:
 * - a PDF page's text items: in any order (a content stream may draw them in any order), some
 *   dropped, some drawn twice at almost the same place (fake bold), every item moved a little;
 * - columns kept: cells dropped (blanked, so the others keep their columns), cells moved by a
 *   character, lines dropped or printed twice;
 * - reading order: lines dropped or repeated, and a run of rows given column by column, as viewers
 *   copy tables;
 * - web pages: cells dropped or repeated, rows of a table in another order (each keeps its label).
 *
 * Runs per property: FUZZ_RUNS (default 25, so `npm run unit` stays quick); `npm run fuzz` sets
 * 10,000 and prints how many reads each form had and how many figures they returned.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../report';
import type { TextItem } from './pdf/page-lines';
import { linesOfPages, pdfTextPages } from './pdf/pdf-reader';
import type { PdfTextPage } from './pdf/pdf-reader';
import { HONGZE_PDF, fixtureUrl, transcription } from './pdf/test-support';
import { readPositioned } from './pdf-text/read-positioned';
import { readReport } from './read-report';

const RUNS = Number(process.env.FUZZ_RUNS ?? '') || 25;
const timeout = Math.max(30_000, RUNS * 60);

const published = (name: string): Report =>
  transcription(readFileSync(fixtureUrl(`published/${name}.json`), 'utf8'));
const fixtureText = (path: string) => readFileSync(fixtureUrl(path), 'utf8');

/** The figures a report gives, typed or stated, that are not blank. */
function given(report: Report): [string, string][] {
  return Object.entries({ ...report.cells, ...report.stated }).filter(([, v]) => v !== '');
}

/** Each figure of `read` that is not the published one at its address. */
function wrongFigures(read: Report, expected: Report): string[] {
  const want: Record<string, string | undefined> = { ...expected.cells, ...expected.stated };
  return given(read)
    .filter(([address, value]) => want[address] !== value)
    .map(([address, value]) => `${address}: ${value}（应为 ${want[address] ?? '空白'}）`);
}

const tally = new Map<string, { reads: number; figures: number }>();
function count(form: string, read: Report | null): void {
  const now = tally.get(form) ?? { reads: 0, figures: 0 };
  tally.set(form, {
    reads: now.reads + 1,
    figures: now.figures + (read ? given(read).length : 0),
  });
}

/** Reads `text` as a file and returns the wrong figures (none when it is not read at all). */
async function wrongInText(
  form: string,
  bytes: Uint8Array,
  name: string,
  expected: Report,
): Promise<string[]> {
  const read = await readReport(bytes, name);
  count(form, read.ok ? read.report : null);
  return read.ok ? wrongFigures(read.report, expected) : [];
}

/** A random position in a list of `length`, from a fraction. */
const at = (fraction: number, length: number) =>
  Math.min(length - 1, Math.floor(fraction * length));

const fraction = fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true });

// ——— Text copied with its columns kept ———

const LAYOUT = ['hongze-2023', 'bogang-2021', 'jiliao-2021-in-2019-layout'];

type LineEdit =
  | { kind: 'blank-cell'; line: number; cell: number }
  | { kind: 'shift-cell'; line: number; cell: number; by: -1 | 1 }
  | { kind: 'drop-line'; line: number }
  | { kind: 'repeat-line'; line: number };

const lineEdit: fc.Arbitrary<LineEdit> = fc.oneof(
  fc.record({ kind: fc.constant('blank-cell' as const), line: fraction, cell: fraction }),
  fc.record({
    kind: fc.constant('shift-cell' as const),
    line: fraction,
    cell: fraction,
    by: fc.constantFrom(-1 as const, 1 as const),
  }),
  fc.record({ kind: fc.constant('drop-line' as const), line: fraction }),
  fc.record({ kind: fc.constant('repeat-line' as const), line: fraction }),
);

/** The cells of a layout line: runs of text separated by two or more spaces. */
const cellsOfLine = (line: string) => [...line.matchAll(/\S+(?: \S+)*/g)];

function editLayout(text: string, edits: readonly LineEdit[]): string {
  const lines = text.split('\n');
  for (const edit of edits) {
    const i = at(edit.line, lines.length);
    const line = lines[i] ?? '';
    if (edit.kind === 'drop-line') lines.splice(i, 1);
    else if (edit.kind === 'repeat-line') lines.splice(i, 0, line);
    else {
      const cells = cellsOfLine(line);
      const cell = cells[at(edit.cell, cells.length)];
      if (!cell) continue;
      const start = cell.index;
      const end = start + cell[0].length;
      if (edit.kind === 'blank-cell') {
        lines[i] = line.slice(0, start) + ' '.repeat(cell[0].length) + line.slice(end);
        continue;
      }
      // Moved by one character only where two spaces still part it from its neighbours.
      const room =
        edit.by < 0
          ? start >= 3 && line.slice(start - 3, start) === '   '
          : line.slice(end, end + 3) === '   ' || end === line.length;
      if (!room) continue;
      lines[i] =
        edit.by < 0
          ? `${line.slice(0, start - 1)}${cell[0]} ${line.slice(end)}`
          : `${line.slice(0, start)} ${cell[0]}${line.slice(end)}`;
    }
  }
  return lines.join('\n');
}

// ——— Text copied in reading order ———

type ReadingEdit =
  | { kind: 'drop-line'; line: number }
  | { kind: 'repeat-line'; line: number }
  | { kind: 'by-column'; line: number; rows: number };

const readingEdit: fc.Arbitrary<ReadingEdit> = fc.oneof(
  fc.record({ kind: fc.constant('drop-line' as const), line: fraction }),
  fc.record({ kind: fc.constant('repeat-line' as const), line: fraction }),
  fc.record({
    kind: fc.constant('by-column' as const),
    line: fraction,
    rows: fc.integer({ min: 2, max: 4 }),
  }),
);

const isFigureLine = (line: string) => /^\s*(?:\d+(?:\.\d+)?|[/／—-])\s*$/.test(line);

/**
 * `rows` rows from `start` on (each its label lines, then its run of figures) copied as a viewer
 * copies a table column by column: the labels first, then the first figure of each row, then the
 * second of each, …
 */
function byColumn(lines: string[], start: number, rows: number): void {
  const labels: string[] = [];
  const runs: string[][] = [];
  let i = start;
  while (i < lines.length && runs.length < rows) {
    while (i < lines.length && !isFigureLine(lines[i] ?? '')) {
      if (lines[i]?.trim()) labels.push(lines[i] ?? '');
      i += 1;
    }
    const run: string[] = [];
    while (i < lines.length && (isFigureLine(lines[i] ?? '') || lines[i]?.trim() === '')) {
      if (isFigureLine(lines[i] ?? '')) run.push(lines[i] ?? '');
      i += 1;
    }
    if (run.length > 0) runs.push(run);
  }
  if (runs.length < 2) return;
  const longest = Math.max(...runs.map((r) => r.length));
  const figures: string[] = [];
  for (let column = 0; column < longest; column += 1) {
    for (const run of runs) {
      const figure = run[column];
      if (figure !== undefined) figures.push(figure);
    }
  }
  lines.splice(start, i - start, ...labels, ...figures);
}

function editReading(text: string, edits: readonly ReadingEdit[]): string {
  const lines = text.split('\n');
  for (const edit of edits) {
    const i = at(edit.line, lines.length);
    if (edit.kind === 'drop-line') lines.splice(i, 1);
    else if (edit.kind === 'repeat-line') lines.splice(i, 0, lines[i] ?? '');
    else byColumn(lines, i, edit.rows);
  }
  return lines.join('\n');
}

// ——— Web pages ———

const WEB = [
  { file: 'bogang-2021-gbk.html', report: 'bogang-2021', charset: 'gbk' },
  { file: 'bogang-2021-one-cell-per-line.html', report: 'bogang-2021', charset: 'utf-8' },
  { file: 'jiliao-2021-in-2019-layout.html', report: 'jiliao-2021-in-2019-layout', charset: '' },
  { file: 'zhengguo-2020-layout-tables.html', report: 'zhengguo-2020', charset: '' },
];

type WebEdit =
  | { kind: 'drop-cell'; cell: number }
  | { kind: 'repeat-cell'; cell: number }
  | { kind: 'swap-rows'; row: number };

const webEdit: fc.Arbitrary<WebEdit> = fc.oneof(
  fc.record({ kind: fc.constant('drop-cell' as const), cell: fraction }),
  fc.record({ kind: fc.constant('repeat-cell' as const), cell: fraction }),
  fc.record({ kind: fc.constant('swap-rows' as const), row: fraction }),
);

const CELL = /<t[dh]\b[^>]*>[\s\S]*?<\/t[dh]>/gi;
const ROW = /<tr\b[^>]*>[\s\S]*?<\/tr>/gi;

/** Swaps a row with the next one in the same table, unless either starts or sits under a rowspan. */
function swapRows(html: string, fractionAt: number): string {
  const rows = [...html.matchAll(ROW)];
  const i = at(fractionAt, rows.length);
  const first = rows[i];
  const second = rows[i + 1];
  if (!first || !second) return html;
  const between = html.slice(first.index + first[0].length, second.index);
  if (/<\/?table/i.test(between) || /rowspan/i.test(first[0] + second[0])) return html;
  // A row under a rowspan lacks its first cells; moving it would move them too.
  const width = (row: string) => [...row.matchAll(CELL)].length;
  if (width(first[0]) !== width(second[0])) return html;
  return (
    html.slice(0, first.index) +
    second[0] +
    between +
    first[0] +
    html.slice(second.index + second[0].length)
  );
}

function editWeb(html: string, edits: readonly WebEdit[]): string {
  let page = html;
  for (const edit of edits) {
    if (edit.kind === 'swap-rows') {
      page = swapRows(page, edit.row);
      continue;
    }
    const cells = [...page.matchAll(CELL)];
    const cell = cells[at(edit.cell, cells.length)];
    if (!cell) continue;
    const end = cell.index + cell[0].length;
    page =
      edit.kind === 'drop-cell'
        ? page.slice(0, cell.index) + page.slice(end)
        : page.slice(0, end) + cell[0] + page.slice(end);
  }
  return page;
}

// ——— A PDF's text items, before the page is rebuilt ———

const PDFS = [
  { url: HONGZE_PDF, report: 'hongze-2023' },
  { url: fixtureUrl('pdf/bogang-2021.pdf'), report: 'bogang-2021' },
  { url: fixtureUrl('pdf/jiliao-2021-in-2019-layout.pdf'), report: 'jiliao-2021-in-2019-layout' },
];

interface ItemDamage {
  /** A sort key per item: the order pdf.js gives them in. */
  readonly order: readonly number[];
  readonly drop: readonly number[];
  readonly twice: readonly number[];
  /** Moves of every item, as shares of its size, at most ±0.1. */
  readonly jitter: readonly (readonly [number, number])[];
}

const itemDamage: fc.Arbitrary<ItemDamage> = fc.record({
  order: fc.array(fraction, { minLength: 64, maxLength: 64 }),
  drop: fc.array(fraction, { maxLength: 12 }),
  twice: fc.array(fraction, { maxLength: 16 }),
  jitter: fc.array(
    fc.tuple(
      fc.double({ min: -0.1, max: 0.1, noNaN: true }),
      fc.double({ min: -0.1, max: 0.1, noNaN: true }),
    ),
    { minLength: 64, maxLength: 64 },
  ),
});

function moved(item: TextItem, [dx, dy]: readonly [number, number]): TextItem {
  const [a = 0, b = 0, c = 0, d = 0, e = 0, f = 0] = item.transform;
  const size = Math.hypot(c, d) || Math.abs(a);
  return { ...item, transform: [a, b, c, d, e + dx * size, f + dy * size] };
}

function damage(page: PdfTextPage, how: ItemDamage): PdfTextPage {
  const n = page.items.length;
  const dropped = new Set(how.drop.map((f) => at(f, n)));
  const twice = new Set(how.twice.map((f) => at(f, n)));
  const items = page.items.flatMap((item, i) => {
    if (dropped.has(i)) return [];
    const jitter = how.jitter[i % how.jitter.length] ?? [0, 0];
    const kept = moved(item, jitter);
    return twice.has(i) ? [kept, moved(kept, [jitter[1] / 2, jitter[0] / 2])] : [kept];
  });
  const key = (i: number) => how.order[i % how.order.length] ?? 0;
  const order = items.map((item, i) => ({ item, k: key(i) + i * 1e-9 }));
  order.sort((p, q) => p.k - q.k);
  return { ...page, items: order.map((o) => o.item) };
}

describe('no reader ever puts a figure in the wrong cell', () => {
  afterAll(() => {
    if (RUNS < 1000) return;
    for (const [form, { reads, figures }] of tally) {
      // eslint-disable-next-line no-console -- the fuzz run reports its figures
      console.log(`never-guess ${form}: ${reads} reads, ${figures} figures returned, 0 wrong`);
    }
  });

  it('text copied with its columns kept, damaged', { timeout }, async () => {
    const seeds = LAYOUT.map((name) => ({
      name,
      text: fixtureText(`pdf/${name}.layout.txt`),
      expected: published(name),
    }));
    await fc.assert(
      fc.asyncProperty(
        fc.nat(seeds.length - 1),
        fc.array(lineEdit, { minLength: 1, maxLength: 12 }),
        async (which, edits) => {
          const seed = seeds[which];
          if (!seed) return;
          const text = editLayout(seed.text, edits);
          const bytes = new TextEncoder().encode(text);
          expect(await wrongInText('layout', bytes, `${seed.name}.txt`, seed.expected)).toEqual([]);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('text copied in reading order, damaged', { timeout }, async () => {
    const seeds = LAYOUT.map((name) => ({
      name,
      text: fixtureText(`pdf/${name}.reading.txt`),
      expected: published(name),
    }));
    await fc.assert(
      fc.asyncProperty(
        fc.nat(seeds.length - 1),
        fc.array(readingEdit, { minLength: 1, maxLength: 12 }),
        async (which, edits) => {
          const seed = seeds[which];
          if (!seed) return;
          const bytes = new TextEncoder().encode(editReading(seed.text, edits));
          expect(await wrongInText('reading', bytes, `${seed.name}.txt`, seed.expected)).toEqual(
            [],
          );
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('web pages, damaged', { timeout }, async () => {
    const seeds = WEB.map(({ file, report, charset }) => {
      const bytes = readFileSync(fixtureUrl(`web/${file}`));
      // Edited as text and saved as UTF-8, so a GBK page's declaration says so.
      const html =
        charset === 'gbk'
          ? new TextDecoder('gbk').decode(bytes).replace(/charset=gb2312/i, 'charset=utf-8')
          : new TextDecoder().decode(bytes);
      return { file, html, expected: published(report) };
    });
    await fc.assert(
      fc.asyncProperty(
        fc.nat(seeds.length - 1),
        fc.array(webEdit, { minLength: 1, maxLength: 12 }),
        async (which, edits) => {
          const seed = seeds[which];
          if (!seed) return;
          const bytes = new TextEncoder().encode(editWeb(seed.html, edits));
          expect(await wrongInText('web page', bytes, seed.file, seed.expected)).toEqual([]);
        },
      ),
      { numRuns: RUNS },
    );
  });

  describe('a PDF page rebuilt from damaged text items', () => {
    let seeds: { report: string; pages: PdfTextPage[]; expected: Report }[] = [];
    beforeAll(async () => {
      seeds = await Promise.all(
        PDFS.map(async ({ url, report }) => ({
          report,
          pages: await pdfTextPages(new Uint8Array(readFileSync(url))),
          expected: published(report),
        })),
      );
    }, 120_000);

    it('returns only published figures', { timeout }, () => {
      fc.assert(
        fc.property(fc.nat(PDFS.length - 1), itemDamage, (which, how) => {
          const seed = seeds[which];
          if (!seed) return;
          const read = readPositioned(
            linesOfPages(seed.pages.map((page) => damage(page, how))),
            `${seed.report}.pdf`,
          );
          count('pdf items', read.ok ? read.value : null);
          if (read.ok) expect(wrongFigures(read.value, seed.expected)).toEqual([]);
        }),
        { numRuns: RUNS },
      );
    });
  });
});
