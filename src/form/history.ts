/**
 * Undo/redo of cell edits. One step is one committed edit or one whole paste / fill, so Ctrl+Z
 * undoes a pasted block at once. Bounded so a long session cannot grow without limit.
 */
export type CellChange = readonly [address: string, before: string, after: string];
export type Step = readonly CellChange[];

export const HISTORY_LIMIT = 200;

export interface History {
  readonly past: readonly Step[];
  readonly future: readonly Step[];
}

export const emptyHistory: History = { past: [], future: [] };

export function record(history: History, step: Step): History {
  const real = step.filter(([, before, after]) => before !== after);
  if (real.length === 0) return history;
  return { past: [...history.past, real].slice(-HISTORY_LIMIT), future: [] };
}

/** The values to write to undo the last step, and the history after it. */
export function undo(history: History): { history: History; apply: [string, string][] } | null {
  const step = history.past.at(-1);
  if (!step) return null;
  return {
    history: { past: history.past.slice(0, -1), future: [step, ...history.future] },
    apply: step.map(([address, before]) => [address, before]),
  };
}

export function redo(history: History): { history: History; apply: [string, string][] } | null {
  const step = history.future[0];
  if (!step) return null;
  return {
    history: { past: [...history.past, step], future: history.future.slice(1) },
    apply: step.map(([address, , after]) => [address, after]),
  };
}
