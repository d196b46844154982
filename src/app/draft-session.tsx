/**
 * One draft open in this window: holds the draft's lock (draft-lock), reads the draft with its
 * journal replayed (open-draft) once the lock says whether this window edits or only shows it, and
 * reads it again after a take-over, so the editor continues from what the other window wrote.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Report } from '../report';
import { useDraftLock } from './draft-lock';
import { Editor } from './editor';
import { openDraft } from './open-draft';
import type { OpenedDraft } from './open-draft';

interface DraftSessionProps {
  readonly draftKey: string;
  /** A report not stored yet (started new, opened from a file), with the reader's notes. */
  readonly fresh?: { readonly report: Report; readonly notes: readonly string[] } | undefined;
  readonly onStartNextYear: (report: Report) => void;
  readonly onOpenDraft: (key: string) => void;
  /** Back to the start screen, with a message when the draft could not be opened. */
  readonly onClose: (error?: string) => void;
}

export function DraftSession({
  draftKey,
  fresh,
  onStartNextYear,
  onOpenDraft,
  onClose,
}: DraftSessionProps) {
  const flush = useRef<() => Promise<void>>(() => Promise.resolve());
  const beforeRelease = useCallback(() => flush.current(), []);
  const { state: lock, takeOver } = useDraftLock(draftKey, beforeRelease);
  const [opened, setOpened] = useState<{ draft: OpenedDraft; generation: number } | null>(
    fresh
      ? {
          draft: {
            report: fresh.report,
            revision: 0,
            storedText: null,
            edit: 0,
            notes: fresh.notes,
          },
          generation: 0,
        }
      : null,
  );
  const [reads, setReads] = useState(fresh ? 0 : 1);
  const [taking, setTaking] = useState(false);
  const editing = useRef(false);
  editing.current = lock === 'held';
  const decided = lock !== 'acquiring' || reads > 1;

  useEffect(() => {
    // Read once the lock says whether this window edits, and again after each take-over.
    if (reads === 0 || !decided) return;
    let live = true;
    void openDraft(draftKey, editing.current).then((result) => {
      if (!live) return;
      if ('error' in result) onClose(result.error);
      else setOpened((o) => ({ draft: result, generation: (o?.generation ?? 0) + 1 }));
      setTaking(false);
    });
    return () => {
      live = false;
    };
  }, [reads, decided, draftKey, onClose]);

  if (!opened) return <p className="start">正在打开草稿…</p>;
  return (
    <Editor
      key={opened.generation}
      draftKey={draftKey}
      draft={opened.draft}
      editable={lock === 'held' && !taking}
      lock={taking ? 'acquiring' : lock}
      flushRef={flush}
      onTakeOver={() => {
        setTaking(true);
        void takeOver().then((got) => {
          // Editable again only once the other window's last text is read.
          if (got) setReads((n) => n + 1);
          else setTaking(false);
        });
      }}
      onStartNextYear={onStartNextYear}
      onOpenDraft={onOpenDraft}
      onClose={() => onClose()}
    />
  );
}
