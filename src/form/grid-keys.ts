/**
 * Spreadsheet keys for the tables: arrows, Enter / Shift+Enter and Tab / Shift+Tab move between
 * typed cells (computed cells are not typed, so they are skipped). Left/Right move only when the
 * caret is at the edge or the whole figure is selected, so editing inside a figure still works
 * (F2 puts the caret at the end).
 */
export type Move = readonly [rows: number, columns: number];

export const ARROWS: Readonly<Record<string, Move>> = {
  ArrowUp: [-1, 0],
  ArrowDown: [1, 0],
  ArrowLeft: [0, -1],
  ArrowRight: [0, 1],
};

/** The move a key asks for from the editor, or null (a key that edits the figure). */
export function moveFor(event: KeyboardEvent, input: HTMLInputElement): Move | null {
  if (event.altKey || event.ctrlKey || event.metaKey || event.isComposing) return null;
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

const TYPED = 'td[data-address]:not([data-computed])';

/** The typed cells of a grid, row by row. */
export const typedCells = (root: Element): HTMLTableCellElement[] => [
  ...root.querySelectorAll<HTMLTableCellElement>(TYPED),
];

export const positionOf = (cell: HTMLElement) =>
  [Number(cell.dataset.row), Number(cell.dataset.col)] as const;

const cellAt = (root: Element, row: number, column: number) =>
  root.querySelector<HTMLTableCellElement>(`${TYPED}[data-row="${row}"][data-col="${column}"]`);

/** The typed cell a move lands on: the same column, or the nearest one in that row. */
export function targetOf(root: Element, from: HTMLElement, [dr, dc]: Move) {
  const [row, column] = positionOf(from);
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
    const inRow = root.querySelectorAll<HTMLTableCellElement>(`${TYPED}[data-row="${r}"]`);
    if (inRow.length > 0) return inRow[inRow.length - 1] ?? null;
  }
  return null;
}

/** Tab / Shift+Tab: the next typed cell in reading order, or null at the table's end. */
export function nextInOrder(root: Element, from: HTMLElement, backwards: boolean) {
  const cells = typedCells(root);
  const at = cells.indexOf(from as HTMLTableCellElement);
  return cells[at + (backwards ? -1 : 1)] ?? null;
}
