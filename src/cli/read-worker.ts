/**
 * The worker thread in which the CLI reads one file at a time (isolated-read.ts): the whole read —
 * stat, bytes, readReport() — runs here, so a file that exhausts memory or never finishes costs
 * this thread, which the CLI terminates, and not the batch. Answers each `{ id, path }` with
 * `{ id, read }`, after `{ ready: true }` once loaded (the time limit counts from there).
 */
import { parentPort } from 'node:worker_threads';
import { readFileInProcess } from './load-file';

parentPort?.on('message', (request: { readonly id: number; readonly path: string }) => {
  void readFileInProcess(request.path).then((read) => {
    parentPort?.postMessage({ id: request.id, read });
  });
});

parentPort?.postMessage({ ready: true });
