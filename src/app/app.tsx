/**
 * The app: the start screen, the review of a report read from someone else's file, or the editor
 * for one report. Everything runs in the browser; drafts live in IndexedDB and files are opened and
 * saved locally. A report about to take the place of an existing draft asks first.
 */
import { Suspense, lazy, useState } from 'react';
import { carryForward, serializeReport } from '../report';
import type { Report } from '../report';
import { DraftConflictDialog } from './draft-conflict-dialog';
import { draftKey, findDraft, loadDraft } from './drafts-store';
import type { DraftSummary } from './drafts-store';
import { downloadTemplate } from './download-template';
import { Editor } from './editor';
import type { OpenedFile, ReviewPurpose } from './import-review';
import { StartScreen } from './start-screen';

type Screen =
  | { readonly kind: 'start'; readonly error?: string }
  | { readonly kind: 'review'; readonly opened: OpenedFile; readonly purpose: ReviewPurpose }
  // Each opened report gets a fresh editor (and undo history), even for the same body and year.
  | {
      readonly kind: 'editor';
      readonly report: Report;
      readonly notes: readonly string[];
      readonly session: number;
    };

/** Loaded with the readers, when a file is opened: the first load stays small. */
const ImportReview = lazy(() =>
  import('./import-review').then((m) => ({ default: m.ImportReview })),
);

interface Conflict {
  readonly report: Report;
  readonly notes: readonly string[];
  readonly existing: DraftSummary;
}

export function App() {
  const [screen, setScreen] = useState<Screen>({ kind: 'start' });
  const [conflict, setConflict] = useState<Conflict | null>(null);

  const enter = (report: Report, notes: readonly string[] = []) =>
    setScreen({ kind: 'editor', report, notes, session: Date.now() });

  /**
   * Opens the editor, unless a different draft for the same body and year would be overwritten
   * (reopening the file a draft was saved as, unchanged, just opens it).
   */
  const edit = async (report: Report, notes: readonly string[] = []) => {
    const stored = await findDraft(draftKey(report)).catch(() => null);
    if (stored && stored.text !== serializeReport(report)) {
      setConflict({ report, notes, existing: stored.summary });
    } else enter(report, notes);
  };

  const resumeExisting = async (key: string) => {
    const result = await loadDraft(key);
    if (result.ok) enter(result.report);
    else setScreen({ kind: 'start', error: result.error });
  };

  const startNextYear = (lastYear: Report) => void edit(carryForward(lastYear));

  return (
    <>
      {conflict ? (
        <DraftConflictDialog
          existing={conflict.existing}
          onResume={() => {
            setConflict(null);
            void resumeExisting(conflict.existing.key);
          }}
          onReplace={() => {
            setConflict(null);
            enter(conflict.report, conflict.notes);
          }}
          onCancel={() => setConflict(null)}
        />
      ) : null}
      {screen.kind === 'start' ? (
        <StartScreen
          error={screen.error}
          onNew={(report) => void edit(report)}
          onOpen={(report, notes) => void edit(report, notes)}
          onResume={enter}
          onReview={(opened, purpose) => setScreen({ kind: 'review', opened, purpose })}
        />
      ) : null}
      {screen.kind === 'review' ? (
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
      ) : null}
      {screen.kind === 'editor' ? (
        <Editor
          key={screen.session}
          initial={screen.report}
          notes={screen.notes}
          onStartNextYear={startNextYear}
          onClose={() => setScreen({ kind: 'start' })}
        />
      ) : null}
    </>
  );
}
