/**
 * The app: the start screen, or the editor for one report. Everything runs in the browser; drafts
 * live in IndexedDB and files are opened and saved locally.
 */
import { useState } from 'react';
import type { Report } from '../report';
import { Editor } from './editor';
import { StartScreen } from './start-screen';

export function App() {
  // Each opened report gets a fresh editor (and a fresh undo history), even for the same body/year.
  const [open, setOpen] = useState<{
    report: Report;
    notes: readonly string[];
    session: number;
  } | null>(null);
  if (!open)
    return (
      <StartScreen
        onStart={(report, notes = []) => setOpen({ report, notes, session: Date.now() })}
      />
    );
  return (
    <Editor
      key={open.session}
      initial={open.report}
      notes={open.notes}
      onClose={() => setOpen(null)}
    />
  );
}
