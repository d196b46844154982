/**
 * The worker thread in which the CLI reads one file at a time (isolated-read.ts): the whole read —
 * stat, bytes, readReport() — runs here, so a file that exhausts memory or never finishes costs
 * this thread, which the CLI terminates, and not the batch. Answers each `{ id, path }` with
 * `{ id, read }`, after `{ ready: true }` once loaded (the time limit counts from there). Before the
 * first PDF it loads pdf.js, saying so (`{ id, loading }`, then `{ id, loaded }`): loading it takes
 * seconds on a busy machine and is not the file's doing, so the file's own time limit starts after
 * it.
 */
import { open } from 'node:fs/promises';
import { parentPort } from 'node:worker_threads';
import { loadPdfjs, pdfReader } from '../import/pdf';
import { readFileInProcess } from './load-file';

/** A PDF's header is within its first kilobyte (pdf-reader.ts). */
const HEAD_BYTES = 1024;

async function looksLikePdf(path: string): Promise<boolean> {
  try {
    const file = await open(path, 'r');
    try {
      const head = new Uint8Array(HEAD_BYTES);
      const { bytesRead } = await file.read(head, 0, HEAD_BYTES, 0);
      return pdfReader.sniff(head.subarray(0, bytesRead));
    } finally {
      await file.close();
    }
  } catch {
    // The read itself says what is wrong with the file.
    return false;
  }
}

async function answer(request: { readonly id: number; readonly path: string }): Promise<void> {
  if (await looksLikePdf(request.path)) {
    parentPort?.postMessage({ id: request.id, loading: true });
    // A failure to load is the read's to report (UNREADABLE_PDF), once it tries again.
    await loadPdfjs().catch(() => undefined);
    parentPort?.postMessage({ id: request.id, loaded: true });
  }
  parentPort?.postMessage({ id: request.id, read: await readFileInProcess(request.path) });
}

parentPort?.on('message', (request: { readonly id: number; readonly path: string }) => {
  void answer(request);
});

parentPort?.postMessage({ ready: true });
