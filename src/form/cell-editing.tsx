/**
 * What a cell can ask the form to do: commit its edit as one undo step, apply a block of changes
 * (a paste, a fill) as one step, and say something to the user in the form's status line.
 */
import { createContext, useContext } from 'react';

export type CellValues = readonly (readonly [address: string, value: string])[];

export interface CellEditing {
  /** Normalises what was typed and records the edit (before → after) as one undo step. */
  readonly commit: (address: string, before: string) => void;
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
