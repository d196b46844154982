/**
 * The one store that holds the report being edited (issue #12): cells, prose, meta and the rest
 * are read from and written to it, and components subscribe to their slice (analysis-context).
 *
 * A change is handled in two steps, so a keystroke paints only what it must:
 * - at once, in the key's frame: the new report and its totals (`derive`), so the edited cell and
 *   its totals paint with the key;
 * - after that frame has painted (within a few frames, or 100 ms when frames are not drawn, as in
 *   a background tab): drafted sentences follow the figures (`syncDrafts`), the rules run once
 *   (`check`), and `settled` hands the report on (autosave). Marks, the issue summary and the
 *   drafted sentences read `checked`, so they change then, never in the key's frame.
 */
import { check, derive, syncDrafts } from '../report';
import type { Derived, Issue, Report } from '../report';

/** A report as the rules read it, with its issues by every address they name. */
export interface Checked {
  readonly report: Report;
  readonly issues: readonly Issue[];
  readonly byAddress: ReadonlyMap<string, readonly Issue[]>;
}

export interface Analysis {
  /** The report as of the latest change (what the cells show). */
  readonly report: Report;
  readonly derived: Derived;
  /** The report as of the latest settled change, and its issues. */
  readonly checked: Checked;
}

export type CellValues = readonly (readonly [address: string, value: string])[];

export interface ReportStore {
  readonly get: () => Analysis;
  readonly subscribe: (listener: () => void) => () => void;
  /** Writes cells; `edited` is the cell the user edited, remembered for the issues' links. */
  readonly setCells: (changes: CellValues, edited?: string) => void;
  /** Replaces the report (a typed field, a drafting action, a confirmed warning). */
  readonly setReport: (report: Report) => void;
  /** Runs what is still to follow the latest change now (before saving, printing, exporting). */
  readonly settle: () => void;
  /** The settled report: what saving, printing and exporting take. */
  readonly latest: () => Report;
}

/** The issues of a report, by address, checked with the cell edited last (see check()). */
export function checkedOf(report: Report, lastEdited?: string): Checked {
  const issues = check(report, lastEdited === undefined ? {} : { lastEdited });
  const byAddress = new Map<string, Issue[]>();
  for (const issue of issues) {
    for (const address of issue.addresses) {
      const list = byAddress.get(address);
      if (list) list.push(issue);
      else byAddress.set(address, [issue]);
    }
  }
  return { report, issues, byAddress };
}

/**
 * Calls `run` once, after the next frame has painted and the tasks already queued have run (an
 * idle callback asked for in that frame), or after `fallbackMs` if no frame comes (a background
 * tab) or the page is never idle.
 */
function afterPaint(run: () => void, fallbackMs: number): void {
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    run();
  };
  if (typeof requestAnimationFrame === 'function' && typeof requestIdleCallback === 'function') {
    requestAnimationFrame(() => requestIdleCallback(once, { timeout: fallbackMs }));
  }
  setTimeout(once, fallbackMs);
}

const FALLBACK_MS = 100;

export interface ReportStoreOptions {
  /** Called at each change, before it settles (the save status stops saying 已保存). */
  readonly changed?: () => void;
  /** Called with each settled report that differs from the one before (autosave). */
  readonly settled?: (report: Report) => void;
}

export function createReportStore(initial: Report, options: ReportStoreOptions = {}): ReportStore {
  let current: Analysis = {
    report: initial,
    derived: derive(initial),
    checked: checkedOf(initial),
  };
  let lastEdited: string | undefined;
  let pending = false;
  const listeners = new Set<() => void>();
  const notify = () => listeners.forEach((listener) => listener());

  const settle = () => {
    if (!pending) return;
    pending = false;
    const before = current.checked.report;
    // Drafted sentences compare with the report before the change to see what the user typed.
    const report = syncDrafts(current.report, before);
    current = {
      report,
      derived: report.cells === current.report.cells ? current.derived : derive(report),
      checked: checkedOf(report, lastEdited),
    };
    notify();
    if (report !== before) options.settled?.(report);
  };

  const changed = (report: Report) => {
    current = { report, derived: derive(report), checked: current.checked };
    options.changed?.();
    notify();
    if (pending) return;
    pending = true;
    afterPaint(settle, FALLBACK_MS);
  };

  return {
    get: () => current,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    setCells: (changes, edited) => {
      const { report } = current;
      const cells = { ...report.cells };
      let differs = false;
      for (const [address, value] of changes) {
        if ((cells[address] ?? '') === value) continue;
        cells[address] = value;
        differs = true;
      }
      if (edited !== undefined) lastEdited = edited;
      if (differs) changed({ ...report, cells });
    },
    setReport: (report) => {
      if (report !== current.report) changed(report);
    },
    settle,
    latest: () => {
      settle();
      return current.report;
    },
  };
}
