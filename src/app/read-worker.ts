/**
 * The Web Worker that reads an opened or pasted file (read-in-worker.ts starts it): the readers
 * run here, off the page's thread, so a slow or hostile file never freezes the page, and stopping
 * the worker stops the read at once. One request, one answer: reading never rejects, so the answer
 * is always a ReadResult.
 */
import type { ReadResult } from '../import';
import { readSource } from './read-source';

export interface ReadRequest {
  /** Pasted text's bytes (moved here, not copied), or the picked file, read here. */
  readonly source: Uint8Array | Blob;
  readonly fileName: string;
}

// Typed by hand: the app's TypeScript project knows the page's globals, not a worker's.
const scope = self as unknown as {
  addEventListener(type: 'message', listener: (event: MessageEvent<ReadRequest>) => void): void;
  postMessage(message: unknown): void;
};

/** The answer, tagged: only it ends the read, whatever else a library might post from here. */
export interface ReadAnswer {
  readonly readAnswer: ReadResult;
}

scope.addEventListener('message', (event) => {
  const { source, fileName } = event.data;
  void readSource(source, fileName).then((result) => {
    const answer: ReadAnswer = { readAnswer: result };
    scope.postMessage(answer);
  });
});
