/**
 * Autosave: every change is written to IndexedDB within a second (debounced to half a second), and
 * the state is shown as “已保存 hh:mm:ss”. When storage fails (full disk, private mode, disabled),
 * the state says so and stays until a save succeeds, so the user can download a backup.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Report } from '../report';
import { draftKey, saveDraft } from './drafts-store';

export const AUTOSAVE_DELAY_MS = 500;

export type SaveState =
  | { readonly state: 'idle' }
  | { readonly state: 'pending' }
  | { readonly state: 'saved'; readonly at: Date }
  | { readonly state: 'failed'; readonly error: string };

export function useAutosave(initial: Report): {
  state: SaveState;
  onChange: (report: Report) => void;
  latest: () => Report;
} {
  const [state, setState] = useState<SaveState>({ state: 'idle' });
  const latest = useRef(initial);
  const key = useRef<string | undefined>(undefined);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const flush = useCallback(async () => {
    timer.current = undefined;
    try {
      key.current = await saveDraft(latest.current, key.current);
      setState({ state: 'saved', at: new Date() });
    } catch (error) {
      setState({ state: 'failed', error: error instanceof Error ? error.message : String(error) });
    }
  }, []);

  const onChange = useCallback(
    (report: Report) => {
      latest.current = report;
      // The same state while already pending, so typing does not re-render the editor per key.
      setState((s) => (s.state === 'failed' || s.state === 'pending' ? s : { state: 'pending' }));
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), AUTOSAVE_DELAY_MS);
    },
    [flush],
  );

  useEffect(() => {
    // A report opened from a file or started new is saved at once, so it is listed as a draft.
    key.current = draftKey(initial);
    void flush();
    const beforeUnload = () => {
      if (timer.current) void flush();
    };
    window.addEventListener('pagehide', beforeUnload);
    return () => {
      window.removeEventListener('pagehide', beforeUnload);
      if (timer.current) {
        clearTimeout(timer.current);
        void flush();
      }
    };
  }, [initial, flush]);

  return { state, onChange, latest: useCallback(() => latest.current, []) };
}
