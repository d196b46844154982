/**
 * The journal: what has been typed but is not yet in IndexedDB, kept in localStorage, which is
 * written synchronously on every change. An IndexedDB write is asynchronous and is lost when the
 * page goes away (reload, close, crash) before it commits; the journal is already written by then,
 * and the next opening of the draft replays it (reconcile). A journal entry is removed once the
 * text it holds is in IndexedDB.
 *
 * localStorage is not written to disk at once, though: Chromium commits it seconds later, so a
 * browser that crashes (or is killed) can come back with an older journal entry than the one it
 * had — even one whose text was saved and cleared since. IndexedDB's strict-durability writes are
 * on disk when they report success. So every change carries a number (`edit`), one more than the
 * change before it in the draft's history, and the stored draft keeps the number of the change it
 * holds: a journal entry numbered below the stored text is older and is never replayed over it.
 */
export interface JournalEntry {
  readonly key: string;
  /** The stored revision the text was edited from (0: the draft is not stored yet). */
  readonly base: number;
  /** The editing session that wrote it (drafts-store's sessionId). */
  readonly writer: string;
  readonly text: string;
  readonly body: string;
  readonly year: number;
  readonly at: number;
  /** The change's number in the draft's history (absent in entries written before it existed). */
  readonly edit?: number;
}

const PREFIX = 'gov-info-annual-report:journal:';

/** localStorage, or null where it is missing or refused (some private modes throw on access). */
function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

/** Writes the entry; false when localStorage is missing or full (the status then says so). */
export function writeJournal(entry: JournalEntry, store = storage()): boolean {
  try {
    store?.setItem(PREFIX + entry.key, JSON.stringify(entry));
    return store !== null;
  } catch {
    return false;
  }
}

const isEntry = (value: unknown): value is JournalEntry => {
  const e = value as Partial<JournalEntry> | null;
  return (
    typeof e === 'object' &&
    e !== null &&
    typeof e.key === 'string' &&
    typeof e.base === 'number' &&
    typeof e.writer === 'string' &&
    typeof e.text === 'string'
  );
};

export function readJournal(key: string, store = storage()): JournalEntry | undefined {
  try {
    const raw = store?.getItem(PREFIX + key);
    const value: unknown = raw ? JSON.parse(raw) : undefined;
    return isEntry(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

/** Removes the entry, unless it has changed since (another window wrote a newer one). */
export function clearJournal(key: string, text?: string, store = storage()): void {
  try {
    if (text !== undefined && readJournal(key, store)?.text !== text) return;
    store?.removeItem(PREFIX + key);
  } catch {
    // Nothing to do: a journal that cannot be removed is replayed once more and found identical.
  }
}

export function listJournals(store = storage()): JournalEntry[] {
  if (!store) return [];
  const keys: string[] = [];
  for (let i = 0; i < store.length; i += 1) {
    const name = store.key(i);
    if (name?.startsWith(PREFIX)) keys.push(name.slice(PREFIX.length));
  }
  return keys.flatMap((key) => readJournal(key, store) ?? []);
}

export interface Stored {
  readonly text: string;
  readonly revision: number;
  readonly writer: string;
  /** The number of the change the stored text holds (absent in drafts stored before it existed). */
  readonly edit?: number | undefined;
}

/**
 * What to open, given the stored draft and its journal:
 * - `stored`: the journal adds nothing (none, the same text, or an older change than the stored
 *   one: left behind by a browser crash that lost localStorage's last writes);
 * - `journal`: the journal holds later edits of the stored text, to open and save;
 * - `both`: someone else stored a newer revision after the journal's edits began; neither may
 *   replace the other, so the journal is kept as a draft of its own.
 */
export function reconcile(
  stored: Stored | undefined,
  journal: JournalEntry | undefined,
): 'stored' | 'journal' | 'both' {
  if (!journal) return 'stored';
  if (!stored) return 'journal';
  if (journal.text === stored.text) return 'stored';
  if (journal.edit !== undefined && stored.edit !== undefined && journal.edit < stored.edit)
    return 'stored';
  // Its writer stored later revisions itself (the write committed; the journal was not cleared).
  if (stored.revision === journal.base || stored.writer === journal.writer) return 'journal';
  return 'both';
}
