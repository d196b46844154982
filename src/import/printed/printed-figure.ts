/**
 * One printed figure read for its cell, exactly as printed: `/`, `-` or `—` ("nothing to report",
 * spec §6) and text that is no figure of the cell's kind give no figure — the cell stays blank,
 * never 0 — and a note naming the address says why. A cell printed empty is read, as blank, with
 * no note: check() already reports blank cells (CELL-BLANK).
 */
import { parseCell } from '../../report';
import type { CellFact } from '../../report';
import { isBlankMark } from './labels';

export interface PrintedFigure {
  /** The figure to keep ('' = blank). */
  readonly value: string;
  /** Why the printed text gave no figure; absent when it was read (a figure or printed empty). */
  readonly problem?: string;
}

export function readPrintedFigure(cell: CellFact, raw: string): PrintedFigure {
  if (raw.trim() === '') return { value: '' };
  if (isBlankMark(raw)) {
    return { value: '', problem: `${cell.address}：报告中为“${raw}”，按空白导入（空白不等于0）。` };
  }
  const parsed = parseCell(cell.kind, raw);
  if (parsed.state === 'ok') return { value: parsed.text };
  if (parsed.state === 'blank') return { value: '' };
  return { value: '', problem: `${cell.address}：无法识别“${raw}”（${parsed.message}），已留空。` };
}
