/**
 * What a table's editor can ask the form to do: read a cell, write what is being typed (totals
 * follow at once), commit an edit — normalised — as one undo step, apply a block of changes (a
 * paste, a fill, a clear) as one step, and say something in the form's status line.
 */
import { createContext, useContext } from 'react';
import type { CellValues } from './report-store';

export interface CellEditing {
  readonly value: (address: string) => string;
  /** Writes the text being typed into a cell, as it stands. */
  readonly type: (address: string, text: string) => void;
  /** Normalises the cell's text and records the edit (before → after); returns what is kept. */
  readonly commit: (address: string, before: string) => string;
  /** Writes several cells as one undo step; `note` is announced to the user. */
  readonly applyChanges: (changes: CellValues, note?: string) => void;
  readonly announce: (message: string) => void;
}

export const CellEditingContext = createContext<CellEditing | null>(null);

export function useCellEditing(): CellEditing {
  const editing = useContext(CellEditingContext);
  if (!editing) throw new Error('CellEditingContext is missing');
  return editing;
}
