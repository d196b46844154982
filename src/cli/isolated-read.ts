/**
 * Reads files for the CLI in a worker thread with resource limits and a time limit, so that in a
 * batch (`summary` of a folder, `check` of many files) one hostile file — a zip bomb, a file that
 * exhausts the heap or runs for minutes — becomes one error line and the batch goes on. One worker
 * reads file after file; after a file it had to stop, a fresh one takes over. The worker is unref'd:
 * it never keeps the CLI alive once the work is done.
 */
import { Worker } from 'node:worker_threads';
import type { ReadResult } from '../import';

export interface ReadLimits {
  readonly timeMs: number;
  readonly memoryMb: number;
}

/**
 * A report is read in well under a second; a slow disk and a 20 MB file stay far inside 20 s. Heap
 * for one read: a 20 MB file and what is built from it fit in 256 MB many times over.
 */
export const READ_LIMITS: ReadLimits = { timeMs: 20_000, memoryMb: 256 };
/**
 * Loading pdf.js before the first PDF (read-worker.ts): seconds on a busy machine, not the file's
 * doing, so it has its own limit and the file's starts after it.
 */
export const PDFJS_LOAD_LIMIT_MS = 120_000;

const fromSource = import.meta.url.endsWith('.ts');
/** The module each worker runs: read-worker's, answering `{ id, path }` with `{ id, read }`. */
export const READ_WORKER = new URL(`./read-worker.${fromSource ? 'ts' : 'js'}`, import.meta.url);

const timedOut = (ms: number) =>
  `读取超过 ${ms / 1000} 秒仍未完成，已停止读取这个文件（文件可能已损坏或被恶意构造）。`;
const outOfMemory = (limits: ReadLimits) =>
  `读取这个文件所需的内存超过 ${limits.memoryMb} MB 的上限，已停止读取（文件可能已损坏或被恶意构造）。`;
const STOPPED = '读取这个文件时读取进程意外停止，已跳过这个文件（文件可能已损坏或被恶意构造）。';

/** What a worker module posts once it is loaded and listening: `{ ready: true }`. */
interface Started {
  readonly worker: Worker;
  /**
   * Resolves when the worker's module has loaded. The time limit counts from here: starting a
   * worker (tsx, the readers' modules) takes seconds on a busy machine and is not the file's doing.
   */
  readonly ready: Promise<void>;
}

/**
 * Starts a worker on `module` within `limits`. Run from TypeScript (tsx, vitest), Node cannot load
 * a .ts worker by itself and does not pass tsx's loader on to worker threads, so the worker first
 * registers tsx (tsx/esm/api) and then imports the module.
 */
function startWorker(module: URL, limits: ReadLimits): Started {
  const options = {
    resourceLimits: {
      maxOldGenerationSizeMb: limits.memoryMb,
      maxYoungGenerationSizeMb: 32,
      stackSizeMb: 4,
    },
  };
  const worker = module.pathname.endsWith('.ts')
    ? new Worker(
        `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))})` +
          `.then((tsx) => { tsx.register(); return import(${JSON.stringify(module.href)}); });`,
        { ...options, eval: true },
      )
    : new Worker(module, options);
  worker.unref();
  const ready = new Promise<void>((resolve) => {
    const onReady = (message: { readonly ready?: boolean }) => {
      if (message.ready !== true) return;
      worker.off('message', onReady);
      resolve();
    };
    worker.on('message', onReady);
  });
  return { worker, ready };
}

function failureOf(error: unknown, limits: ReadLimits): string {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'ERR_WORKER_OUT_OF_MEMORY' ? outOfMemory(limits) : STOPPED;
}

/** The worker's answers: the read, or that it is loading pdf.js (see PDFJS_LOAD_LIMIT_MS). */
type Answer =
  | { readonly id: number; readonly read: ReadResult }
  | { readonly id: number; readonly loading?: true; readonly loaded?: true };

export interface IsolatedReader {
  /** Reads `path` in the worker; resolves, never rejects. */
  readonly read: (path: string) => Promise<ReadResult>;
  /** Stops the worker (a CLI run simply exits, the worker being unref'd). */
  readonly stop: () => Promise<void>;
}

/** The CLI's reader is `isolatedReader()`; tests give other limits or a worker that misbehaves. */
export function isolatedReader(
  limits: ReadLimits = READ_LIMITS,
  module: URL = READ_WORKER,
): IsolatedReader {
  let current: Started | undefined;
  let nextId = 0;
  const read = (path: string): Promise<ReadResult> => {
    const started = (current ??= startWorker(module, limits));
    const { worker } = started;
    const id = (nextId += 1);
    return new Promise((resolve) => {
      let timer: NodeJS.Timeout | undefined;
      let finished = false;
      const finish = (result: ReadResult, broken: boolean) => {
        finished = true;
        clearTimeout(timer);
        worker.off('message', onMessage);
        worker.off('error', onError);
        worker.off('exit', onExit);
        if (broken) {
          if (current === started) current = undefined;
          void worker.terminate();
        }
        resolve(result);
      };
      const onMessage = (answer: Answer) => {
        if (answer.id !== id) return;
        if ('read' in answer) finish(answer.read, false);
        else restartTimer(answer.loading ? PDFJS_LOAD_LIMIT_MS : limits.timeMs);
      };
      const onError = (error: unknown) =>
        finish({ ok: false, error: failureOf(error, limits) }, true);
      const onExit = () => finish({ ok: false, error: STOPPED }, true);
      const restartTimer = (ms: number) => {
        clearTimeout(timer);
        timer = setTimeout(() => finish({ ok: false, error: timedOut(ms) }, true), ms);
        timer.unref();
      };
      void started.ready.then(() => {
        if (!finished) restartTimer(limits.timeMs);
      });
      worker.on('message', onMessage);
      worker.on('error', onError);
      worker.on('exit', onExit);
      worker.postMessage({ id, path });
    });
  };
  const stop = async () => {
    const started = current;
    current = undefined;
    await started?.worker.terminate();
  };
  return { read, stop };
}
