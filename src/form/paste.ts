/**
 * Turns text copied from Excel or WPS (tab-separated columns, newline-separated rows) into cell
 * changes starting at the active cell. A leading column is dropped as row labels only when its
 * texts are row labels of the table (`一、本年新收…`, `行政许可`); any other text that is not a
 * figure (`abc`, `12件`) is skipped and said, by its place in the pasted block, never written and
 * never silently lost. What falls outside the table is counted too.
 */
import { formatIds, formatIndex, normalizeNumberText, sections } from '../report';

export interface PasteTarget {
  /** Addresses of the table's typed cells, row by row (computed cells are null: skipped). */
  readonly rows: readonly (readonly (string | null)[])[];
  readonly startRow: number;
  readonly startColumn: number;
}

/** A pasted text that is not a figure, by its 1-based place in the pasted block. */
export interface SkippedText {
  readonly row: number;
  readonly column: number;
  readonly text: string;
}

export interface PastePlan {
  readonly changes: readonly (readonly [address: string, value: string])[];
  /** The block's first column held the table's row labels and was not pasted. */
  readonly labelColumn: boolean;
  /** Texts that are not figures: not pasted. */
  readonly skipped: readonly SkippedText[];
  /** Values that fell outside the table. */
  readonly dropped: number;
  /** Values that landed on computed cells: the program computes those, so they are not written. */
  readonly onTotals: number;
}

/** A number of any kind (the cell's own rules then say whether it fits: `1.5` in a count). */
const isFigure = (text: string) => /^[+-]?\d+(\.\d+)?$/.test(normalizeNumberText(text));

/** Labels compare without spaces, punctuation of numbering or quotes (`（一）予以公开` ≈ `予以公开`). */
const squash = (text: string) =>
  text.replace(/[\s\u3000“”"'、.．,，:：;；()（）一二三四五六七八九十\d]/g, '');

/**
 * Every row and group label a table prints, in either format, by table id (the first segment of
 * its addresses): a pasted column is labels only if its texts are among these.
 */
const labelsByTable: ReadonlyMap<string, ReadonlySet<string>> = (() => {
  const labels = new Map<string, Set<string>>();
  const add = (table: string, label: string) => {
    const squashed = squash(label);
    if (squashed) labels.set(table, (labels.get(table) ?? new Set()).add(squashed));
  };
  for (const format of formatIds) {
    const index = formatIndex(format);
    for (const cell of index.cells) add(cell.table, cell.rowLabel);
    for (const line of index.gridLines) add('三', line.node.label);
    for (const block of index.spec.table2.blocks) add('二', block.heading);
    for (const group of index.spec.table4.groups) add('四', group.parent ?? group.label);
  }
  for (const section of sections) if (section.kind === 'table') add(section.id, section.heading);
  return labels;
})();

const tableOf = (target: PasteTarget) =>
  target.rows
    .flat()
    .find((a): a is string => a !== null)
    ?.split('/')[0] ?? '';

/** Splits clipboard text into rows of cells; a trailing newline (Excel adds one) is not a row. */
export function splitClipboard(text: string): string[][] {
  const lines = text.replace(/\r\n?/g, '\n').replace(/\n$/, '').split('\n');
  return lines.map((line) => line.split('\t'));
}

/** The first column is row labels: every row has figures after it and each text is a label. */
function hasLabelColumn(grid: readonly (readonly string[])[], target: PasteTarget): boolean {
  const labels = labelsByTable.get(tableOf(target));
  if (!labels || grid.length === 0 || grid.some((r) => r.length < 2)) return false;
  const firsts = grid.map((r) => (r[0] ?? '').trim());
  if (firsts.every((t) => t === '')) return false;
  return firsts.every((t) => t === '' || labels.has(squash(t)));
}

export function planPaste(text: string, target: PasteTarget): PastePlan {
  const grid = splitClipboard(text);
  const labelColumn = hasLabelColumn(grid, target);
  const skip = labelColumn ? 1 : 0;
  const changes: (readonly [string, string])[] = [];
  const skipped: SkippedText[] = [];
  let dropped = 0;
  let onTotals = 0;
  grid.forEach((cells, i) => {
    // Positional, as in a spreadsheet: a copied 总计 column lands on our 总计 and is not written.
    const row = target.rows[target.startRow + i];
    cells.slice(skip).forEach((raw, j) => {
      const value = raw.trim();
      const column = target.startColumn + j;
      const address = row?.[column];
      if (value !== '' && !isFigure(value))
        skipped.push({ row: i + 1, column: j + skip + 1, text: value });
      else if (address) changes.push([address, value]);
      else if (row && column < row.length) onTotals += 1;
      else if (value !== '') dropped += 1;
    });
  });
  return { changes, labelColumn, skipped, dropped, onTotals };
}

/** Texts named per message: a long junk block is summed up after the first few. */
const LISTED = 3;

/** What was not pasted, by place: `第 1 列“abc”不是数字，未粘贴。` */
function skippedNote(skipped: readonly SkippedText[], rows: number): string {
  if (skipped.length === 0) return '';
  const columns = new Map<number, SkippedText[]>();
  for (const s of skipped) columns.set(s.column, [...(columns.get(s.column) ?? []), s]);
  // A whole column of text is said once; stray texts by row and column.
  const whole = [...columns].filter(([, list]) => list.length === rows);
  const stray = skipped.filter((s) => !whole.some(([column]) => column === s.column));
  const texts = (list: readonly SkippedText[]) =>
    list
      .slice(0, LISTED)
      .map((s) => `“${s.text}”`)
      .join('') + (list.length > LISTED ? `等 ${list.length} 个` : '');
  const parts = [
    ...whole.map(([column, list]) => `第 ${column} 列${texts(list)}`),
    ...stray
      .slice(0, LISTED)
      .map((s) => `${rows > 1 ? `第 ${s.row} 行` : ''}第 ${s.column} 列“${s.text}”`),
  ];
  const more = stray.length > LISTED ? `等 ${stray.length} 格` : '';
  return `${parts.join('、')}${more}不是数字，未粘贴。`;
}

/** The status line after a paste: what was pasted, and what was not and why. */
export function pasteNote(plan: PastePlan, text: string): string {
  const rows = splitClipboard(text).length;
  const notes = [`已粘贴 ${plan.changes.length} 格。`];
  if (plan.labelColumn) notes.push('第 1 列是本表的行名，未粘贴。');
  notes.push(skippedNote(plan.skipped, rows));
  if (plan.dropped > 0) notes.push(`有 ${plan.dropped} 个数值超出表格范围，未粘贴。`);
  if (plan.onTotals > 0)
    notes.push(`${plan.onTotals} 个数值落在合计格上，合计由程序自动计算，未粘贴。`);
  return notes.join('');
}
