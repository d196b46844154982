/**
 * A table's one editor (issue #12): a single input that moves into the cell the user works in, as
 * spreadsheets do. It holds focus while a cell is merely selected, with the figure selected, so
 * the first key — a digit, or the start of a Chinese IME's composition — replaces the figure.
 * F2 (or a double click) edits the figure in place, Esc puts back what the cell held, arrows /
 * Enter / Tab move and commit; the edit is normalised and recorded for undo when it is committed.
 * It takes the cell's accessible name and description, so a screen reader hears the cell it is in.
 */
import { useEffect, useImperativeHandle, useRef, useState } from 'react';
import type { ClipboardEvent, KeyboardEvent, Ref, RefObject } from 'react';
import { createPortal } from 'react-dom';
import { useReportStore } from './analysis-context';
import { hasError, useCellIssues } from './cell-marker';
import { useCellEditing } from './cell-editing';
import { clearSelection, extendSelection, selectedAddresses } from './cell-selection';
import { ARROWS, moveFor, nextInOrder, positionOf, targetOf } from './grid-keys';
import { describedBy } from './grid-cell';
import { useLastYearNoteId } from './last-year-context';
import { pasteNote, planPaste } from './paste';

export interface EditorHandle {
  /**
   * Moves the editor into `cell` (committing the cell it leaves) and focuses it (unless `focus` is
   * false), with the figure selected, or with the caret at its end when `edit`.
   */
  readonly place: (
    cell: HTMLElement,
    how?: { readonly edit?: boolean; readonly focus?: boolean },
  ) => void;
  readonly active: () => HTMLElement | null;
}

interface CellEditorProps {
  readonly grid: RefObject<HTMLDivElement | null>;
  /** The table's typed cells by row and column (see pasteRows), where a pasted block goes. */
  readonly pasteRows: readonly (readonly (string | null)[])[];
  readonly handle: Ref<EditorHandle>;
}

const isUndoKey = (e: KeyboardEvent) =>
  (e.ctrlKey || e.metaKey) && !e.shiftKey && e.key.toLowerCase() === 'z';
const isRedoKey = (e: KeyboardEvent) =>
  (e.ctrlKey || e.metaKey) &&
  (e.key.toLowerCase() === 'y' || (e.key.toLowerCase() === 'z' && e.shiftKey));

/** The cell the editor is in, as the editor names itself after it. */
interface Active {
  readonly address: string;
  readonly label: string;
  /** An amount (万元) takes a decimal point; counts take digits. */
  readonly decimal: boolean;
}

const activeOf = (cell: HTMLElement): Active => ({
  address: cell.dataset.address ?? '',
  label: cell.dataset.name ?? '',
  decimal: cell.dataset.kind === 'amount',
});

