/**
 * A statistical table as a grid (ARIA grid pattern): cells drawn as text (grid-cell.tsx) and one
 * editor that moves to the cell clicked, focused (an issue's link), or reached by the keys. The
 * editor is the table's one stop for Tab; a computed cell can be focused to read, never typed.
 */
import { useLayoutEffect, useRef } from 'react';
import type { FocusEvent, MouseEvent, ReactNode } from 'react';
import { CellEditor } from './cell-editor';
import type { EditorHandle } from './cell-editor';
import { clearSelection, extendSelection } from './cell-selection';
import { typedCells } from './grid-keys';

interface DataGridProps {
  readonly id: string;
  readonly className: string;
  /** The table's typed cells by row and column, where a pasted block goes. */
  readonly pasteRows: readonly (readonly (string | null)[])[];
  /** Wider tables scroll under the sticky toolbar (table 三). */
  readonly scrollClassName?: string;
  /** Caption, header and body. */
  readonly children: ReactNode;
}

/** The typed cell an event happened in, if any. */
const typedCellOf = (target: EventTarget | null): HTMLElement | null => {
  const found = target instanceof Element ? target.closest<HTMLElement>('td[data-address]') : null;
  return found && !found.hasAttribute('data-computed') ? found : null;
};

export function DataGrid({ id, className, pasteRows, scrollClassName, children }: DataGridProps) {
  const root = useRef<HTMLDivElement>(null);
  const editor = useRef<EditorHandle>(null);
  // The editor starts in the table's first typed cell: the table's one stop for Tab. (Here, not in
  // the editor: a parent's ref is set after its children's layout effects have run.)
  useLayoutEffect(() => {
    const first = root.current ? typedCells(root.current)[0] : undefined;
    if (first && !editor.current?.active()) editor.current?.place(first, { focus: false });
  }, []);
  const onMouseDown = (event: MouseEvent) => {
    const target = typedCellOf(event.target);
    if (!target || event.button !== 0) return;
    // A click in the editor while it has focus places the caret, as in any field; otherwise it
    // selects the cell, as a click on any other cell does, so typing replaces the figure.
    const inEditor = (event.target as Element).closest('.cell-editor');
    if (inEditor && inEditor.contains(document.activeElement)) return;
    event.preventDefault();
    const from = editor.current?.active();
    if (event.shiftKey && from) extendSelection(from, target);
    else clearSelection();
    editor.current?.place(target);
  };
  const onDoubleClick = (event: MouseEvent) => {
    const target = typedCellOf(event.target);
    if (target) editor.current?.place(target, { edit: true });
  };
  // A cell focused from elsewhere (an issue's link, a test) is where the editor goes.
  const onFocus = (event: FocusEvent) => {
    const target = typedCellOf(event.target);
    if (target && event.target === target) editor.current?.place(target);
  };
  return (
    // The handlers sit on the frame, not the table: React passes the editor's events (rendered in a
    // portal) up through its own parents, and the frame is a parent of both.
    <div
      className={`table-scroll ${scrollClassName ?? ''}`}
      data-grid={id}
      ref={root}
      onMouseDown={onMouseDown}
      onDoubleClick={onDoubleClick}
      onFocus={onFocus}
    >
      <table role="grid" className={`stat-table ${className}`}>
        {children}
      </table>
      <CellEditor grid={root} pasteRows={pasteRows} handle={editor} />
    </div>
  );
}
