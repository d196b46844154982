/**
 * Reads a file's bytes in a Web Worker that can be stopped (read-worker.ts): the page stays
 * responsive while a large or hostile file is read, `onSlow` fires once a read has taken longer
 * than a moment (the caller then offers 取消), and `cancel()` ends the worker at once. A worker that
 * dies (out of memory) becomes a Chinese sentence, never the browser's English. Only where a
 * browser cannot start the worker is the file read on the page's own thread.
 */
import type { ReadResult } from '../import';
import { loadChunk } from './chunk-error';
import type { ReadAnswer, ReadRequest } from './read-worker';

/** A read the user stopped: the caller goes back to where the user was and says nothing more. */
export interface ReadCancelled {
  readonly ok: false;
  readonly cancelled: true;
  readonly error: string;
}

export type ReadOutcome = ReadResult | ReadCancelled;

export interface Reading {
  readonly result: Promise<ReadOutcome>;
  /** Stops the read; `result` resolves to the cancelled outcome (unless it already settled). */
  readonly cancel: () => void;
}

/** What the client needs of a Worker; tests give a fake one. */
export interface WorkerLike {
  onmessage: ((event: MessageEvent<unknown>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  onmessageerror: ((event: MessageEvent) => void) | null;
  postMessage(message: ReadRequest, transfer?: Transferable[]): void;
  terminate(): void;
}

export interface ReadOptions {
  /** Called once when the read has not finished after `slowAfterMs`. */
  readonly onSlow?: () => void;
  readonly slowAfterMs?: number;
  /** Starts the worker; undefined or a throw means this browser cannot, and the page reads. */
  readonly startWorker?: () => WorkerLike;
  /** The page-thread reader for browsers without workers. */
  readonly readHere?: (source: Uint8Array | Blob, fileName: string) => Promise<ReadResult>;
}

/** Below this a read feels immediate; a dialog flashing up would only distract. */
export const SLOW_AFTER_MS = 300;

export const CANCELLED: ReadCancelled = { ok: false, cancelled: true, error: '已取消读取。' };

export const WORKER_DIED =
  '读取文件时读取程序意外停止（文件可能过大或结构异常，超出了浏览器能处理的范围），文件未能打开。请确认选对了文件；如果文件能在 Word 中正常打开，请另存一份再试。';

const startModuleWorker = (): WorkerLike =>
  new Worker(new URL('./read-worker.ts', import.meta.url), { type: 'module' });

const readOnPage = async (source: Uint8Array | Blob, fileName: string): Promise<ReadResult> => {
  const { readSource } = await loadChunk(() => import('./read-source'));
  return readSource(source, fileName);
};

/** The worker, or null where the browser has none (`new Worker` then throws). */
function tryStart(start: () => WorkerLike): WorkerLike | null {
  try {
    return start();
  } catch {
    return null;
  }
}

/** Reads `source`: bytes (moved to the worker, not copied) or a picked file, read by the worker. */
export function readInWorker(
  source: Uint8Array | Blob,
  fileName: string,
  {
    onSlow,
    slowAfterMs = SLOW_AFTER_MS,
    startWorker = startModuleWorker,
    readHere = readOnPage,
  }: ReadOptions = {},
): Reading {
  let settle: (outcome: ReadOutcome) => void = () => undefined;
  let settled = false;
  const worker = tryStart(startWorker);
  const slowTimer = onSlow ? setTimeout(onSlow, slowAfterMs) : undefined;
  const result = new Promise<ReadOutcome>((resolve) => {
    settle = (outcome) => {
      if (settled) return;
      settled = true;
      clearTimeout(slowTimer);
      worker?.terminate();
      resolve(outcome);
    };
  });
  if (worker) {
    worker.onmessage = ({ data }) => {
      if (typeof data === 'object' && data !== null && 'readAnswer' in data)
        settle((data as ReadAnswer).readAnswer);
    };
    worker.onerror = (event) => {
      // The default would print the browser's English to the console as an uncaught error.
      event.preventDefault();
      settle({ ok: false, error: WORKER_DIED });
    };
    worker.onmessageerror = () => settle({ ok: false, error: WORKER_DIED });
    // Bytes move to the worker rather than being copied: a large paste is not held twice.
    if (source instanceof Uint8Array) worker.postMessage({ source, fileName }, [source.buffer]);
    else worker.postMessage({ source, fileName });
  } else {
    void readHere(source, fileName).then(settle, (error: unknown) =>
      settle({ ok: false, error: error instanceof Error ? error.message : WORKER_DIED }),
    );
  }
  return { result, cancel: () => settle(CANCELLED) };
}
