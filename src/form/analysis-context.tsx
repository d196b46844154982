import { createContext, useContext, useRef, useSyncExternalStore } from 'react';
import type { Analysis, ReportStore } from './report-store';

export const ReportStoreContext = createContext<ReportStore | null>(null);

export function useReportStore(): ReportStore {
  const store = useContext(ReportStoreContext);
  if (!store) throw new Error('ReportStoreContext is missing');
  return store;
}

/**
 * Subscribes to one slice of the report and its analysis. The component re-renders only when
 * `equal` says its slice changed (by default: the same primitive or the same object), so a
 * selector may build a new list each time and compare it by what it holds.
 */
export function useAnalysis<T>(
  selector: (analysis: Analysis) => T,
  equal: (a: T, b: T) => boolean = Object.is,
): T {
  const store = useReportStore();
  const last = useRef<{ readonly value: T } | null>(null);
  const read = () => {
    const next = selector(store.get());
    if (last.current && equal(last.current.value, next)) return last.current.value;
    last.current = { value: next };
    return next;
  };
  // The same reading serves a static render (the layout tests draw the tables outside a browser).
  return useSyncExternalStore(store.subscribe, read, read);
}
