/**
 * A rectangular selection of typed cells in one table, made with Shift+arrows from the cell where it
 * started, as in a spreadsheet. Kept as DOM attributes (`data-selected`) rather than React state, so
 * selecting re-renders nothing; Delete/Backspace then clears every selected cell as one undo step.
 */
import { positionOf, typedCells } from './grid-keys';

const SELECTED = 'data-selected';

let anchor: HTMLElement | null = null;

export function clearSelection(): void {
  document.querySelectorAll(`[${SELECTED}]`).forEach((el) => {
    el.removeAttribute(SELECTED);
    el.removeAttribute('aria-selected');
  });
  anchor = null;
}

/** Marks the rectangle between the anchor (set on the first Shift+move) and `to`. */
export function extendSelection(from: HTMLElement, to: HTMLElement): void {
  const root = from.closest('[data-grid]');
  if (!root || to.closest('[data-grid]') !== root) return;
  if (!anchor || anchor.closest('[data-grid]') !== root) anchor = from;
  const [r1, c1] = positionOf(anchor);
  const [r2, c2] = positionOf(to);
  for (const cell of typedCells(root)) {
    const [r, c] = positionOf(cell);
    const inside =
      r >= Math.min(r1, r2) &&
      r <= Math.max(r1, r2) &&
      c >= Math.min(c1, c2) &&
      c <= Math.max(c1, c2);
    cell.toggleAttribute(SELECTED, inside);
    if (inside) cell.setAttribute('aria-selected', 'true');
    else cell.removeAttribute('aria-selected');
  }
}

/** Addresses of the selected cells, when more than one cell is selected. */
export function selectedAddresses(): string[] {
  const selected = [...document.querySelectorAll<HTMLElement>(`td[${SELECTED}]`)];
  return selected.length > 1 ? selected.map((cell) => cell.dataset.address ?? '') : [];
}
