/**
 * Spreadsheet keys for the tables: arrows, Enter / Shift+Enter move between typed cells (computed
 * cells are not inputs, so they are skipped and out of the tab order; Tab keeps its native order,
 * row by row). Left/Right move only when the caret is at the edge or the whole text is selected,
 * so editing inside a figure still works.
 */
import { clearSelection, extendSelection } from './cell-selection';

type Move = readonly [rows: number, columns: number];

const ARROWS: Readonly<Record<string, Move>> = {
  ArrowUp: [-1, 0],
  ArrowDown: [1, 0],
  ArrowLeft: [0, -1],
  ArrowRight: [0, 1],
};

function moveFor(event: KeyboardEvent, input: HTMLInputElement): Move | null {
  const { selectionStart: start, selectionEnd: end, value } = input;
  const allSelected = start === 0 && end === value.length;
  switch (event.key) {
    case 'ArrowUp':
      return [-1, 0];
    case 'ArrowDown':
      return [1, 0];
    case 'Enter':
      return event.shiftKey ? [-1, 0] : [1, 0];
    case 'ArrowLeft':
      return allSelected || (start === 0 && end === 0) ? [0, -1] : null;
    case 'ArrowRight':
      return allSelected || (start === value.length && end === value.length) ? [0, 1] : null;
    default:
      return null;
  }
}

const cellAt = (root: Element, row: number, column: number) =>
  root.querySelector<HTMLInputElement>(`input[data-row="${row}"][data-col="${column}"]`);

/** The typed cell a move lands on: the same column, or the nearest one in that row. */
function target(root: Element, row: number, column: number, [dr, dc]: Move) {
  if (dc !== 0) {
    for (let c = column + dc; c >= 0 && c < 64; c += dc) {
      const found = cellAt(root, row, c);
      if (found) return found;
    }
    return null;
  }
  for (let r = row + dr; r >= 0 && r < 256; r += dr) {
    const exact = cellAt(root, r, column);
    if (exact) return exact;
    const inRow = [...root.querySelectorAll<HTMLInputElement>(`input[data-row="${r}"]`)];
    if (inRow.length > 0) return inRow.at(-1) ?? null;
  }
  return null;
}

/**
 * Handles a navigation key on a table cell; returns true when focus moved. Shift+arrows extend the
 * selection instead of editing; any other move drops it.
 */
export function navigateFrom(event: KeyboardEvent, input: HTMLInputElement): boolean {
  if (event.altKey || event.ctrlKey || event.metaKey || event.isComposing) return false;
  const selecting = event.shiftKey && event.key.startsWith('Arrow');
  const move = selecting ? ARROWS[event.key] : moveFor(event, input);
  const root = input.closest('[data-grid]');
  if (!move || !root) return false;
  const next = target(root, Number(input.dataset.row), Number(input.dataset.col), move);
  if (!next) return false;
  event.preventDefault();
  if (selecting) extendSelection(input, next);
  else clearSelection();
  next.focus();
  next.select();
  return true;
}
