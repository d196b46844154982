/**
 * Reconciles the save file embedded in our .docx with the figures its tables show. The tables are
 * what was printed and published, so where someone changed a figure in Word the visible figure
 * wins, and a note names the cell with both values. A total whose addends were changed in Word
 * but which itself was not keeps the figure the document shows (a published figure, `stated`), so
 * the report matches the document and check() points out that it no longer adds up.
 * Cells whose figure no table shows (a table deleted or relabelled) keep the embedded figure, and
 * one note says how many.
 */
import { cellTextToKeep, figures, formatIndex } from '../../report';
import type { Report } from '../../report';

const shown = (value: string) => (value === '' ? '空白' : value);

/** Names at most this many cells in the note about figures no table shows. */
const NAMED_MISSING = 3;

export function applyVisibleFigures(
  embedded: Report,
  visible: ReadonlyMap<string, string>,
): { readonly report: Report; readonly notes: readonly string[] } {
  const index = formatIndex(embedded.format);
  const before = new Map(figures(embedded));
  const cells: Record<string, string> = { ...embedded.cells };
  const notes: string[] = [];
  const missing: string[] = [];
  const shownFigure = new Map<string, string>();
  for (const cell of index.cells) {
    const raw = visible.get(cell.address);
    if (raw === undefined) {
      missing.push(cell.address);
      continue;
    }
    const now = cellTextToKeep(cell.kind, raw);
    shownFigure.set(cell.address, now);
    const was = before.get(cell.address) ?? '';
    if (now === was) continue;
    notes.push(
      `${cell.address}：文件中嵌入的数据为 ${shown(was)}，表格中为 ${shown(now)}，已采用表格中的数字`,
    );
    if (!cell.sumOf) cells[cell.address] = now;
  }
  // Totals: derived from the (possibly edited) inputs, unless the document shows another figure.
  const sums = new Map(figures({ ...embedded, cells, stated: {} }));
  const stated: Record<string, string> = {};
  for (const cell of index.computed) {
    const now = shownFigure.get(cell.address);
    const kept = embedded.stated[cell.address];
    if (now === undefined || now === before.get(cell.address)) {
      if (kept !== undefined) stated[cell.address] = kept;
      else if (now !== undefined && now !== sums.get(cell.address)) stated[cell.address] = now;
    } else if (now !== sums.get(cell.address)) {
      stated[cell.address] = now;
    }
  }
  if (missing.length > 0) {
    const named = missing.slice(0, NAMED_MISSING).join('、');
    const more = missing.length > NAMED_MISSING ? ' 等' : '';
    notes.push(`表格中找不到 ${missing.length} 个数字（${named}${more}），已采用文件中嵌入的数据`);
  }
  return { report: { ...embedded, cells, stated }, notes };
}
