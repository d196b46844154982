import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AutosaveQueue, DEBOUNCE_MS, MAX_WAIT_MS } from './autosave-queue';
import type { QueueState, SaveOutcome } from './autosave-queue';

const WRITE_MS = 40;

function setUp(outcome: () => SaveOutcome | Error = () => ({ ok: true })) {
  const writes: { text: string; at: number }[] = [];
  const states: QueueState['state'][] = [];
  const journal: (string | null)[] = [];
  const queue = new AutosaveQueue({
    stored: 'v0',
    journal: (text) => journal.push(text),
    onState: (s) => states.push(s.state),
    save: (text) =>
      new Promise((resolve, reject) =>
        setTimeout(() => {
          const result = outcome();
          if (result instanceof Error) reject(result);
          else {
            if (result.ok) writes.push({ text, at: Date.now() });
            resolve(result);
          }
        }, WRITE_MS),
      ),
  });
  return { queue, writes, states, journal };
}

describe('AutosaveQueue', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(0);
  });
  afterEach(() => vi.useRealTimers());

  it('writes every change within a second while typing never pauses', async () => {
    const { queue, writes } = setUp();
    // A key every 80 ms for 10 s: a debounce alone would never write.
    for (let t = 0; t < 10_000; t += 80) {
      queue.change(`v${t}`);
      await vi.advanceTimersByTimeAsync(80);
    }
    await vi.advanceTimersByTimeAsync(2_000);
    const changes = Array.from({ length: 125 }, (_, i) => i * 80);
    for (const at of changes) {
      const written = writes.find((w) => w.at >= at && Number(w.text.slice(1)) >= at);
      expect(written && written.at - at, `change at ${at} ms`).toBeLessThanOrEqual(1_000);
    }
    expect(writes.at(-1)?.text).toBe('v9920');
  });

  it('writes once after a pause, DEBOUNCE_MS after the last key', async () => {
    const { queue, writes } = setUp();
    queue.change('a');
    await vi.advanceTimersByTimeAsync(100);
    queue.change('ab');
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS + WRITE_MS);
    expect(writes).toEqual([{ text: 'ab', at: 100 + DEBOUNCE_MS + WRITE_MS }]);
    expect(MAX_WAIT_MS + WRITE_MS).toBeLessThan(1_000);
  });

  it('journals each change synchronously and clears the journal when back to the stored text', () => {
    const { queue, journal } = setUp();
    queue.change('a');
    queue.change('v0');
    expect(journal).toEqual(['a', null]);
  });

  it('keeps saying a write failed while typing goes on, until one succeeds', async () => {
    let fail = true;
    const { queue, states } = setUp(() => (fail ? new Error('满') : { ok: true }));
    queue.change('a');
    await vi.advanceTimersByTimeAsync(MAX_WAIT_MS + WRITE_MS);
    queue.change('ab');
    expect(states).toEqual(['pending', 'failed']);
    fail = false;
    await vi.advanceTimersByTimeAsync(MAX_WAIT_MS + WRITE_MS);
    expect(states).toEqual(['pending', 'failed', 'saved']);
  });

  it('stops writing on a conflict until the user chooses to keep this text', async () => {
    let conflict = true;
    const { queue, writes, states } = setUp(() =>
      conflict ? { ok: false, conflict: true } : { ok: true },
    );
    queue.change('a');
    await vi.advanceTimersByTimeAsync(MAX_WAIT_MS + WRITE_MS);
    queue.change('ab');
    await vi.advanceTimersByTimeAsync(5_000);
    expect(states.at(-1)).toBe('conflict');
    conflict = false;
    queue.resolveConflict();
    await vi.advanceTimersByTimeAsync(WRITE_MS);
    expect(writes.map((w) => w.text)).toEqual(['ab']);
    expect(states.at(-1)).toBe('saved');
  });

  it('writes at once what is pending when flushed (before another window takes over)', async () => {
    const { queue, writes } = setUp();
    queue.change('a');
    const flushed = queue.flush();
    await vi.advanceTimersByTimeAsync(WRITE_MS);
    await flushed;
    expect(writes.map((w) => w.text)).toEqual(['a']);
    expect(queue.clean).toBe(true);
  });
});