export function CellEditor({ grid, pasteRows, handle }: CellEditorProps) {
  const editing = useCellEditing();
  const store = useReportStore();
  // The editor's own element, moved between cells; React renders the input into it.
  // None when rendered outside a browser (a static render draws the cells only).
  const [host] = useState(() => {
    if (typeof document === 'undefined') return null;
    const element = document.createElement('span');
    element.className = 'cell-editor';
    return element;
  });
  const input = useRef<HTMLInputElement>(null);
  const cell = useRef<HTMLElement | null>(null);
  /** The figure the cell held when the editor came to it (Esc and undo go back to it). */
  const before = useRef('');
  /** True while the editor moves: moving a focused element blurs it, which is not leaving. */
  const moving = useRef(false);
  const [active, setActive] = useState<Active | null>(null);
  const address = active?.address ?? null;
  const issues = useCellIssues(address);
  const lastYearNote = useLastYearNoteId(address ?? '');

  const commit = () => {
    const element = input.current;
    const at = cell.current?.dataset.address;
    if (!element || !at) return;
    const kept = editing.commit(at, before.current);
    if (element.value !== kept) element.value = kept;
    before.current = kept;
  };

  const place: EditorHandle['place'] = (target, how = {}) => {
    const element = input.current;
    if (!element) return;
    if (cell.current !== target) {
      moving.current = true;
      try {
        commit();
        cell.current = target;
        if (host) target.prepend(host);
      } finally {
        moving.current = false;
      }
      const at = target.dataset.address ?? '';
      element.value = editing.value(at);
      before.current = element.value;
      setActive(activeOf(target));
    }
    if (how.focus === false) return;
    element.focus({ preventScroll: true });
    target.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    if (how.edit) element.setSelectionRange(element.value.length, element.value.length);
    else element.select();
  };

  useImperativeHandle(handle, () => ({ place, active: () => cell.current }));

  // An undo, a paste or a fill can change the cell the editor is in: it shows the new figure, and
  // an edit of it starts from there.
  useEffect(
    () =>
      store.subscribe(() => {
        const element = input.current;
        const at = cell.current?.dataset.address;
        if (!element || !at) return;
        const value = store.get().report.cells[at] ?? '';
        if (value === element.value) return;
        element.value = value;
        before.current = value;
        if (document.activeElement === element) element.select();
      }),
    [store],
  );

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const element = event.currentTarget;
    const from = cell.current;
    const root = grid.current;
    const at = from?.dataset.address;
    if (!from || !root || !at || event.nativeEvent.isComposing) return;
    if (event.key === 'Escape') {
      if (element.value === before.current) return;
      event.preventDefault();
      element.value = before.current;
      editing.type(at, before.current);
      element.select();
      return;
    }
    if (event.key === 'F2') {
      event.preventDefault();
      element.setSelectionRange(element.value.length, element.value.length);
      return;
    }
    // Ctrl+Z while the cell is being edited puts it back; otherwise the form undoes a step.
    if (isUndoKey(event) && element.value !== before.current) {
      event.preventDefault();
      event.stopPropagation();
      element.value = before.current;
      editing.type(at, before.current);
      element.select();
      return;
    }
    if ((isUndoKey(event) || isRedoKey(event)) && element.value !== before.current) commit();
    if (event.key === 'Delete' || event.key === 'Backspace') {
      const selected = selectedAddresses();
      if (selected.length > 0) {
        event.preventDefault();
        clearSelection();
        editing.applyChanges(
          selected.map((a) => [a, ''] as const),
          `已清空 ${selected.length} 格（可撤销）。`,
        );
      }
      return;
    }
    if (event.key === 'Tab' && !event.ctrlKey && !event.altKey && !event.metaKey) {
      clearSelection();
      const next = nextInOrder(root, from, event.shiftKey);
      // At the table's end Tab leaves the table, as it leaves any field.
      if (!next) return;
      event.preventDefault();
      place(next);
      return;
    }
    const selecting =
      event.shiftKey && !event.ctrlKey && !event.altKey && !event.metaKey && event.key in ARROWS;
    const move = selecting ? (ARROWS[event.key] ?? null) : moveFor(event.nativeEvent, element);
    if (!move) return;
    const next = targetOf(root, from, move);
    if (!next) return;
    event.preventDefault();
    if (selecting) extendSelection(from, next);
    else clearSelection();
    place(next);
  };

  const onPaste = (event: ClipboardEvent<HTMLInputElement>) => {
    const text = event.clipboardData.getData('text/plain');
    const from = cell.current;
    if (!from || !/[\t\n]/.test(text.replace(/\r?\n$/, ''))) return;
    event.preventDefault();
    const [startRow, startColumn] = positionOf(from);
    const plan = planPaste(text, { rows: pasteRows, startRow, startColumn });
    // What this cell held before the paste is its own edit, committed first: the paste is one step.
    commit();
    editing.applyChanges(plan.changes, pasteNote(plan, text));
  };

  if (!host) return null;
  return createPortal(
    // A form of its own: Chromium's autofill re-reads every field of the edited field's form after
    // each keystroke. Enter never submits it: the grid keys move on Enter.
    <form onSubmit={(event) => event.preventDefault()}>
      <input
        ref={input}
        className="cell-input"
        inputMode={active?.decimal ? 'decimal' : 'numeric'}
        autoComplete="off"
        spellCheck={false}
        aria-label={active?.label ?? ''}
        aria-invalid={hasError(issues) || undefined}
        aria-describedby={
          address ? describedBy(address, issues.length > 0, lastYearNote) : undefined
        }
        onInput={(event) => {
          const at = cell.current?.dataset.address;
          if (at) editing.type(at, event.currentTarget.value);
        }}
        onBlur={() => {
          if (!moving.current) commit();
        }}
        onKeyDown={onKeyDown}
        onPaste={onPaste}
      />
    </form>,
    host,
  );
}
