/**
 * Opens a file the user picked: size checked before reading, then the one reader entry point. What
 * the reader noted and could not read comes back for the review screen or the editor to show.
 */
import type { OpenedFile } from './import-review';
import { loadChunk } from './chunk-error';

export type OpenResult =
  | {
      readonly ok: true;
      readonly opened: OpenedFile;
      /** Written by this program (save file, our .docx): opens straight into the editor. */
      readonly ours: boolean;
    }
  | { readonly ok: false; readonly error: string };

/** Readers of files this program wrote; anything else is reviewed before use. */
const OWN_READERS = new Set(['save-file', 'own-docx']);

export async function openReportFile(file: File): Promise<OpenResult> {
  // The readers (zip, .docx, published text) load on demand, keeping the first load small.
  const readers = await loadChunk(() => import('../import')).catch((error: unknown) =>
    error instanceof Error ? error : new Error(String(error)),
  );
  if (readers instanceof Error) return { ok: false, error: readers.message };
  const { fileSizeProblem, readReport } = readers;
  const tooBig = fileSizeProblem(file.size);
  if (tooBig) return { ok: false, error: `${file.name}：${tooBig}` };
  try {
    const result = await readReport(new Uint8Array(await file.arrayBuffer()), file.name);
    if (!result.ok) return { ok: false, error: `${file.name}：${result.error}` };
    const { report, notes, unread, reader, readerId } = result;
    return {
      ok: true,
      ours: OWN_READERS.has(readerId),
      opened: { report, notes, unread, reader, fileName: file.name },
    };
  } catch {
    return { ok: false, error: `${file.name}：读取文件失败，请确认文件没有被其它程序占用。` };
  }
}
