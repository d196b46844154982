/**
 * One reading of the report per change: derive() and check() run once, and components subscribe
 * to just their slice (a total's value, a cell's issues) through useSyncExternalStore, so an edit
 * re-renders the edited cell's totals, markers and the summary — never the whole grid.
 */
import { check, derive } from '../report';
import type { Derived, Issue, Report } from '../report';

export interface Analysis {
  readonly report: Report;
  readonly derived: Derived;
  readonly issues: readonly Issue[];
  /** Issues by every address they name. */
  readonly byAddress: ReadonlyMap<string, readonly Issue[]>;
}

function analyse(report: Report, lastEdited?: string): Analysis {
  // The cell edited last is where an issue it takes part in most likely went wrong (its link
  // focuses it).
  const issues = check(report, lastEdited === undefined ? {} : { lastEdited });
  const byAddress = new Map<string, Issue[]>();
  for (const issue of issues) {
    for (const address of issue.addresses) {
      const list = byAddress.get(address);
      if (list) list.push(issue);
      else byAddress.set(address, [issue]);
    }
  }
  return { report, derived: derive(report), issues, byAddress };
}

export interface AnalysisStore {
  readonly get: () => Analysis;
  /** `edited`: the cell this change edited, if it edited one; remembered until the next. */
  readonly update: (report: Report, edited?: string) => void;
  readonly subscribe: (listener: () => void) => () => void;
}

export function createAnalysisStore(initial: Report): AnalysisStore {
  let current = analyse(initial);
  let lastEdited: string | undefined;
  const listeners = new Set<() => void>();
  return {
    get: () => current,
    update: (report, edited) => {
      lastEdited = edited ?? lastEdited;
      current = analyse(report, lastEdited);
      listeners.forEach((listener) => listener());
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
