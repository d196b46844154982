/**
 * The app: the start screen, the review of a report read from someone else's file, or the editor
 * for one report. Everything runs in the browser; drafts live in IndexedDB and files are opened and
 * saved locally. Starting a report whose body and year match an existing draft asks first; a reload
 * returns to the draft that was open.
 */
import { Suspense, lazy, useCallback, useEffect, useState } from 'react';
import { carryForward, draftNewReport, serializeReport } from '../report';
import type { Report } from '../report';
import { ChunkErrorBanner, ChunkErrorBoundary, loadChunk } from './chunk-error';
import { DraftConflictDialog } from './draft-conflict-dialog';
import { DraftSession } from './draft-session';
import { deleteDraft, draftsNamed, newDraftKey } from './drafts-store';
import type { DraftSummary } from './drafts-store';
import { downloadTemplate } from './download-template';
import { withTimeout } from './idb';
import type { OpenedFile, ReviewPurpose } from './import-review';
import { openDraftKey, rememberOpenDraft } from './last-open';
import { StartScreen } from './start-screen';
import { UpdateBanner } from './update-banner';

type Screen =
  | { readonly kind: 'start'; readonly error?: string | undefined }
  | { readonly kind: 'review'; readonly opened: OpenedFile; readonly purpose: ReviewPurpose }
  // Each opened report gets a fresh editor (and undo history), even for the same draft.
  | {
      readonly kind: 'editor';
      readonly key: string;
      /** A report not stored yet, with the reader's notes; absent: read the stored draft. */
      readonly fresh?: { readonly report: Report; readonly notes: readonly string[] };
      readonly session: number;
    };

/** How long 开始编写 waits to learn of a same-named draft before going on without knowing. */
const LOOKUP_WAIT_MS = 2_000;

/** Loaded with the readers, when a file is opened: the first load stays small. */
const ImportReview = lazy(() =>
  loadChunk(() => import('./import-review')).then((m) => ({ default: m.ImportReview })),
);

interface Conflict {
  readonly report: Report;
  readonly notes: readonly string[];
  readonly existing: DraftSummary;
}

export function App() {
  // A reload returns to the draft this tab had open.
  const [screen, setScreen] = useState<Screen>(() => {
    const key = openDraftKey();
    return key ? { kind: 'editor', key, session: Date.now() } : { kind: 'start' };
  });
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [checking, setChecking] = useState(false);

  const openKey = screen.kind === 'editor' ? screen.key : null;
  useEffect(() => rememberOpenDraft(openKey), [openKey]);

  const enter = (report: Report, notes: readonly string[] = []) =>
    setScreen({
      kind: 'editor',
      key: newDraftKey(),
      fresh: { report, notes },
      session: Date.now(),
    });

  const resume = useCallback(
    (key: string) => setScreen({ kind: 'editor', key, session: Date.now() }),
    [],
  );
  const close = useCallback((error?: string) => setScreen({ kind: 'start', error }), []);

  /**
   * Opens the editor on a new draft, first asking when a draft of the same body and year exists
   * (reopening the file a draft was saved as, unchanged, just opens that draft). Storage that does
   * not answer in time does not stop the user: the editor opens and its banner offers a backup.
   */
  const edit = async (report: Report, notes: readonly string[] = []) => {
    setChecking(true);
    const same = await withTimeout(
      draftsNamed(report.meta.body, report.meta.year),
      '查找同名草稿',
      LOOKUP_WAIT_MS,
    ).catch(() => []);
    setChecking(false);
    const text = serializeReport(report);
    const identical = same.find((d) => d.text === text);
    if (identical) resume(identical.key);
    else if (same[0]) setConflict({ report, notes, existing: same[0] });
    else enter(report, notes);
  };

  const startNextYear = (lastYear: Report) => void edit(carryForward(lastYear));

  return (
    <>
      <ChunkErrorBanner />
      <UpdateBanner />
      {conflict ? (
        <DraftConflictDialog
          existing={conflict.existing}
          onResume={() => {
            setConflict(null);
            resume(conflict.existing.key);
          }}
          onReplace={() => {
            setConflict(null);
            void deleteDraft(conflict.existing.key).catch(() => undefined);
            enter(conflict.report, conflict.notes);
          }}
          onKeepBoth={() => {
            setConflict(null);
            enter(conflict.report, conflict.notes);
          }}
          onCancel={() => setConflict(null)}
        />
      ) : null}
      {screen.kind === 'start' ? (
        <StartScreen
          error={screen.error}
          busy={checking}
          onNew={(report) => void edit(draftNewReport(report))}
          onOpen={(report, notes) => void edit(report, notes)}
          onResume={resume}
          onReview={(opened, purpose) => setScreen({ kind: 'review', opened, purpose })}
        />
      ) : null}
      {screen.kind === 'review' ? (
        <ChunkErrorBoundary>
          <Suspense fallback={<p className="start">正在打开…</p>}>
            <ImportReview
              opened={screen.opened}
              purpose={screen.purpose}
              onStartNextYear={startNextYear}
              onDownloadTemplate={(lastYear) => downloadTemplate(carryForward(lastYear))}
              onEdit={(report, notes) => void edit(report, notes)}
              onBack={() => setScreen({ kind: 'start' })}
            />
          </Suspense>
        </ChunkErrorBoundary>
      ) : null}
      {screen.kind === 'editor' ? (
        <DraftSession
          key={screen.session}
          draftKey={screen.key}
          fresh={screen.fresh}
          onStartNextYear={startNextYear}
          onOpenDraft={resume}
          onClose={close}
        />
      ) : null}
    </>
  );
}
