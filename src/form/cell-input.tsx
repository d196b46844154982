/**
 * A typed cell of any table. Uncontrolled (react-hook-form `register`), so typing re-renders
 * nothing; the edit is committed — normalised and recorded for undo — when focus leaves the cell.
 * Focus selects the figure so typing replaces it, as in a spreadsheet; IME composition is left to
 * the browser, so the first keystroke of a Chinese IME is never lost.
 */
import { useRef } from 'react';
import type { ClipboardEvent, KeyboardEvent } from 'react';
import { useFormContext } from 'react-hook-form';
import type { CellFact, Report } from '../report';
import { CellMarker, useCellIssues } from './cell-marker';
import { useCellEditing } from './cell-editing';
import { domIdOf, messageIdOf } from './dom-ids';
import { useLastYearNoteId } from './last-year-context';
import { LastYearNote } from './last-year-note';
import { clearSelection, selectedAddresses } from './cell-selection';
import { navigateFrom } from './grid-keys';
import { pasteNote, planPaste } from './paste';
import type { PasteTarget } from './paste';

export interface CellInputProps {
  readonly cell: CellFact;
  readonly row: number;
  readonly column: number;
  /** Where a multi-cell paste starting here goes. */
  readonly pasteTarget: () => PasteTarget;
  /** Shorter accessible row name where the official label is long. */
  readonly rowName?: string;
}

export function CellInput({ cell, row, column, pasteTarget, rowName }: CellInputProps) {
  const { register, getValues, setValue } = useFormContext<Report>();
  const editing = useCellEditing();
  const before = useRef('');
  const encoded = useCellIssues(cell.address);
  const lastYearNote = useLastYearNoteId(cell.address);
  const name = `cells.${cell.address}` as const;
  const field = register(name, {
    onBlur: () => editing.commit(cell.address, before.current),
  });

  const onPaste = (event: ClipboardEvent<HTMLInputElement>) => {
    const text = event.clipboardData.getData('text/plain');
    if (!/[\t\n]/.test(text.replace(/\r?\n$/, ''))) return;
    event.preventDefault();
    const plan = planPaste(text, pasteTarget());
    const note = pasteNote(plan, text);
    editing.applyChanges(plan.changes, note);
    // The paste is already one undo step: this cell's edit starts again from the pasted figure, so
    // Ctrl+Z here undoes the whole paste instead of restoring only this cell.
    before.current = String(getValues(name) ?? '');
  };

  return (
    <td className={encoded ? 'cell cell-flagged' : 'cell'}>
      {/* A form of its own: Chromium's autofill re-reads every field of the edited field's form
          (or every field outside any form) after each keystroke, which with ~250 cells took
          3–7 ms of the main thread per key, often before the keystroke's frame. Enter never
          submits it: the grid keys move on Enter, and where they cannot, submitting does nothing. */}
      <form onSubmit={(event) => event.preventDefault()}>
        <input
          {...field}
          id={domIdOf(cell.address)}
          className="cell-input"
          inputMode={cell.kind === 'amount' ? 'decimal' : 'numeric'}
          autoComplete="off"
          placeholder=" "
          spellCheck={false}
          aria-label={`${rowName ?? cell.rowLabel} — ${cell.columnLabel}`}
          aria-invalid={encoded.includes('error\u0001') || undefined}
          aria-describedby={
            [encoded ? messageIdOf(cell.address) : '', lastYearNote ?? '']
              .filter(Boolean)
              .join(' ') || undefined
          }
          data-address={cell.address}
          data-row={row}
          data-col={column}
          onMouseDown={clearSelection}
          onFocus={(event) => {
            before.current = String(getValues(name) ?? '');
            event.currentTarget.select();
          }}
          onKeyDown={(event: KeyboardEvent<HTMLInputElement>) => {
            const input = event.currentTarget;
            // Ctrl+Z while the cell is being edited restores it; otherwise the form undoes a step.
            const undoKey =
              (event.ctrlKey || event.metaKey) &&
              !event.shiftKey &&
              event.key.toLowerCase() === 'z';
            if (undoKey && input.value !== before.current) {
              event.preventDefault();
              event.stopPropagation();
              setValue(name, before.current);
              input.select();
              return;
            }
            const redoKey =
              (event.ctrlKey || event.metaKey) &&
              (event.key.toLowerCase() === 'y' ||
                (event.key.toLowerCase() === 'z' && event.shiftKey));
            if (undoKey || redoKey) {
              // The form undoes or redoes a step while this cell keeps focus; leaving the cell must not
              // record that as a new edit (which would also drop the redo steps).
              queueMicrotask(() => {
                before.current = String(getValues(name) ?? '');
              });
            }
            if (event.key === 'Delete' || event.key === 'Backspace') {
              const selected = selectedAddresses();
              if (selected.length > 0) {
                event.preventDefault();
                clearSelection();
                editing.applyChanges(
                  selected.map((address) => [address, ''] as const),
                  `已清空 ${selected.length} 格（可撤销）。`,
                );
                // The step is recorded; this cell's own value is now the cleared one, not an edit.
                before.current = String(getValues(name) ?? '');
                return;
              }
            }
            navigateFrom(event.nativeEvent, input);
          }}
          onPaste={onPaste}
        />
      </form>
      <CellMarker address={cell.address} encoded={encoded} />
      {lastYearNote ? <LastYearNote address={cell.address} /> : null}
    </td>
  );
}
