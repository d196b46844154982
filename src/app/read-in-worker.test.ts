import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ReadResult } from '../import';
import { CANCELLED, WORKER_DIED, readInWorker } from './read-in-worker';
import type { WorkerLike } from './read-in-worker';

class FakeWorker implements WorkerLike {
  onmessage: WorkerLike['onmessage'] = null;
  onerror: WorkerLike['onerror'] = null;
  onmessageerror: WorkerLike['onmessageerror'] = null;
  posted: unknown[] = [];
  transferred: Transferable[] | undefined;
  terminated = false;
  postMessage(message: unknown, transfer?: Transferable[]) {
    this.posted.push(message);
    this.transferred = transfer;
  }
  terminate() {
    this.terminated = true;
  }
  answer(data: unknown) {
    this.onmessage?.({ data } as MessageEvent<unknown>);
  }
  crash() {
    this.onerror?.(new Event('error') as ErrorEvent);
  }
}

const failed: ReadResult = { ok: false, error: '文件是空的（0 字节）。' };

describe('readInWorker', () => {
  let worker: FakeWorker;
  const start = () => (worker = new FakeWorker());
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('moves the bytes to the worker and resolves to its answer, never calling onSlow', async () => {
    const onSlow = vi.fn();
    const bytes = new Uint8Array([1, 2, 3]);
    const reading = readInWorker(bytes, 'a.txt', { onSlow, startWorker: start });
    expect(worker.posted).toEqual([{ source: bytes, fileName: 'a.txt' }]);
    expect(worker.transferred).toEqual([bytes.buffer]);
    vi.advanceTimersByTime(299);
    worker.answer({ readAnswer: failed });
    await expect(reading.result).resolves.toEqual(failed);
    expect(worker.terminated).toBe(true);
    vi.advanceTimersByTime(1000);
    expect(onSlow).not.toHaveBeenCalled();
  });

  it('calls onSlow once after 300 ms, and cancel ends the worker with the cancelled outcome', async () => {
    const onSlow = vi.fn();
    const reading = readInWorker(new Blob(['x']), 'a.docx', { onSlow, startWorker: start });
    vi.advanceTimersByTime(300);
    expect(onSlow).toHaveBeenCalledTimes(1);
    reading.cancel();
    await expect(reading.result).resolves.toBe(CANCELLED);
    expect(worker.terminated).toBe(true);
    // A late answer changes nothing.
    worker.answer({ readAnswer: failed });
    await expect(reading.result).resolves.toBe(CANCELLED);
    vi.advanceTimersByTime(1000);
    expect(onSlow).toHaveBeenCalledTimes(1);
  });

  it('ignores messages that are not its answer (a library posting from the worker)', async () => {
    const reading = readInWorker(new Uint8Array([1]), 'a.pdf', { startWorker: start });
    worker.answer({ sourceName: 'worker', action: 'ready' });
    worker.answer(null);
    worker.answer({ readAnswer: failed });
    await expect(reading.result).resolves.toEqual(failed);
  });

  it('turns a dead worker into a Chinese sentence', async () => {
    const reading = readInWorker(new Uint8Array([1]), 'a.docx', { startWorker: start });
    worker.crash();
    const outcome = await reading.result;
    expect(outcome).toEqual({ ok: false, error: WORKER_DIED });
  });

  it('reads on the page only when no worker can be started', async () => {
    const readHere = vi.fn(() => Promise.resolve(failed));
    const reading = readInWorker(new Uint8Array([1]), 'a.txt', {
      startWorker: () => {
        throw new ReferenceError('Worker is not defined');
      },
      readHere,
    });
    await expect(reading.result).resolves.toEqual(failed);
    expect(readHere).toHaveBeenCalledWith(new Uint8Array([1]), 'a.txt');
  });
});
