/**
 * Test-only (isolated-read.test.ts): a read worker that does what a hostile file could make a reader
 * do — for a file whose name holds `allocate` it allocates until the heap is exhausted, for `hang`
 * it never returns — and reads any other file as read-worker.ts does. The real readers are bounded
 * and never come near the limits, so this is how a test forces a worker over them.
 */
import { basename } from 'node:path';
import { parentPort } from 'node:worker_threads';
import { readFileInProcess } from './load-file';

function exhaustHeap(): never {
  const held: number[][] = [];
  for (;;) held.push(Array.from({ length: 100_000 }, (_, i) => i + held.length));
}

/** Blocks the thread for good, as a read stuck in a loop would (without taking a shared core). */
function hang(): never {
  const never = new Int32Array(new SharedArrayBuffer(4));
  for (;;) Atomics.wait(never, 0, 0);
}

parentPort?.on('message', (request: { readonly id: number; readonly path: string }) => {
  const name = basename(request.path);
  if (name.includes('allocate')) exhaustHeap();
  if (name.includes('hang')) hang();
  void readFileInProcess(request.path).then((read) => {
    parentPort?.postMessage({ id: request.id, read });
  });
});

parentPort?.postMessage({ ready: true });
