/**
 * Reads files for the CLI in a worker thread with resource limits and a time limit, so that in a
 * batch (`summary` of a folder, `check` of many files) one hostile file — a zip bomb, a file that
 * exhausts the heap or runs for minutes — becomes one error line and the batch goes on. One worker
 * reads file after file; after a file it had to stop, a fresh one takes over. The worker is unref'd:
 * it never keeps the CLI alive once the work is done.
 */
import { Worker } from 'node:worker_threads';
import type { ReadResult } from '../import';

/** A report is read in well under a second; a slow disk and a 20 MB file stay far inside this. */
export const READ_TIME_LIMIT_MS = 20_000;
/**
 * Loading pdf.js before the first PDF (read-worker.ts): seconds on a busy machine, not the file's
 * doing, so it has its own limit and the file's starts after it.
 */
export const PDFJS_LOAD_LIMIT_MS = 120_000;
/** Heap for one read: a 20 MB file and what is built from it fit many times over. */
export const READ_MEMORY_LIMIT_MB = 256;

const TIMED_OUT = `读取超过 ${READ_TIME_LIMIT_MS / 1000} 秒仍未完成，已停止读取这个文件（文件可能已损坏或被恶意构造）。`;
const OUT_OF_MEMORY = `读取这个文件所需的内存超过 ${READ_MEMORY_LIMIT_MB} MB 的上限，已停止读取（文件可能已损坏或被恶意构造）。`;
const STOPPED = '读取这个文件时读取进程意外停止，已跳过这个文件（文件可能已损坏或被恶意构造）。';

/**
 * Starts the worker on read-worker's module. Run from TypeScript (tsx, vitest), Node cannot load a
 * .ts worker by itself and does not pass tsx's loader on to worker threads, so the worker first
 * registers tsx (tsx/esm/api) and then imports the module.
 */
function startWorker(): Worker {
  const fromSource = import.meta.url.endsWith('.ts');
  const module = new URL(`./read-worker.${fromSource ? 'ts' : 'js'}`, import.meta.url).href;
  const options = {
    resourceLimits: {
      maxOldGenerationSizeMb: READ_MEMORY_LIMIT_MB,
      maxYoungGenerationSizeMb: 32,
      stackSizeMb: 4,
    },
  };
  const worker = fromSource
    ? new Worker(
        `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))})` +
          `.then((tsx) => { tsx.register(); return import(${JSON.stringify(module)}); });`,
        { ...options, eval: true },
      )
    : new Worker(new URL(module), options);
  worker.unref();
  return worker;
}

/** The worker's answers: the read, or that it is loading pdf.js (see PDFJS_LOAD_LIMIT_MS). */
type Answer =
  | { readonly id: number; readonly read: ReadResult }
  | { readonly id: number; readonly loading?: true; readonly loaded?: true };

let current: Worker | undefined;
let nextId = 0;

/** Stops the shared worker (tests; a CLI run simply exits, the worker being unref'd). */
export async function stopReading(): Promise<void> {
  const worker = current;
  current = undefined;
  await worker?.terminate();
}

function failureOf(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'ERR_WORKER_OUT_OF_MEMORY' ? OUT_OF_MEMORY : STOPPED;
}

/** Reads `path` in the worker; resolves, never rejects. */
export function readIsolated(path: string): Promise<ReadResult> {
  const worker = (current ??= startWorker());
  const id = (nextId += 1);
  return new Promise((resolve) => {
    const finish = (read: ReadResult, broken: boolean) => {
      clearTimeout(timer);
      worker.off('message', onMessage);
      worker.off('error', onError);
      worker.off('exit', onExit);
      if (broken) {
        if (current === worker) current = undefined;
        void worker.terminate();
      }
      resolve(read);
    };
    const onMessage = (answer: Answer) => {
      if (answer.id !== id) return;
      if ('read' in answer) finish(answer.read, false);
      else restartTimer(answer.loading ? PDFJS_LOAD_LIMIT_MS : READ_TIME_LIMIT_MS);
    };
    const onError = (error: unknown) => finish({ ok: false, error: failureOf(error) }, true);
    const onExit = () => finish({ ok: false, error: STOPPED }, true);
    let timer: ReturnType<typeof setTimeout> | undefined;
    const restartTimer = (ms: number) => {
      clearTimeout(timer);
      timer = setTimeout(() => finish({ ok: false, error: TIMED_OUT }, true), ms);
      timer.unref();
    };
    restartTimer(READ_TIME_LIMIT_MS);
    worker.on('message', onMessage);
    worker.on('error', onError);
    worker.on('exit', onExit);
    worker.postMessage({ id, path });
  });
}
