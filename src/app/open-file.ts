/**
 * Opens a file the user picked: size checked before reading, then the one reader entry point, run
 * in a worker that the user can stop (read-in-worker.ts). What the reader noted and could not read
 * comes back for the review screen or the editor to show.
 */
import type { OpenedFile } from './import-review';
import { readInWorker } from './read-in-worker';
import type { ReadCancelled } from './read-in-worker';

export type OpenResult =
  | {
      readonly ok: true;
      readonly opened: OpenedFile;
      /** Written by this program (save file, our .docx): opens straight into the editor. */
      readonly ours: boolean;
    }
  | { readonly ok: false; readonly error: string }
  | ReadCancelled;

export interface OpenOptions {
  /** The read has taken a while: offer the user `cancel`. */
  readonly onSlow?: (cancel: () => void) => void;
}

/** Readers of files this program wrote; anything else is reviewed before use. */
const OWN_READERS = new Set(['save-file', 'own-docx']);

export async function openReportFile(
  file: File,
  { onSlow }: OpenOptions = {},
): Promise<OpenResult> {
  // The worker reads the file itself, after checking its size: the page never holds its bytes.
  const reading = readInWorker(file, file.name, { onSlow: () => onSlow?.(reading.cancel) });
  const result = await reading.result;
  if ('cancelled' in result) return result;
  if (!result.ok) return { ok: false, error: `${file.name}：${result.error}` };
  const { report, notes, unread, reader, readerId } = result;
  return {
    ok: true,
    ours: OWN_READERS.has(readerId),
    opened: { report, notes, unread, reader, fileName: file.name },
  };
}
