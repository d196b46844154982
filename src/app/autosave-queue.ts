/**
 * When to write a draft: at most DEBOUNCE_MS after typing pauses, and never later than MAX_WAIT_MS
 * after the first change not yet written, however steadily the user types, so every change reaches
 * IndexedDB within a second (a write takes a few tens of milliseconds; a change reaches the queue
 * up to 100 ms after it is typed, once report-store has settled it). One write at a time; what
 * changes during a write is written right after it. Plain TypeScript (no React, no IndexedDB), so
 * the timing is tested with fake timers.
 */
export const DEBOUNCE_MS = 250;
export const MAX_WAIT_MS = 400;
/** After a failed write with nothing new typed, try again this much later. */
export const RETRY_MS = 3_000;

export type SaveOutcome = { readonly ok: true } | { readonly ok: false; readonly conflict: true };

export type QueueState =
  | { readonly state: 'saved'; readonly at: Date }
  | { readonly state: 'pending' }
  | { readonly state: 'failed'; readonly error: string }
  | { readonly state: 'conflict' };

export interface QueueOptions {
  /** Writes the text; resolves with a conflict when a newer revision is stored, throws on failure. */
  readonly save: (text: string) => Promise<SaveOutcome>;
  readonly onState: (state: QueueState) => void;
  /**
   * Keeps the text synchronously where a reload or crash cannot lose it (draft-journal); null when
   * the text is back to what is stored, so nothing is left to replay.
   */
  readonly journal: (text: string | null) => void;
  /** The text now in storage (null: the draft is not stored yet). */
  readonly stored: string | null;
}

export class AutosaveQueue {
  private latest: string | null = null;
  private saved: string | null;
  private firstUnsavedAt: number | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private writing: Promise<void> | null = null;
  private stopped = false;
  private conflicted = false;
  /** A failure stays shown until a write succeeds (the banner offers the backup meanwhile). */
  private failing = false;

  constructor(private readonly options: QueueOptions) {
    this.saved = options.stored;
  }

  /** Records a change; the write follows within MAX_WAIT_MS. */
  change(text: string): void {
    if (this.stopped) return;
    this.latest = text;
    if (text === this.saved) {
      this.options.journal(null);
      return;
    }
    this.options.journal(text);
    if (this.conflicted) return;
    if (!this.failing) this.options.onState({ state: 'pending' });
    const now = Date.now();
    this.firstUnsavedAt ??= now;
    const due = Math.min(now + DEBOUNCE_MS, this.firstUnsavedAt + MAX_WAIT_MS);
    this.schedule(due - now);
  }

  /** True when the newest text is written. */
  get clean(): boolean {
    return this.latest === null || this.latest === this.saved;
  }

  /** Writes now what is not written yet, and resolves once it is (or has failed). */
  async flush(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    while (this.writing) await this.writing;
    if (this.clean || this.conflicted || this.latest === null) return;
    const text = this.latest;
    this.firstUnsavedAt = null;
    this.writing = this.write(text);
    await this.writing;
    this.writing = null;
    // Typed during the write: change() set its timer. Changed back to the old stored text during
    // the write: that text is now the one to write.
    if (!this.clean && this.timer === undefined && !this.stopped && !this.conflicted)
      this.schedule(0);
  }

  /** The user chose to keep this window's text over the newer stored revision. */
  resolveConflict(): void {
    this.conflicted = false;
    if (this.latest !== null && this.latest !== this.saved) this.schedule(0);
  }

  /** No more writes (the window lost the draft to another, or closed it). */
  stop(): void {
    this.stopped = true;
    clearTimeout(this.timer);
  }

  private schedule(delay: number): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), Math.max(0, delay));
  }

  private async write(text: string): Promise<void> {
    try {
      const outcome = await this.options.save(text);
      if (!outcome.ok) {
        this.conflicted = true;
        this.options.onState({ state: 'conflict' });
        return;
      }
      this.saved = text;
      this.failing = false;
      this.options.onState(this.clean ? { state: 'saved', at: new Date() } : { state: 'pending' });
    } catch (error) {
      this.firstUnsavedAt ??= Date.now();
      this.failing = true;
      this.options.onState({
        state: 'failed',
        error: error instanceof Error ? error.message : String(error),
      });
      if (!this.stopped) this.schedule(RETRY_MS);
    }
  }
}
