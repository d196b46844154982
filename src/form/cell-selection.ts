/**
 * A rectangular selection of typed cells in one table, made with Shift+arrows from the cell where it
 * started, as in a spreadsheet. Kept as DOM attributes (`data-selected`) rather than React state, so
 * selecting re-renders nothing; Delete/Backspace then clears every selected cell as one undo step.
 */
const SELECTED = 'data-selected';

const cellsOf = (root: Element) => [
  ...root.querySelectorAll<HTMLInputElement>('input[data-address]'),
];
const position = (input: HTMLInputElement) =>
  [Number(input.dataset.row), Number(input.dataset.col)] as const;

let anchor: HTMLInputElement | null = null;

export function clearSelection(): void {
  document.querySelectorAll(`[${SELECTED}]`).forEach((el) => el.removeAttribute(SELECTED));
  anchor = null;
}

/** Marks the rectangle between the anchor (set on the first Shift+move) and `to`. */
export function extendSelection(from: HTMLInputElement, to: HTMLInputElement): void {
  const root = from.closest('[data-grid]');
  if (!root || to.closest('[data-grid]') !== root) return;
  if (!anchor || anchor.closest('[data-grid]') !== root) anchor = from;
  const [r1, c1] = position(anchor);
  const [r2, c2] = position(to);
  for (const input of cellsOf(root)) {
    const [r, c] = position(input);
    const inside =
      r >= Math.min(r1, r2) &&
      r <= Math.max(r1, r2) &&
      c >= Math.min(c1, c2) &&
      c <= Math.max(c1, c2);
    input.toggleAttribute(SELECTED, inside);
  }
}

/** Addresses of the selected cells, when more than one cell is selected. */
export function selectedAddresses(): string[] {
  const selected = [...document.querySelectorAll<HTMLInputElement>(`input[${SELECTED}]`)];
  return selected.length > 1
    ? selected.map((input) => input.dataset.address ?? '').filter(Boolean)
    : [];
}
