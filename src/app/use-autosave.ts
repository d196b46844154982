/**
 * Autosave for one draft. Each change is journaled synchronously (draft-journal: survives a
 * reload, close or crash right after typing) and written to IndexedDB within a second even while
 * typing goes on (autosave-queue), as a revision of the draft that never silently replaces a newer
 * one (drafts-store). The state says truthfully what is saved: “已保存 hh:mm:ss” only when the
 * newest text is in IndexedDB; a failure or a conflict stays shown until resolved.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { valueStore } from './value-store';
import type { ValueStore } from './value-store';
import { serializeReport } from '../report';
import type { Report } from '../report';
import { AutosaveQueue } from './autosave-queue';
import type { QueueState } from './autosave-queue';
import { clearJournal, writeJournal } from './draft-journal';
import { sessionId, writeDraft } from './drafts-store';
import type { DraftSummary } from './drafts-store';

export type SaveState =
  | { readonly state: 'idle' }
  | Exclude<QueueState, { readonly state: 'conflict' }>
  | { readonly state: 'conflict'; readonly newer?: DraftSummary | undefined }
  | { readonly state: 'read-only' };

export interface AutosaveOptions {
  readonly key: string;
  readonly initial: Report;
  /** The stored revision `initial` was read from, and its text (0 and null: not stored yet). */
  readonly revision: number;
  readonly storedText: string | null;
  /** The number of the newest change known when the draft was opened (draft-journal). */
  readonly edit: number;
  /** False in a window that only shows the draft (another window edits it). */
  readonly editable: boolean;
  /** Hands on a change still to be settled (report-store), before the page goes or a flush. */
  readonly settle: () => void;
}

export interface Autosave {
  /** What is saved, for the status line and the banners to subscribe to. */
  readonly state: ValueStore<SaveState>;
  readonly onChange: (report: Report) => void;
  /**
   * A change was made that is still to be handed on (report-store settles it after the frame):
   * the status stops saying 已保存 at once.
   */
  readonly touch: () => void;
  readonly latest: () => Report;
  /** Writes what is not written yet (before another window takes the draft over). */
  readonly flush: () => Promise<void>;
  /** Keeps this window's text over a newer revision stored by another window. */
  readonly overwrite: () => void;
}

export function useAutosave({
  key,
  initial,
  revision,
  storedText,
  edit,
  editable,
  settle,
}: AutosaveOptions): Autosave {
  const [state] = useState(() =>
    valueStore<SaveState>(editable ? { state: 'idle' } : { state: 'read-only' }),
  );
  const setState = useCallback(
    (next: SaveState | ((current: SaveState) => SaveState)) =>
      state.set(typeof next === 'function' ? next(state.get()) : next),
    [state],
  );
  const latest = useRef(initial);
  const base = useRef(revision);
  const force = useRef(false);
  const newer = useRef<DraftSummary | undefined>(undefined);
  /** The number of the newest change journaled (draft-journal). */
  const lastEdit = useRef(edit);
  const queue = useRef<AutosaveQueue | null>(null);

  useEffect(() => {
    if (!editable) {
      setState({ state: 'read-only' });
      return;
    }
    const journal = (text: string | null) => {
      if (text === null) {
        clearJournal(key);
        return;
      }
      const { meta } = latest.current;
      lastEdit.current += 1;
      writeJournal({
        key,
        base: base.current,
        writer: sessionId,
        text,
        body: meta.body,
        year: meta.year,
        at: Date.now(),
        edit: lastEdit.current,
      });
    };
    const q = new AutosaveQueue({
      stored: storedText,
      journal,
      save: async (text) => {
        const outcome = await writeDraft({
          key,
          report: latest.current,
          text,
          base: base.current,
          // The queue writes the newest text, which was journaled as the newest change.
          edit: lastEdit.current,
          force: force.current,
        });
        if (!outcome.ok) {
          newer.current = outcome.newer;
          return { ok: false, conflict: true };
        }
        force.current = false;
        base.current = outcome.revision;
        // Only when nothing was typed during the write: the journal now holds newer text.
        clearJournal(key, text);
        return { ok: true };
      },
      onState: (next) =>
        setState((current) => {
          if (next.state === 'conflict') return { state: 'conflict', newer: newer.current };
          // The same state while already pending, so typing does not re-render the editor per key.
          return next.state === 'pending' && current.state === 'pending' ? current : next;
        }),
    });
    queue.current = q;
    // A report opened from a file, started new or replayed from the journal is saved at once, so
    // it is listed as a draft.
    const text = serializeReport(latest.current);
    if (text !== storedText) {
      q.change(text);
      void q.flush();
    } else setState({ state: 'saved', at: new Date() });
    const hide = () => {
      settle();
      void q.flush();
    };
    window.addEventListener('pagehide', hide);
    return () => {
      window.removeEventListener('pagehide', hide);
      void q.flush().then(() => q.stop());
      queue.current = null;
    };
  }, [key, storedText, editable, settle, setState]);

  const onChange = useCallback(
    (report: Report) => {
      latest.current = report;
      const q = queue.current;
      if (!q) return;
      q.change(serializeReport(report));
      // Changed back to what is stored (typed and put back): saved, with nothing to write.
      if (q.clean && state.get().state === 'pending') state.set({ state: 'saved', at: new Date() });
    },
    [state],
  );

  return {
    state,
    onChange,
    touch: useCallback(() => {
      const { state: now } = state.get();
      if (now === 'saved' || now === 'idle') state.set({ state: 'pending' });
    }, [state]),
    latest: useCallback(() => latest.current, []),
    flush: useCallback(() => {
      settle();
      return queue.current?.flush() ?? Promise.resolve();
    }, [settle]),
    overwrite: useCallback(() => {
      force.current = true;
      queue.current?.resolveConflict();
    }, []),
  };
}
