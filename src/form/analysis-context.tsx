import { createContext, useContext, useSyncExternalStore } from 'react';
import type { Analysis, AnalysisStore } from './analysis-store';

export const AnalysisContext = createContext<AnalysisStore | null>(null);

function useStore(): AnalysisStore {
  const store = useContext(AnalysisContext);
  if (!store) throw new Error('AnalysisContext is missing');
  return store;
}

/**
 * Subscribes to one slice of the analysis. The selector must return a primitive (or a value that
 * is identical while unchanged), so a component re-renders only when its own slice changes.
 */
export function useAnalysis<T>(selector: (analysis: Analysis) => T): T {
  const store = useStore();
  return useSyncExternalStore(store.subscribe, () => selector(store.get()));
}

/** The whole analysis, for components that need the current issues list when they do render. */
export const useAnalysisSnapshot = (): Analysis => useStore().get();
