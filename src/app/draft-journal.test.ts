import { describe, expect, it } from 'vitest';
import { clearJournal, listJournals, readJournal, reconcile, writeJournal } from './draft-journal';
import type { JournalEntry } from './draft-journal';

/** A Storage in memory, as localStorage behaves. */
function memoryStorage(): Storage {
  const map = new Map<string, string>();
  return {
    get length() {
      return map.size;
    },
    key: (i) => [...map.keys()][i] ?? null,
    getItem: (k) => map.get(k) ?? null,
    setItem: (k, v) => void map.set(k, v),
    removeItem: (k) => void map.delete(k),
    clear: () => map.clear(),
  };
}

const entry = (patch: Partial<JournalEntry> = {}): JournalEntry => ({
  key: 'd-1',
  base: 3,
  writer: 's-a',
  text: 'typed',
  body: '某镇人民政府',
  year: 2024,
  at: 1,
  ...patch,
});

describe('the journal in localStorage', () => {
  it('reads back what was written, and lists it', () => {
    const store = memoryStorage();
    expect(writeJournal(entry(), store)).toBe(true);
    expect(readJournal('d-1', store)).toEqual(entry());
    expect(listJournals(store)).toEqual([entry()]);
  });

  it('keeps an entry that changed since the text that was saved', () => {
    const store = memoryStorage();
    writeJournal(entry({ text: 'newer' }), store);
    clearJournal('d-1', 'typed', store);
    expect(readJournal('d-1', store)?.text).toBe('newer');
    clearJournal('d-1', 'newer', store);
    expect(readJournal('d-1', store)).toBeUndefined();
  });

  it('says false when storage is full', () => {
    const store = memoryStorage();
    store.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    expect(writeJournal(entry(), store)).toBe(false);
  });
});

describe('reconcile', () => {
  const stored = { text: 'saved', revision: 3, writer: 's-a' };

  it('opens the stored draft when there is no journal or it holds the same text', () => {
    expect(reconcile(stored, undefined)).toBe('stored');
    expect(reconcile(stored, entry({ text: 'saved' }))).toBe('stored');
  });

  it('replays the journal over the revision it was typed on', () => {
    expect(reconcile(stored, entry())).toBe('journal');
  });

  it('replays the journal of a draft never stored (storage failed or was too slow)', () => {
    expect(reconcile(undefined, entry())).toBe('journal');
  });

  it('replays the journal when its own writer stored later revisions', () => {
    expect(reconcile({ ...stored, revision: 5 }, entry())).toBe('journal');
  });

  it('keeps both when another window stored a newer revision', () => {
    expect(reconcile({ ...stored, revision: 5, writer: 's-b' }, entry())).toBe('both');
    expect(reconcile({ ...stored, revision: 5, writer: 's-b', edit: 7 }, entry({ edit: 9 }))).toBe(
      'both',
    );
  });

  it('opens the stored draft over an older change a browser crash left in the journal', () => {
    // Saved since by the journal's own window, or by a later one: either way not to replay.
    expect(reconcile({ ...stored, revision: 5, edit: 9 }, entry({ edit: 7 }))).toBe('stored');
    expect(reconcile({ ...stored, revision: 5, writer: 's-b', edit: 9 }, entry({ edit: 7 }))).toBe(
      'stored',
    );
  });

  it('replays a newer change over the revisions its own window stored', () => {
    expect(reconcile({ ...stored, revision: 5, edit: 7 }, entry({ edit: 9 }))).toBe('journal');
  });
});
